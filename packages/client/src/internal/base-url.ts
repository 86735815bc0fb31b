import { NoxusConfigError } from "../errors.js";
import { DEFAULT_BASE_URL } from "../options.js";

/**
 * Validates a base URL and strips trailing slashes: the API's paths all start with
 * `/v1/`, and the Python SDK concatenates strings, so `https://host/` would become
 * `https://host//v1/...` there. We accept either spelling and send the single-slash one.
 */
export function normalizeBaseUrl(input: string | URL | undefined): string {
  if (input === undefined) return DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(String(input));
  } catch {
    throw new NoxusConfigError(
      `baseUrl must be an absolute URL such as ${DEFAULT_BASE_URL} or http://127.0.0.1:8080; got ${JSON.stringify(String(input).slice(0, 100))}.`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new NoxusConfigError(`baseUrl must use http or https; got ${url.protocol}//.`);
  }
  if (url.username || url.password) {
    throw new NoxusConfigError(
      "baseUrl must not carry credentials; pass the API key through the auth option.",
    );
  }
  if (url.search || url.hash) {
    throw new NoxusConfigError("baseUrl must not have a query string or a fragment.");
  }
  return url.href.replace(/\/+$/, "");
}
