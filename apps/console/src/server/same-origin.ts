import type { IncomingHttpHeaders } from "node:http";
import { CONSOLE_HEADER, CONSOLE_HEADER_VALUE } from "../shared/protocol.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method);
}

/**
 * Whether a request provably comes from a page of this console: the browser says so in
 * `Sec-Fetch-Site` (modern browsers), or else its `Origin` is this server's own origin. A
 * request that says neither is refused: every browser sends Origin on a state-changing fetch,
 * and a script (curl, tests) can send it too.
 */
export function isSameOrigin(headers: IncomingHttpHeaders): boolean {
  const site = headers["sec-fetch-site"];
  if (typeof site === "string") return site === "same-origin";
  const origin = headers.origin;
  const host = headers.host;
  if (typeof origin !== "string" || typeof host !== "string") return false;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && url.host === host;
  } catch {
    return false;
  }
}

/** Whether the request carries the header only the console's own app sends. */
export function hasConsoleHeader(headers: IncomingHttpHeaders): boolean {
  return headers[CONSOLE_HEADER] === CONSOLE_HEADER_VALUE;
}
