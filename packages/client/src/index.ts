export { API_KEY_HEADER, type AuthStrategy, apiKeyHeaderAuth, assertUsableApiKey } from "./auth.js";
export {
  createNoxusClient,
  type NoxusClient,
  type NoxusClientInfo,
  type NoxusThrowingClient,
} from "./client.js";
export {
  apiErrorFromResponse,
  isNoxusApiError,
  isNoxusError,
  NoxusApiError,
  type NoxusApiErrorCode,
  type NoxusApiErrorInit,
  NoxusConfigError,
  NoxusError,
  type ValidationIssue,
} from "./errors.js";
export type { components, operations, paths, webhooks } from "./generated/schema.js";
export type { SuccessResult, ThrowingClient, ThrowingClientMethod } from "./internal/throwing.js";
export { DEFAULT_BASE_URL, type FetchLike, type NoxusClientOptions } from "./options.js";
export type * from "./schemas.js";
export { VERSION } from "./version.js";
