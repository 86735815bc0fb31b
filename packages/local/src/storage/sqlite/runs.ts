import type { RunStore } from "../runs.js";
import type { Db } from "./database.js";

// Placeholder until this resource group lands.
export function sqliteRunStore(_db: Db): RunStore {
  return {};
}
