import type { FastifyReply, FastifyRequest } from "fastify";

export interface EventStream {
  /** Sends one `message` event whose data is `payload` as JSON. */
  send(payload: unknown, id?: string): void;
  close(): void;
  /** Aborted when the client goes away or close() is called. */
  readonly signal: AbortSignal;
}

/**
 * Takes over the response to write a `text/event-stream`. Keep-alive comments go out every
 * `keepAliveMs` so that clients with read timeouts (the Python SDK: 120 s) and proxies keep
 * the connection open while nothing happens.
 */
export function openEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  keepAliveMs: number,
): EventStream {
  const controller = new AbortController();
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
    "x-request-id": String(request.id),
  });
  raw.write(": stream open\n\n");
  const keepAlive = setInterval(() => raw.write(": keep-alive\n\n"), keepAliveMs);
  keepAlive.unref();
  const finish = () => {
    if (controller.signal.aborted) return;
    clearInterval(keepAlive);
    controller.abort();
  };
  raw.on("close", finish);
  return {
    send(payload, id) {
      if (controller.signal.aborted) return;
      const lines = id ? `id: ${id}\n` : "";
      raw.write(`${lines}event: message\ndata: ${JSON.stringify(payload)}\n\n`);
    },
    close() {
      finish();
      raw.end();
    },
    signal: controller.signal,
  };
}
