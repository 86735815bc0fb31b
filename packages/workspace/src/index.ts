export { ApiKey } from "@noxus/auth";
// The API's types and errors, so that a program needs only this package.
export type {
  Agent,
  AssistantTrigger,
  Conversation,
  ConversationEvent,
  KnowledgeBase,
  KnowledgeBaseDocument,
  NoxusFile,
  Run,
  RunEvent,
  RunStatus,
  Schema,
  SearchResult,
  Workflow,
  WorkflowDefinition,
  WorkflowVersion,
} from "@noxus/client";
export {
  type ErrorDetail,
  errorDetail,
  isNoxusApiError,
  isNoxusError,
  NoxusAbortError,
  NoxusApiError,
  NoxusAuthenticationError,
  NoxusConfigError,
  NoxusConnectionError,
  NoxusError,
  type NoxusErrorOptions,
  NoxusNotFoundError,
  NoxusPayloadTooLargeError,
  NoxusPermissionError,
  NoxusRateLimitError,
  NoxusServerError,
  NoxusTimeoutError,
  NoxusValidationError,
} from "@noxus/client";
export type { CallOptions, WorkspaceContext } from "./context.js";
export {
  NoxusInputError,
  type NoxusInputErrorCode,
  type NoxusInputErrorOptions,
  RunFailedError,
  RunWaitTimeoutError,
  WorkflowBuilderError,
  type WorkflowBuilderErrorCode,
} from "./errors.js";
export {
  concatPages,
  type ListOptions,
  type Page,
  type PageFetcher,
  type PageSource,
  Paginated,
  pagesOf,
} from "./pagination.js";
// Each resource module exports its public classes and types (handles, options, results).
export * from "./resources/admin.js";
export * from "./resources/agents.js";
export * from "./resources/conversations.js";
export * from "./resources/files.js";
export * from "./resources/knowledge-bases.js";
export * from "./resources/runs.js";
export * from "./resources/workflows.js";
export { type ConnectOptions, Workspace, type WorkspaceIdentity } from "./workspace.js";
