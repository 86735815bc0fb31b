import { newId, nowIso } from "../../../domain/ids.js";
import type { KnowledgeBaseStore, NewKnowledgeBase } from "../../knowledge-bases.js";
import type { Db } from "../database.js";
import { KB_SELECT, type KbRow, toKb } from "./rows.js";

export type KnowledgeBaseRecords = Pick<KnowledgeBaseStore, "create" | "get" | "list" | "delete">;

/** The knowledge bases themselves; their counters and status come from KB_SELECT. */
export function sqliteKnowledgeBaseRecords(db: Db): KnowledgeBaseRecords {
  const insertKb = db.prepare(
    "INSERT INTO knowledge_bases (id, workspace_id, name, description, document_types, kb_type, version, settings, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'entity', ?, ?, ?, ?)",
  );
  const selectKb = db.prepare(`${KB_SELECT} WHERE k.workspace_id = ? AND k.id = ? GROUP BY k.id`);
  const selectKbs = db.prepare(
    `${KB_SELECT} WHERE k.workspace_id = ? GROUP BY k.id ORDER BY k.created_at, k.rowid LIMIT ? OFFSET ?`,
  );
  const countKbs = db.prepare("SELECT COUNT(*) AS n FROM knowledge_bases WHERE workspace_id = ?");
  const deleteKb = db.prepare("DELETE FROM knowledge_bases WHERE workspace_id = ? AND id = ?");

  return {
    async create(workspaceId, input: NewKnowledgeBase) {
      const id = newId();
      const now = nowIso();
      insertKb.run(
        id,
        workspaceId,
        input.name,
        input.description,
        JSON.stringify(input.documentTypes),
        input.version,
        JSON.stringify(input.settings),
        now,
        now,
      );
      return toKb(selectKb.get(workspaceId, id) as KbRow);
    },

    async get(workspaceId, kbId) {
      const row = selectKb.get(workspaceId, kbId) as KbRow | undefined;
      return row && toKb(row);
    },

    async list(workspaceId, page) {
      return db.transaction(() => {
        const rows = selectKbs.all(workspaceId, page.size, page.offset) as KbRow[];
        const { n } = countKbs.get(workspaceId) as { n: number };
        return { items: rows.map(toKb), total: n };
      })();
    },

    async delete(workspaceId, kbId) {
      return deleteKb.run(workspaceId, kbId).changes > 0;
    },
  };
}
