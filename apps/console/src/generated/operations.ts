/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/noxus.openapi.yaml, by apps/console/scripts/generate.mjs.
 * After a spec change run `pnpm generate` and commit the result; `pnpm generate:check` guards it.
 */

/** Every operationId of the Noxus API. */
export type OperationId =
  | "addMessage"
  | "chat"
  | "createAgent"
  | "createAgentTrigger"
  | "createApiKey"
  | "createConversation"
  | "createDocument"
  | "createKnowledgeBase"
  | "createRun"
  | "createSyncRun"
  | "createWorkflow"
  | "createWorkflowVersion"
  | "createWorkspace"
  | "deleteAgent"
  | "deleteConversation"
  | "deleteDocument"
  | "deleteKnowledgeBase"
  | "deleteTrigger"
  | "deleteWorkflow"
  | "deleteWorkspace"
  | "downloadFile"
  | "getAgent"
  | "getConversation"
  | "getDocument"
  | "getKnowledgeBase"
  | "getMe"
  | "getRun"
  | "getWorkflow"
  | "getWorkflowRun"
  | "listAgents"
  | "listAgentTriggers"
  | "listChatPresets"
  | "listConversations"
  | "listDocuments"
  | "listKnowledgeBaseRuns"
  | "listKnowledgeBases"
  | "listLlmModels"
  | "listNodes"
  | "listRuns"
  | "listWorkflowRuns"
  | "listWorkflows"
  | "listWorkflowVersions"
  | "listWorkspaces"
  | "searchKnowledgeBase"
  | "searchRuns"
  | "streamChat"
  | "streamConversationEvents"
  | "streamRunEvents"
  | "trainFromSource"
  | "updateAgent"
  | "updateConversation"
  | "updateDocument"
  | "updateWorkflow"
  | "updateWorkflowVersion"
  | "uploadAndTrain"
  | "uploadFile";

export interface OperationRoute {
  operationId: OperationId;
  method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";
  /** The spec's path template, e.g. `/v1/workflows/{workflow_id}`. */
  path: string;
  /** Tagged `Admin`: needs a tenant-admin key. */
  admin: boolean;
}

/** Every operation of the Noxus API, by operationId. */
export const OPERATIONS: readonly OperationRoute[] = [
  { operationId: "addMessage", method: "POST", path: "/v1/conversations/{conversation_id}", admin: false },
  { operationId: "chat", method: "POST", path: "/v1/conversations/{conversation_id}/chat", admin: false },
  { operationId: "createAgent", method: "POST", path: "/v1/agents", admin: false },
  { operationId: "createAgentTrigger", method: "POST", path: "/v1/agents/{agent_id}/triggers/{trigger_type}", admin: false },
  { operationId: "createApiKey", method: "POST", path: "/v1/admin/groups/{group_id}/api-keys", admin: true },
  { operationId: "createConversation", method: "POST", path: "/v1/conversations", admin: false },
  { operationId: "createDocument", method: "POST", path: "/v1/knowledge-bases/{kb_id}/document", admin: false },
  { operationId: "createKnowledgeBase", method: "POST", path: "/v1/knowledge-bases", admin: false },
  { operationId: "createRun", method: "POST", path: "/v1/workflows/{workflow_id}/runs", admin: false },
  { operationId: "createSyncRun", method: "POST", path: "/v1/workflows/{workflow_id}/runs/sync", admin: false },
  { operationId: "createWorkflow", method: "POST", path: "/v1/workflows", admin: false },
  { operationId: "createWorkflowVersion", method: "POST", path: "/v1/workflows/{workflow_id}/versions", admin: false },
  { operationId: "createWorkspace", method: "POST", path: "/v1/admin/groups", admin: true },
  { operationId: "deleteAgent", method: "DELETE", path: "/v1/agents/{agent_id}", admin: false },
  { operationId: "deleteConversation", method: "DELETE", path: "/v1/conversations/{conversation_id}", admin: false },
  { operationId: "deleteDocument", method: "DELETE", path: "/v1/knowledge-bases/{kb_id}/document/{doc_id}", admin: false },
  { operationId: "deleteKnowledgeBase", method: "DELETE", path: "/v1/knowledge-bases/{kb_id}", admin: false },
  { operationId: "deleteTrigger", method: "DELETE", path: "/v1/triggers/{trigger_id}", admin: false },
  { operationId: "deleteWorkflow", method: "DELETE", path: "/v1/workflows/{workflow_id}", admin: false },
  { operationId: "deleteWorkspace", method: "DELETE", path: "/v1/admin/groups/{group_id}", admin: true },
  { operationId: "downloadFile", method: "GET", path: "/v1/file/{file_id}", admin: false },
  { operationId: "getAgent", method: "GET", path: "/v1/agents/{agent_id}", admin: false },
  { operationId: "getConversation", method: "GET", path: "/v1/conversations/{conversation_id}", admin: false },
  { operationId: "getDocument", method: "GET", path: "/v1/knowledge-bases/{kb_id}/document/{doc_id}", admin: false },
  { operationId: "getKnowledgeBase", method: "GET", path: "/v1/knowledge-bases/{kb_id}", admin: false },
  { operationId: "getMe", method: "GET", path: "/v1/admin/me", admin: true },
  { operationId: "getRun", method: "GET", path: "/v1/runs/{run_id}", admin: false },
  { operationId: "getWorkflow", method: "GET", path: "/v1/workflows/{workflow_id}", admin: false },
  { operationId: "getWorkflowRun", method: "GET", path: "/v1/workflows/{workflow_id}/runs/{run_id}", admin: false },
  { operationId: "listAgents", method: "GET", path: "/v1/agents", admin: false },
  { operationId: "listAgentTriggers", method: "GET", path: "/v1/agents/{agent_id}/triggers", admin: false },
  { operationId: "listChatPresets", method: "GET", path: "/v1/models/llms/presets", admin: false },
  { operationId: "listConversations", method: "GET", path: "/v1/conversations", admin: false },
  { operationId: "listDocuments", method: "GET", path: "/v1/knowledge-bases/{kb_id}/documents/{status}", admin: false },
  { operationId: "listKnowledgeBaseRuns", method: "GET", path: "/v1/knowledge-bases/{kb_id}/runs", admin: false },
  { operationId: "listKnowledgeBases", method: "GET", path: "/v1/knowledge-bases", admin: false },
  { operationId: "listLlmModels", method: "GET", path: "/v1/models/llms", admin: false },
  { operationId: "listNodes", method: "GET", path: "/v1/nodes", admin: false },
  { operationId: "listRuns", method: "GET", path: "/v1/runs", admin: false },
  { operationId: "listWorkflowRuns", method: "GET", path: "/v1/workflows/{workflow_id}/runs", admin: false },
  { operationId: "listWorkflows", method: "GET", path: "/v1/workflows", admin: false },
  { operationId: "listWorkflowVersions", method: "GET", path: "/v1/workflows/{workflow_id}/versions", admin: false },
  { operationId: "listWorkspaces", method: "GET", path: "/v1/admin/groups", admin: true },
  { operationId: "searchKnowledgeBase", method: "POST", path: "/v1/knowledge-bases/{kb_id}/search", admin: false },
  { operationId: "searchRuns", method: "POST", path: "/v1/runs/search", admin: false },
  { operationId: "streamChat", method: "POST", path: "/v1/conversations/{conversation_id}/stream", admin: false },
  { operationId: "streamConversationEvents", method: "GET", path: "/v1/conversations/{conversation_id}/events", admin: false },
  { operationId: "streamRunEvents", method: "GET", path: "/v1/runs/{run_id}/events", admin: false },
  { operationId: "trainFromSource", method: "POST", path: "/v1/knowledge-bases/{kb_id}/generic_train", admin: false },
  { operationId: "updateAgent", method: "PATCH", path: "/v1/agents/{agent_id}", admin: false },
  { operationId: "updateConversation", method: "PATCH", path: "/v1/conversations/{conversation_id}", admin: false },
  { operationId: "updateDocument", method: "PATCH", path: "/v1/knowledge-bases/{kb_id}/document/{doc_id}", admin: false },
  { operationId: "updateWorkflow", method: "PATCH", path: "/v1/workflows/{workflow_id}", admin: false },
  { operationId: "updateWorkflowVersion", method: "PATCH", path: "/v1/workflows/{workflow_id}/versions/{version_id}", admin: false },
  { operationId: "uploadAndTrain", method: "POST", path: "/v1/knowledge-bases/{kb_id}/upload_train", admin: false },
  { operationId: "uploadFile", method: "POST", path: "/v1/file", admin: false },
];
