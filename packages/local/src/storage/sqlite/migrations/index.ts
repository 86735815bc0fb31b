import { tenancy } from "./001-tenancy.js";
import { workflowsRuns } from "./002-workflows-runs.js";
import { knowledgeBasesFiles } from "./003-knowledge-bases-files.js";
import { conversationsAgents } from "./004-conversations-agents.js";

/**
 * Versioned schema migrations, applied in order; SQLite's `user_version` records the last
 * one applied. Invariant: a released migration is never edited, only followed by a new one.
 */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  { version: 1, name: "tenancy", sql: tenancy },
  { version: 2, name: "workflows and runs", sql: workflowsRuns },
  { version: 3, name: "knowledge bases and files", sql: knowledgeBasesFiles },
  { version: 4, name: "conversations and agents", sql: conversationsAgents },
];
