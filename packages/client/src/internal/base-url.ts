import { NoxusConfigError } from "../errors.js";
import { DEFAULT_BASE_URL } from "../options.js";

/**
 * Validates a base URL and strips trailing slashes: the API's paths all start with `/v1/`,
 * and the Python SDK concatenates strings, so `https://host/` would become `https://host//v1/…`
 * there. We accept either spelling and send the single-slash one.
 *
 * `where` names the source in the error ("NOXUS_BACKEND_URL", "The baseUrl option", a
 * profile), since a bad URL in the environment is fixed somewhere else than a bad option.
 */
export function normalizeBaseUrl(input: string | URL | undefined, where = "baseUrl"): string {
  if (input === undefined) return DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(String(input));
  } catch {
    throw invalid(
      `${where} must be an absolute URL; got ${JSON.stringify(String(input).slice(0, 100))}.`,
      `Use a URL such as ${DEFAULT_BASE_URL} or http://127.0.0.1:8484 (noxus-local's default).`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw invalid(`${where} must use http or https; got ${url.protocol}//.`);
  }
  // Never echo the URL here: its userinfo part is a credential.
  if (url.username || url.password) {
    throw invalid(
      `${where} must not carry credentials (user:password@).`,
      "Pass the API key through the auth option; it travels in X-API-Key.",
    );
  }
  if (url.search || url.hash) {
    throw invalid(`${where} must not have a query string or a fragment.`);
  }
  return url.href.replace(/\/+$/, "");
}

function invalid(message: string, hint?: string): NoxusConfigError {
  return new NoxusConfigError(message, { code: "invalid_base_url", hint });
}
