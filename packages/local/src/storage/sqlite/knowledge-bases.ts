import type { KnowledgeBaseStore } from "../knowledge-bases.js";
import type { Db } from "./database.js";

// Placeholder until this resource group lands.
export function sqliteKnowledgeBaseStore(_db: Db): KnowledgeBaseStore {
  return {};
}
