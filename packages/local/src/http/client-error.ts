import type { Socket } from "node:net";

const REASONS: Record<number, string> = {
  400: "Bad Request",
  431: "Request Header Fields Too Large",
};

/**
 * Requests Node's HTTP parser refuses before fastify sees them (headers over 16 kB, a
 * malformed request line) are answered here, on the raw socket, with the same `{detail}`
 * body as every other 4xx; the connection then closes, as the parser cannot go on.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === "ECONNRESET" || error.code === "EPIPE" || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
  const detail =
    status === 431
      ? "The request's headers are too large (over 16 kB in all): shorten the URL or the headers."
      : "The request is not valid HTTP.";
  const body = JSON.stringify({ detail });
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
