import type { Client } from "openapi-fetch";

/**
 * What the transport needs to know about a request beyond the Request itself. openapi-fetch
 * copies unknown init keys onto the Request it builds: per-request `timeoutMs` and
 * `maxRetries`, and `noxusPath`, the path template, which markPaths adds to every call.
 */
export interface RequestMarks {
  noxusPath?: string;
  timeoutMs?: unknown;
  maxRetries?: unknown;
}

export function marksOf(request: Request): RequestMarks {
  return request as Request & RequestMarks;
}

export const METHODS = [
  "GET",
  "PUT",
  "POST",
  "DELETE",
  "OPTIONS",
  "HEAD",
  "PATCH",
  "TRACE",
] as const;

/**
 * Passes each call's path template to the transport (for retry safety, logs and errors).
 * A wrapper rather than a middleware: openapi-fetch skips its whole middleware machinery
 * (an id, a frozen options object, an awaited hook) when none is registered.
 */
export function markPaths<Paths extends {}>(client: Client<Paths>): Client<Paths> {
  type Call = (method: string, url: string, init?: object) => unknown;
  const calls = client as unknown as Record<string, unknown> & { request: Call };
  const request = calls.request;
  calls.request = (method, url, init) => request(method, url, { ...init, noxusPath: url });
  for (const method of METHODS) {
    calls[method] = (url: string, init?: object) => calls.request(method, url, init);
  }
  return client;
}
