import type { AgentStore } from "./agents.js";
import type { ConversationStore } from "./conversations.js";
import type { FileStore } from "./files.js";
import type { KnowledgeBaseStore } from "./knowledge-bases.js";
import type { RunStore } from "./runs.js";
import type { TenancyStore } from "./tenancy.js";
import type { WorkflowStore } from "./workflows.js";

/**
 * Everything the server persists, one store per resource group. All SQL lives behind this
 * interface (in ./sqlite), and every method is async so that a PostgreSQL backend can
 * implement the same interface later. Store methods are atomic: each one either applies
 * fully or not at all.
 */
export interface Storage {
  tenancy: TenancyStore;
  workflows: WorkflowStore;
  runs: RunStore;
  knowledgeBases: KnowledgeBaseStore;
  files: FileStore;
  conversations: ConversationStore;
  agents: AgentStore;
  close(): Promise<void>;
}
