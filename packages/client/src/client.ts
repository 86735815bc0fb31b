import createClient, { type Client } from "openapi-fetch";
import { toAuthStrategy } from "./auth.js";
import type { paths } from "./generated/schema.js";
import { normalizeBaseUrl } from "./internal/base-url.js";
import { serializeBody } from "./internal/body.js";
import { identityHeaders } from "./internal/headers.js";
import { makeThrowing, type ThrowingClient } from "./internal/throwing.js";
import type { NoxusClientOptions } from "./options.js";
import { noxusMiddleware } from "./transport/markers.js";
import { createTransport } from "./transport/transport.js";

/** What every Noxus client exposes besides its HTTP methods. */
export interface NoxusClientInfo {
  /** The normalised base URL the client sends to (no trailing slash). */
  readonly baseUrl: string;
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
      fetch: options.fetch,
      maxRetries: options.maxRetries,
      timeoutMs: options.timeoutMs,
      retryPolicy: options.retryPolicy,
      logger: options.logger,
      logLevel: options.logLevel,
      onRequest: options.onRequest,
      onResponse: options.onResponse,
    }),
    bodySerializer: serializeBody,
    headers: Object.fromEntries(headers),
  });
  client.use(noxusMiddleware(auth));

  const info: NoxusClientInfo = { baseUrl };
  if (options.throwOnError) return Object.assign(makeThrowing(client), info);
  return Object.assign(client, info);
}
