import type { components, operations } from "./generated/schema.js";

type Schemas = components["schemas"];

/** Any component schema of the spec by name, e.g. `Schema<"KBConfigV3">`. */
export type Schema<Name extends keyof Schemas> = Schemas[Name];

/** The 2xx JSON body of an operation by operationId, e.g. `OperationResult<"getWorkflow">`. */
export type OperationResult<Id extends keyof operations> = operations[Id] extends {
  responses: { 200: { content: { "application/json": infer Body } } };
}
  ? Body
  : never;

// Named aliases for the schemas people use every day. The rest are reachable through Schema<>.
export type Workflow = Schemas["Workflow"];
export type WorkflowType = Schemas["WorkflowType"];
export type WorkflowDefinition = Schemas["WorkflowDefinition"];
export type WorkflowNode = Schemas["WorkflowNode"];
export type WorkflowEdge = Schemas["WorkflowEdge"];
export type WorkflowVersion = Schemas["WorkflowVersion"];
export type Run = Schemas["Run"];
export type RunStatus = Schemas["RunStatus"];
export type RunEvent = Schemas["RunEvent"];
export type KnowledgeBase = Schemas["KnowledgeBase"];
export type KBConfigV3 = Schemas["KBConfigV3"];
export type KnowledgeBaseDocument = Schemas["KnowledgeBaseDocument"];
export type DocumentStatus = Schemas["DocumentStatus"];
export type SearchResult = Schemas["SearchResult"];
/** The `File` schema; named NoxusFile so it does not shadow the global File. */
export type NoxusFile = Schemas["File"];
export type Conversation = Schemas["Conversation"];
export type ConversationEvent = Schemas["ConversationEvent"];
/** One event of `streamChat` (send a message and stream the reply), told apart by `type`. */
export type ChatStreamEvent = Schemas["ChatStreamEvent"];
export type MessageRequest = Schemas["MessageRequest"];
export type Agent = Schemas["Agent"];
export type AssistantTrigger = Schemas["AssistantTrigger"];
export type ApiKey = Schemas["ApiKey"];
export type Workspace = Schemas["Workspace"];
export type NodeDefinition = Schemas["NodeDefinition"];
export type HTTPValidationError = Schemas["HTTPValidationError"];
