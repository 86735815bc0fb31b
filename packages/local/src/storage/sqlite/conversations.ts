import type { ConversationStore } from "../conversations.js";
import type { Db } from "./database.js";

// Placeholder until this resource group lands.
export function sqliteConversationStore(_db: Db): ConversationStore {
  return {};
}
