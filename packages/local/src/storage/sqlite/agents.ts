import type { AgentStore } from "../agents.js";
import type { Db } from "./database.js";

// Placeholder until this resource group lands.
export function sqliteAgentStore(_db: Db): AgentStore {
  return {};
}
