/*
 * GENERATED FILE: do not edit by hand.
 * Source: spec/noxus.openapi.yaml, by packages/client/scripts/generate.mjs (types: openapi-typescript).
 * After a spec change run `pnpm generate` and commit the result; `pnpm generate:check` guards it.
 */

import type { components } from "./schema.js";

/** The JSON object on each `data:` line of each server-sent-events operation, by operationId. */
export interface StreamEvents {
  streamChat: components["schemas"]["ChatStreamEvent"];
  streamConversationEvents: components["schemas"]["ConversationEvent"];
  streamRunEvents: components["schemas"]["RunEvent"];
}
