import type { OperationId } from "../generated/operations.js";

/**
 * The Noxus operations the console forwards, by operationId; the paths and methods come from
 * the spec through src/generated/operations.ts. Everything else answers 403, so a page that
 * needs a new operation adds it here. Deleting and editing workflows, agents and triggers is
 * left out on purpose: the console runs and reads, it does not administer.
 * Admin-tagged operations in this list are forwarded only with --allow-admin.
 */
export const ALLOWED_OPERATIONS: readonly OperationId[] = [
  // Metadata, for forms and the chat model picker.
  "listNodes",
  "listLlmModels",
  "listChatPresets",
  // Workflows and runs.
  "listWorkflows",
  "getWorkflow",
  "listWorkflowVersions",
  "createRun",
  "createSyncRun",
  "listWorkflowRuns",
  "getWorkflowRun",
  "listRuns",
  "searchRuns",
  "getRun",
  "streamRunEvents",
  // Knowledge bases.
  "listKnowledgeBases",
  "createKnowledgeBase",
  "getKnowledgeBase",
  "listKnowledgeBaseRuns",
  "searchKnowledgeBase",
  "listDocuments",
  "getDocument",
  "uploadAndTrain",
  "uploadFile",
  "downloadFile",
  // Chat.
  "listAgents",
  "getAgent",
  "listConversations",
  "createConversation",
  "getConversation",
  "addMessage",
  "chat",
  "streamChat",
  "streamConversationEvents",
  // Admin (only with --allow-admin).
  "getMe",
  "listWorkspaces",
  "createWorkspace",
  "createApiKey",
];
