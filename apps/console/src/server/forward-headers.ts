import type { IncomingHttpHeaders } from "node:http";

// Only what the API needs from the browser. Never forwarded: cookie (the console's own
// session), authorization / x-api-key (the browser has no key; the server adds it), origin,
// host, the console header, and accept-encoding (bodies pass through as the backend sends them,
// so the console never has to decode or re-encode a stream).
const REQUEST_HEADERS = [
  "accept",
  "accept-language",
  "content-type",
  "content-length",
  "last-event-id",
  "if-none-match",
  "if-modified-since",
  "idempotency-key",
];

// Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are not passed on; the
// console's own cookie is not the backend's business either.
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "set-cookie",
]);

export function upstreamRequestHeaders(
  incoming: IncomingHttpHeaders,
  apiKey: string,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REQUEST_HEADERS) {
    const value = incoming[name];
    if (typeof value === "string") headers[name] = value;
  }
  headers["x-api-key"] = apiKey;
  headers["user-agent"] = "noxus-console";
  return headers;
}

export function downstreamResponseHeaders(
  upstream: Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(upstream)) {
    if (value === undefined || HOP_BY_HOP.has(name.toLowerCase())) continue;
    headers[name] = value;
  }
  // A reverse proxy in front of the console (nginx and the like) must not buffer SSE either.
  if (String(upstream["content-type"] ?? "").startsWith("text/event-stream")) {
    headers["x-accel-buffering"] = "no";
  }
  return headers;
}
