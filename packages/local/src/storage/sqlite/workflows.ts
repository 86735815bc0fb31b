import type { WorkflowStore } from "../workflows.js";
import type { Db } from "./database.js";

// Placeholder until this resource group lands.
export function sqliteWorkflowStore(_db: Db): WorkflowStore {
  return {};
}
