import { DEFAULT_BASE_URL, NoxusConfigError } from "@noxus/client";

/**
 * Validates a base URL and strips trailing slashes, with the rules of @noxus/client (which
 * keeps its own copy private): absolute http(s), no credentials, no query or fragment.
 * `where` names the source in the error ("NOXUS_BACKEND_URL", "the baseUrl option", a
 * profile), since a bad URL in the environment is fixed somewhere else than a bad option.
 */
export function normalizeBaseUrl(input: string | URL | undefined, where: string): string {
  if (input === undefined) return DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(String(input));
  } catch {
    throw new NoxusConfigError(
      `${where} must be an absolute URL such as ${DEFAULT_BASE_URL} or http://127.0.0.1:8484; got ${JSON.stringify(String(input).slice(0, 100))}.`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new NoxusConfigError(`${where} must use http or https; got ${url.protocol}//.`);
  }
  // Never echo the URL here: its userinfo part is a credential.
  if (url.username || url.password) {
    throw new NoxusConfigError(
      `${where} must not carry credentials (user:password@); the API key travels in X-API-Key.`,
    );
  }
  if (url.search || url.hash) {
    throw new NoxusConfigError(`${where} must not have a query string or a fragment.`);
  }
  return url.href.replace(/\/+$/, "");
}
