import type { Storage } from "../index.js";
import { sqliteAgentStore } from "./agents.js";
import { sqliteConversationStore } from "./conversations.js";
import { openDatabase } from "./database.js";
import { sqliteFileStore } from "./files.js";
import { sqliteKnowledgeBaseStore } from "./knowledge-bases/index.js";
import { sqliteRunStore } from "./runs.js";
import { sqliteTenancyStore } from "./tenancy.js";
import { sqliteWorkflowStore } from "./workflows.js";

/** Storage on one SQLite file (`:memory:` for a throwaway database). */
export function openSqliteStorage(file: string): Storage {
  const db = openDatabase(file);
  return {
    tenancy: sqliteTenancyStore(db),
    workflows: sqliteWorkflowStore(db),
    runs: sqliteRunStore(db),
    knowledgeBases: sqliteKnowledgeBaseStore(db),
    files: sqliteFileStore(db),
    conversations: sqliteConversationStore(db),
    agents: sqliteAgentStore(db),
    async close() {
      if (db.open) db.close();
    },
  };
}
