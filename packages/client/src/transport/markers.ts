import type { Middleware } from "openapi-fetch";
import { RETRY_SAFE_OPERATIONS } from "../generated/retry-safe.js";

/**
 * What the transport needs to know about a request beyond the Request itself. openapi-fetch
 * copies unknown init keys (per-request `timeoutMs`, `maxRetries`) onto the Request, and this
 * middleware adds the path template, which only the middleware layer sees (`schemaPath`).
 */
export interface RequestMarks {
  noxusPath?: string;
  noxusRetrySafe?: boolean;
  timeoutMs?: unknown;
  maxRetries?: unknown;
}

export function marksOf(request: Request): RequestMarks {
  return request as Request & RequestMarks;
}

export const operationMarker: Middleware = {
  onRequest({ request, schemaPath }) {
    const marks = marksOf(request);
    marks.noxusPath = schemaPath;
    marks.noxusRetrySafe = RETRY_SAFE_OPERATIONS.has(`${request.method} ${schemaPath}`);
    return request;
  },
};
