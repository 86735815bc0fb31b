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
