import {
  type ClientParts,
  createNoxusClient as createBaseClient,
  type NoxusClient,
  type NoxusThrowingClient,
} from "./client.js";
import { NoxusConfigError } from "./errors.js";
import type { NoxusClientOptions } from "./options.js";
import { NodeRequest } from "./transport/node-request.js";
import { createUndiciFetch, type UndiciTransportOptions } from "./transport/undici-fetch.js";

export * from "./index.js";
export { NodeHeaders } from "./transport/node-headers.js";
export { NodeRequest } from "./transport/node-request.js";
export { NodeResponse } from "./transport/node-response.js";
export {
  createDispatcher,
  createUndiciFetch,
  type UndiciTransportOptions,
} from "./transport/undici-fetch.js";

/** How the Node client sends: undici (the default) or the runtime's global `fetch`. */
export type NoxusTransport = "undici" | "fetch";

/** createNoxusClient's options on Node: every option of the main entry, plus the transport's. */
export interface NoxusNodeClientOptions extends NoxusClientOptions, UndiciTransportOptions {
  /**
   * `"undici"` (default): a keep-alive pool on undici that honours `HTTP_PROXY`,
   * `HTTPS_PROXY` and `NO_PROXY`. `"fetch"`: the global fetch, as the main entry does.
   * Defaults to the `NOXUS_TRANSPORT` environment variable, else `"undici"`. A `fetch`
   * option, when given, is used whatever this says.
   */
  transport?: NoxusTransport;
}

// The main entry's createNoxusClient takes a second, unadvertised argument: the parts to swap.
const buildClient = createBaseClient as (
  options: NoxusClientOptions,
  parts?: ClientParts,
) => NoxusClient | NoxusThrowingClient;

const TRANSPORTS: readonly NoxusTransport[] = ["undici", "fetch"];

function transportOf(options: NoxusNodeClientOptions): NoxusTransport {
  const chosen = options.transport ?? (process.env.NOXUS_TRANSPORT || undefined) ?? "undici";
  if (!TRANSPORTS.includes(chosen as NoxusTransport)) {
    const from = options.transport !== undefined ? "transport" : "NOXUS_TRANSPORT";
    throw new NoxusConfigError(
      `${from} must be "undici" or "fetch"; got ${JSON.stringify(String(chosen).slice(0, 40))}.`,
    );
  }
  return chosen as NoxusTransport;
}

/**
 * Creates a typed client for the Noxus API that sends through undici: faster than Node's
 * global fetch, with a keep-alive pool (`connections`) and proxy support from the
 * environment (`HTTP_PROXY`, `HTTPS_PROXY`, `NO_PROXY`); custom CAs through Node's
 * `NODE_EXTRA_CA_CERTS`, or your own `dispatcher`.
 *
 * Results are the same as the main entry's: `{ data | error, response }`, where `response`
 * is a NodeResponse: a `Response` (`status`, `ok`, `headers.get()`, `json()`, `body`…) built
 * without the cost of one. `transport: "fetch"` (or `NOXUS_TRANSPORT=fetch`) switches back to
 * the global fetch.
 *
 * @example
 * import { createNoxusClient } from "@noxus/client/node";
 * const noxus = createNoxusClient({ auth: { apiKey: process.env.NOXUS_API_KEY! }, connections: 16 });
 */
export function createNoxusClient(
  options: NoxusNodeClientOptions & { throwOnError: true },
): NoxusThrowingClient;
export function createNoxusClient(
  options?: NoxusNodeClientOptions & { throwOnError?: false },
): NoxusClient;
export function createNoxusClient(
  options?: NoxusNodeClientOptions,
): NoxusClient | NoxusThrowingClient;
export function createNoxusClient(
  options: NoxusNodeClientOptions = {},
): NoxusClient | NoxusThrowingClient {
  const { transport: _transport, connections, dispatcher, ...common } = options;
  if (options.fetch || transportOf(options) === "fetch") return buildClient(common);
  return buildClient(common, {
    fetch: createUndiciFetch({ connections, dispatcher }),
    Request: NodeRequest as unknown as typeof Request,
  });
}
