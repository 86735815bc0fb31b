export type { CallOptions, WorkspaceContext } from "./context.js";
export {
  NoxusInputError,
  RunFailedError,
  RunWaitTimeoutError,
  WorkflowBuilderError,
  type WorkflowBuilderErrorCode,
} from "./errors.js";
export { type ListOptions, type Page, Paginated } from "./pagination.js";
export { Admin } from "./resources/admin.js";
export { Agents } from "./resources/agents.js";
export { Conversations } from "./resources/conversations.js";
export { Files } from "./resources/files.js";
export { KnowledgeBases } from "./resources/knowledge-bases.js";
export { Runs } from "./resources/runs.js";
export { Workflows } from "./resources/workflows.js";
export { type ConnectOptions, Workspace, type WorkspaceIdentity } from "./workspace.js";
