import type { AuthStrategy } from "./auth.js";

/** A `fetch` with the standard signature; the client always calls it with a Request. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** Every option of createNoxusClient, typed in this one place. */
export interface NoxusClientOptions {
  /**
   * Where the API lives. Defaults to `https://backend.noxus.ai`; a trailing slash is
   * tolerated, and a path prefix (e.g. behind a proxy) is kept.
   */
  baseUrl?: string | URL;
  /**
   * Credentials: an AuthStrategy (see @noxus/auth) or the `{ apiKey }` shorthand, which
   * sends the key as `X-API-Key`. Without it no credential header is sent.
   */
  auth?: AuthStrategy | { apiKey: string };
  /** The fetch to send requests with; defaults to the global fetch at call time. */
  fetch?: FetchLike;
  /** Extra headers for every request. Auth headers are applied after these and win. */
  headers?: Record<string, string> | Headers | [string, string][];
  /** Prepended to the User-Agent, e.g. `"billing-sync/1.4"`. */
  userAgent?: string;
  /**
   * When true, every call resolves with `{ data, response }` for a 2xx answer and throws
   * a NoxusApiError otherwise, instead of resolving with `{ error, response }`.
   */
  throwOnError?: boolean;
}

export const DEFAULT_BASE_URL = "https://backend.noxus.ai";
