import type { FetchLike, NoxusClientOptions } from "../options.js";

/**
 * The fetch that openapi-fetch calls after its middleware chain has run.
 *
 * This is the seam for retries, timeouts and connection-error mapping: they belong
 * *below* the middleware (as basecamp-sdk does), so that middleware sees one logical
 * request and one final response however many attempts the transport makes, and so
 * that auth middleware never has to run twice. Today it only resolves which fetch to use.
 */
export function createTransport(options: Pick<NoxusClientOptions, "fetch">): FetchLike {
  const custom = options.fetch;
  if (custom) return (request, init) => custom(request, init);
  // Resolved per call, not captured at creation, so a fetch installed later (polyfills,
  // instrumentation) is honoured.
  return (request, init) => globalThis.fetch(request, init);
}
