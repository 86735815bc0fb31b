/*
 * GENERATED FILE: do not edit by hand.
 * Source: spec/noxus.openapi.yaml, by packages/client/scripts/generate.mjs (types: openapi-typescript).
 * After a spec change run `pnpm generate` and commit the result; `pnpm generate:check` guards it.
 */

/** Operations that are safe to send again after a 5xx or a lost connection, besides GET/HEAD/PUT/DELETE. */
export const RETRY_SAFE_OPERATIONS: ReadonlySet<string> = new Set([
  "POST /v1/knowledge-bases/{kb_id}/search",
  "POST /v1/runs/search",
]);
