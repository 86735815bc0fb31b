import type { FileStore } from "../files.js";
import type { Db } from "./database.js";

// Placeholder until this resource group lands.
export function sqliteFileStore(_db: Db): FileStore {
  return {};
}
