import { formatEtag } from "../../conversations/etag.js";
import { newId, nowIso } from "../../domain/ids.js";
import type {
  Conversation,
  ConversationSettings,
  ConversationStore,
  MessagePart,
  MessageRole,
  StoredMessage,
} from "../conversations.js";
import type { Db } from "./database.js";

interface ConversationRow {
  id: string;
  workspace_id: string;
  name: string;
  settings: string;
  assistant_id: string | null;
  status: string;
  etag: string;
  message_count: number;
  created_at: string;
  last_updated_at: string;
}

interface MessageRow {
  id: string;
  seq: number;
  role: MessageRole;
  message_parts: string;
  etag: string;
  created_at: string;
}

const toMessage = (row: MessageRow): StoredMessage => ({
  id: row.id,
  seq: row.seq,
  role: row.role,
  etag: row.etag,
  createdAt: row.created_at,
  parts: JSON.parse(row.message_parts) as MessagePart[],
});

export function sqliteConversationStore(db: Db): ConversationStore {
  const insertConversation = db.prepare(
    "INSERT INTO conversations (id, workspace_id, name, settings, assistant_id, etag, created_at, last_updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const selectConversation = db.prepare(
    "SELECT * FROM conversations WHERE workspace_id = ? AND id = ?",
  );
  const countListed = db.prepare(
    "SELECT COUNT(*) AS total FROM conversations WHERE workspace_id = ? AND message_count > 0",
  );
  const pageListed = db.prepare(
    "SELECT * FROM conversations WHERE workspace_id = ? AND message_count > 0 ORDER BY last_updated_at DESC, rowid DESC LIMIT ? OFFSET ?",
  );
  const updateConversation = db.prepare(
    "UPDATE conversations SET name = coalesce(?, name), settings = coalesce(?, settings), last_updated_at = ? WHERE workspace_id = ? AND id = ?",
  );
  const deleteConversation = db.prepare(
    "DELETE FROM conversations WHERE workspace_id = ? AND id = ?",
  );
  const updateStatus = db.prepare(
    "UPDATE conversations SET status = ? WHERE workspace_id = ? AND id = ?",
  );
  const advance = db.prepare(
    "UPDATE conversations SET message_count = ?, etag = ?, status = ?, last_updated_at = ? WHERE id = ?",
  );
  const insertMessage = db.prepare(
    "INSERT INTO conversation_messages (id, workspace_id, conversation_id, seq, role, message_parts, etag, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const selectMessagesAfter = db.prepare(
    "SELECT * FROM conversation_messages WHERE workspace_id = ? AND conversation_id = ? AND seq > ? ORDER BY seq",
  );
  const selectMessageAt = db.prepare(
    "SELECT * FROM conversation_messages WHERE workspace_id = ? AND conversation_id = ? AND seq = ?",
  );
  const resetGenerating = db.prepare(
    "UPDATE conversations SET status = 'idle' WHERE status = 'generating'",
  );

  const row = (workspaceId: string, id: string) =>
    selectConversation.get(workspaceId, id) as ConversationRow | undefined;

  const messagesAfter = (workspaceId: string, id: string, afterSeq: number) =>
    (selectMessagesAfter.all(workspaceId, id, afterSeq) as MessageRow[]).map(toMessage);

  const toConversation = (conversation: ConversationRow): Conversation => ({
    id: conversation.id,
    name: conversation.name,
    created_at: conversation.created_at,
    last_updated_at: conversation.last_updated_at,
    settings: JSON.parse(conversation.settings) as ConversationSettings,
    etag: conversation.etag,
    messages: messagesAfter(conversation.workspace_id, conversation.id, 0).map((message) => ({
      id: message.id,
      created_at: message.createdAt,
      message_parts: message.parts,
    })),
    status: conversation.status,
    assistant_id: conversation.assistant_id,
  });

  const append = db.transaction(
    (workspaceId: string, id: string, role: MessageRole, parts: string, status: string) => {
      const conversation = row(workspaceId, id);
      if (!conversation) return undefined;
      const seq = conversation.message_count + 1;
      const createdAt = nowIso();
      const etag = formatEtag(seq, createdAt);
      const messageId = newId();
      insertMessage.run(messageId, workspaceId, id, seq, role, parts, etag, createdAt);
      advance.run(seq, etag, status, createdAt, id);
      return toMessage(selectMessageAt.get(workspaceId, id, seq) as MessageRow);
    },
  );

  return {
    async create(workspaceId, input) {
      const id = newId();
      const now = nowIso();
      insertConversation.run(
        id,
        workspaceId,
        input.name,
        JSON.stringify(input.settings),
        input.assistantId,
        formatEtag(0, now),
        now,
        now,
      );
      return toConversation(row(workspaceId, id) as ConversationRow);
    },

    async get(workspaceId, conversationId) {
      const found = row(workspaceId, conversationId);
      return found && toConversation(found);
    },

    async list(workspaceId, page) {
      const { total } = countListed.get(workspaceId) as { total: number };
      const rows = pageListed.all(workspaceId, page.size, page.offset) as ConversationRow[];
      return { items: rows.map(toConversation), total };
    },

    async update(workspaceId, conversationId, changes) {
      const found = row(workspaceId, conversationId);
      if (!found) return undefined;
      if (changes.name === undefined && changes.settings === undefined)
        return toConversation(found);
      updateConversation.run(
        changes.name ?? null,
        changes.settings === undefined ? null : JSON.stringify(changes.settings),
        nowIso(),
        workspaceId,
        conversationId,
      );
      return toConversation(row(workspaceId, conversationId) as ConversationRow);
    },

    async delete(workspaceId, conversationId) {
      return deleteConversation.run(workspaceId, conversationId).changes > 0;
    },

    async setStatus(workspaceId, conversationId, status) {
      return updateStatus.run(status, workspaceId, conversationId).changes > 0;
    },

    async appendMessage(workspaceId, conversationId, message) {
      return append(
        workspaceId,
        conversationId,
        message.role,
        JSON.stringify(message.parts),
        message.status,
      );
    },

    async messagesAfter(workspaceId, conversationId, afterSeq) {
      return messagesAfter(workspaceId, conversationId, afterSeq);
    },

    async messageAt(workspaceId, conversationId, seq) {
      const found = selectMessageAt.get(workspaceId, conversationId, seq) as MessageRow | undefined;
      return found && toMessage(found);
    },

    async resetGenerating() {
      return resetGenerating.run().changes;
    },
  };
}
