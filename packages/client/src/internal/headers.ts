import type { Middleware } from "openapi-fetch";
import type { AuthStrategy } from "../auth.js";
import { VERSION } from "../version.js";

const CLIENT_ID = `@noxus/client/${VERSION}`;

function runtimeLabel(): string {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions
    ?.node;
  return node ? `node/${node}` : "js";
}

/**
 * Identifies the client on every request. Browsers ignore a User-Agent set from script,
 * so `x-noxus-client` carries the same name where User-Agent cannot.
 */
export function identityHeaders(userAgent: string | undefined): Record<string, string> {
  const ours = `${CLIENT_ID} ${runtimeLabel()}`;
  return {
    "User-Agent": userAgent ? `${userAgent} ${ours}` : ours,
    "x-noxus-client": CLIENT_ID,
  };
}

/** Applies the auth strategy after all other headers, so its credentials always win. */
export function authMiddleware(auth: AuthStrategy): Middleware {
  return {
    async onRequest({ request }) {
      await auth.applyTo(request.headers);
      return request;
    },
  };
}
