export { API_KEY_HEADER, type AuthStrategy, apiKeyHeaderAuth, assertUsableApiKey } from "./auth.js";
export {
  createNoxusClient,
  type NoxusClient,
  type NoxusClientInfo,
  type NoxusThrowingClient,
} from "./client.js";
export { type ErrorDetail, errorDetail } from "./error-detail.js";
export {
  apiErrorFromResponse,
  isNoxusAbortError,
  isNoxusApiError,
  isNoxusConnectionError,
  isNoxusError,
  isNoxusNotFoundError,
  isNoxusRateLimitError,
  isNoxusTimeoutError,
  isNoxusValidationError,
  NoxusAbortError,
  NoxusApiError,
  type NoxusApiErrorCode,
  type NoxusApiErrorInit,
  NoxusAuthenticationError,
  NoxusBadRequestError,
  NoxusConfigError,
  type NoxusConfigErrorCode,
  NoxusConflictError,
  NoxusConnectionError,
  NoxusError,
  type NoxusErrorOptions,
  NoxusNotFoundError,
  NoxusPayloadTooLargeError,
  NoxusPermissionError,
  NoxusRateLimitError,
  NoxusServerError,
  NoxusTimeoutError,
  type NoxusTimeoutErrorText,
  NoxusValidationError,
  retryAfterMs,
  type ValidationIssue,
} from "./errors.js";
export type { components, operations, paths, webhooks } from "./generated/schema.js";
export type { SuccessResult, ThrowingClient, ThrowingClientMethod } from "./internal/throwing.js";
export { DEFAULT_BASE_URL, type FetchLike, type NoxusClientOptions } from "./options.js";
export type * from "./schemas.js";
export type {
  LogLevel,
  NoxusLogger,
  RequestEvent,
  ResponseEvent,
} from "./transport/observe.js";
export type { RetryPolicy } from "./transport/policy.js";
export { DEFAULT_TIMEOUT_MS } from "./transport/transport.js";
export { VERSION } from "./version.js";
