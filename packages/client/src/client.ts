import createClient, { type Client } from "openapi-fetch";
import { toAuthStrategy } from "./auth.js";
import type { paths } from "./generated/schema.js";
import { normalizeBaseUrl } from "./internal/base-url.js";
import { serializeBody } from "./internal/body.js";
import { identityHeaders } from "./internal/headers.js";
import { makeThrowing, type ThrowingClient } from "./internal/throwing.js";
import type { FetchLike, NoxusClientOptions } from "./options.js";
import { markPaths } from "./transport/markers.js";
import { createTransport } from "./transport/transport.js";

/** What every Noxus client exposes besides its HTTP methods. */
export interface NoxusClientInfo {
  /** The normalised base URL the client sends to (no trailing slash). */
  readonly baseUrl: string;
}

/**
 * What a runtime entry may swap: `@noxus/client/node` passes its undici fetch and the
 * light Request class that openapi-fetch then builds instead of a WHATWG Request.
 */
export interface ClientParts {
  fetch?: FetchLike | undefined;
  Request?: typeof Request | undefined;
}

/** The openapi-fetch client typed by the Noxus paths: calls resolve with `{ data | error, response }`. */
export type NoxusClient = Client<paths> & NoxusClientInfo;

/** The throwing variant: calls resolve with `{ data, response }` on 2xx, and throw NoxusApiError. */
export type NoxusThrowingClient = ThrowingClient<paths> & NoxusClientInfo;

/**
 * Creates a typed client for the Noxus API.
 *
 * @example
 * const noxus = createNoxusClient({ auth: { apiKey: process.env.NOXUS_API_KEY! } });
 * const { data, error } = await noxus.GET("/v1/workflows", { params: { query: { size: 20 } } });
 */
export function createNoxusClient(
  options: NoxusClientOptions & { throwOnError: true },
): NoxusThrowingClient;
export function createNoxusClient(
  options?: NoxusClientOptions & { throwOnError?: false },
): NoxusClient;
export function createNoxusClient(options?: NoxusClientOptions): NoxusClient | NoxusThrowingClient;
export function createNoxusClient(
  options: NoxusClientOptions = {},
  // Not in the public signatures above: what a runtime entry swaps (see ClientParts).
  parts: ClientParts = {},
): NoxusClient | NoxusThrowingClient {
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const auth = options.auth === undefined ? undefined : toAuthStrategy(options.auth);
  const headers = new Headers(options.headers);
  for (const [name, value] of Object.entries(identityHeaders(options.userAgent))) {
    if (!headers.has(name)) headers.set(name, value);
  }

  const client = createClient<paths>({
    baseUrl,
    fetch: createTransport({
      fetch: parts.fetch ?? options.fetch,
      auth,
      maxRetries: options.maxRetries,
      timeoutMs: options.timeoutMs,
      retryPolicy: options.retryPolicy,
      logger: options.logger,
      logLevel: options.logLevel,
      onRequest: options.onRequest,
      onResponse: options.onResponse,
    }),
    Request: parts.Request, // undefined: openapi-fetch's default, the global Request
    bodySerializer: serializeBody,
    headers: Object.fromEntries(headers),
  });
  markPaths(client);

  const info: NoxusClientInfo = { baseUrl };
  if (options.throwOnError) return Object.assign(makeThrowing(client), info);
  return Object.assign(client, info);
}
