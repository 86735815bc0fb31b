import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One scripted answer. The server plays them in order, one per request it receives. */
export interface Step {
  status?: number;
  headers?: Record<string, string>;
  /** A body; objects are sent as JSON. */
  body?: unknown;
  /** Wait before answering. */
  delayMs?: number;
  /** Send the headers and this many bytes of the body, then destroy the socket. */
  cutAfterBytes?: number;
  /** Destroy the socket without answering. */
  reset?: boolean;
  /** Write raw chunks (e.g. SSE), with a pause between them, then end (or cut: see above). */
  chunks?: string[];
}

export interface Arrival {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  at: number;
  /** Whether the client read the whole answer (false: it went away first). */
  completed?: boolean;
}

/**
 * A real loopback server that answers a scripted sequence, for fault injection: the client
 * under test speaks real HTTP to it and meets real resets, delays and partial bodies.
 */
export async function startScriptedServer() {
  let steps: Step[] = [];
  const arrivals: Arrival[] = [];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    for await (const _ of req) {
      // drain the request body
    }
    const arrival: Arrival = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      at: Date.now(),
    };
    arrivals.push(arrival);
    res.on("close", () => {
      arrival.completed = res.writableFinished;
    });
    const step = steps.shift() ?? { status: 500, body: { detail: "script exhausted" } };
    if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
    if (step.reset) {
      req.socket.destroy();
      return;
    }
    const isText = typeof step.body === "string";
    const payload = step.chunks
      ? step.chunks.join("")
      : step.body === undefined
        ? ""
        : isText
          ? (step.body as string)
          : JSON.stringify(step.body);
    res.writeHead(step.status ?? 200, {
      "content-type": step.chunks
        ? "text/event-stream"
        : isText
          ? "text/plain"
          : "application/json",
      ...(step.cutAfterBytes === undefined && !step.chunks
        ? { "content-length": String(Buffer.byteLength(payload)) }
        : {}),
      ...step.headers,
    });
    if (step.chunks) {
      let sent = 0;
      for (const chunk of step.chunks) {
        if (step.cutAfterBytes !== undefined && sent + chunk.length > step.cutAfterBytes) {
          res.write(chunk.slice(0, step.cutAfterBytes - sent));
          await new Promise((resolve) => setTimeout(resolve, 20));
          req.socket.destroy();
          return;
        }
        res.write(chunk);
        sent += chunk.length;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      res.end();
      return;
    }
    if (step.cutAfterBytes !== undefined) {
      res.write(payload.slice(0, step.cutAfterBytes));
      await new Promise((resolve) => setTimeout(resolve, 20));
      req.socket.destroy();
      return;
    }
    res.end(payload);
  });
  server.keepAliveTimeout = 50;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    /** Replaces the script and forgets earlier arrivals. */
    play(next: Step[]) {
      steps = [...next];
      arrivals.length = 0;
    },
    gaps(): number[] {
      return arrivals.slice(1).map((arrival, i) => arrival.at - (arrivals[i] as Arrival).at);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
