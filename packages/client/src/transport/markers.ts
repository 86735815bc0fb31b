import type { Middleware } from "openapi-fetch";
import type { AuthStrategy } from "../auth.js";
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

/**
 * The client's one middleware: marks the request for the transport, then applies the auth
 * strategy last, so that its credentials win over any header set before.
 */
export function noxusMiddleware(auth: AuthStrategy | undefined): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const marks = marksOf(request);
      marks.noxusPath = schemaPath;
      marks.noxusRetrySafe = RETRY_SAFE_OPERATIONS.has(`${request.method} ${schemaPath}`);
      if (auth) await auth.applyTo(request.headers);
      return request;
    },
  };
}
