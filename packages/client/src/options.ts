import type { AuthStrategy } from "./auth.js";
import type { Hooks, LogLevel, NoxusLogger } from "./transport/observe.js";
import type { RetryPolicy } from "./transport/policy.js";

/**
 * A `fetch` with the standard signature. The client calls it with a Request and an init
 * whose `signal` (the call's time budget and the caller's abort) must be honoured.
 */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** Every option of createNoxusClient, typed in this one place. */
export interface NoxusClientOptions extends Hooks {
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
  /**
   * Attempts after the first (default 2). 429 is retried for every method; 408, 5xx and lost
   * connections only for idempotent requests. Per call: `{ maxRetries: 0 }` in the init.
   */
  maxRetries?: number;
  /**
   * One budget in ms for a call, all attempts and waits included (default 120 000, the
   * Python SDK's timeout; 0 = none). For streams it covers the time to the first byte.
   * Per call: `{ timeoutMs }` in the init.
   */
  timeoutMs?: number;
  /** Backoff tuning: `initialDelayMs` (500) doubles per attempt up to `maxDelayMs` (8 000), full jitter. */
  retryPolicy?: Partial<Pick<RetryPolicy, "initialDelayMs" | "maxDelayMs">>;
  /** Where log lines go (default `console` once a level is set). Never receives headers or bodies. */
  logger?: NoxusLogger;
  /** Log level (default "off"). */
  logLevel?: LogLevel;
}

/** The hosted Noxus API, which clients talk to when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "https://backend.noxus.ai";
