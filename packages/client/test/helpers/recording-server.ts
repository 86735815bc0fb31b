import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path and query, as received. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type Responder = (request: RecordedRequest) => Reply | Promise<Reply>;

/**
 * A real HTTP server on 127.0.0.1:0 that records every request and answers through a
 * responder the test sets. Tests talk to it with the real client over real sockets:
 * no fetch mocks, no shared global state.
 */
export async function startRecordingServer(initial: Responder = () => ({ body: {} })) {
  const requests: RecordedRequest[] = [];
  let responder = initial;
  const server = createServer(async (req, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded: RecordedRequest = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    requests.push(recorded);
    const reply = await responder(recorded);
    const isText = typeof reply.body === "string" || Buffer.isBuffer(reply.body);
    const payload =
      reply.body === undefined ? "" : isText ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status ?? 200, {
      "content-type": isText ? "text/plain" : "application/json",
      ...reply.headers,
    });
    res.end(payload);
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  server.unref(); // never keeps the test process alive
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respondWith(next: Responder) {
      responder = next;
    },
    last(): RecordedRequest {
      const request = requests.at(-1);
      if (!request) throw new Error("the server has received no request yet");
      return request;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Parses a recorded multipart body with the platform's own multipart parser. */
export async function parseMultipart(request: RecordedRequest): Promise<FormData> {
  return new Response(new Uint8Array(request.body), {
    headers: { "content-type": String(request.headers["content-type"]) },
  }).formData();
}
