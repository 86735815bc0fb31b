import type { components, operations } from "./generated/schema.js";

/** @internal Every component schema of the spec, by name; use {@link Schema} instead. */
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
/** A workflow as the API returns it: id, name, type and its definition (nodes and edges). */
export type Workflow = Schemas["Workflow"];
/** The kind of workflow: `flow`, `agent_flow`, `handler` or `ingestion`. */
export type WorkflowType = Schemas["WorkflowType"];
/** A workflow's graph: its nodes and the edges that connect their outputs to inputs. */
export type WorkflowDefinition = Schemas["WorkflowDefinition"];
/** One node of a workflow graph; its `type` names a node type of the catalog (`GET /v1/nodes`). */
export type WorkflowNode = Schemas["WorkflowNode"];
/** One edge of a workflow graph: from a node's output connector to another node's input. */
export type WorkflowEdge = Schemas["WorkflowEdge"];
/** A saved, immutable version of a workflow's definition. */
export type WorkflowVersion = Schemas["WorkflowVersion"];
/** One execution of a workflow, with its status, input and output. */
export type Run = Schemas["Run"];
/** Where a run stands: `queued`, `running`, `completed`, `failed`, `stopped` or `awaiting_human_feedback`. */
export type RunStatus = Schemas["RunStatus"];
/** One server-sent event of a run's progress (see streamRunEvents); the stream ends once `data.workflow_status` is `completed` or `failed`. */
export type RunEvent = Schemas["RunEvent"];
/** A knowledge base: a searchable store of documents. */
export type KnowledgeBase = Schemas["KnowledgeBase"];
/** Knowledge-base settings, version `v3` (the default). */
export type KBConfigV3 = Schemas["KBConfigV3"];
/** A document stored in a knowledge base, with its ingestion status. */
export type KnowledgeBaseDocument = Schemas["KnowledgeBaseDocument"];
/** Where a knowledge-base document stands: `uploaded`, `training`, `trained`, `error`, or `folder`. */
export type DocumentStatus = Schemas["DocumentStatus"];
/** One hit of a knowledge-base search. */
export type SearchResult = Schemas["SearchResult"];
/** The `File` schema; named NoxusFile so it does not shadow the global File. */
export type NoxusFile = Schemas["File"];
/** A conversation with an agent. */
export type Conversation = Schemas["Conversation"];
/** One server-sent event of a conversation (see streamConversationEvents); the stream ends after `type: conversation_end`. */
export type ConversationEvent = Schemas["ConversationEvent"];
/** One event of `streamChat` (send a message and stream the reply), told apart by `type`. */
export type ChatStreamEvent = Schemas["ChatStreamEvent"];
/** The body of a message sent to a conversation (`addMessage`, `chat`). */
export type MessageRequest = Schemas["MessageRequest"];
/** An agent (assistant): its name and definition (model, instructions, tools). */
export type Agent = Schemas["Agent"];
/** A Slack or Teams trigger of an agent; `definition.type` holds the trigger type. */
export type AssistantTrigger = Schemas["AssistantTrigger"];
/** An API key, as the admin endpoints return it. */
export type ApiKey = Schemas["ApiKey"];
/** A Noxus workspace (a "group"): the scope of an API key. */
export type Workspace = Schemas["Workspace"];
/** The description of a node type a workflow can use: its inputs, outputs and config. */
export type NodeDefinition = Schemas["NodeDefinition"];
/** The body of a 422 answer: the list of problems with the request. */
export type HTTPValidationError = Schemas["HTTPValidationError"];
