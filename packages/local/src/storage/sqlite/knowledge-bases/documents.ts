import { newId, nowIso } from "../../../domain/ids.js";
import type { KnowledgeBaseStore } from "../../knowledge-bases.js";
import type { Db } from "../database.js";
import { type DocRow, toDocument } from "./rows.js";

export type DocumentRecords = Pick<
  KnowledgeBaseStore,
  "createDocument" | "getDocument" | "updateDocument" | "deleteDocument" | "listDocuments"
>;

/** The documents of a knowledge base, as the document endpoints see them. */
export function sqliteDocumentRecords(db: Db): DocumentRecords {
  const kbExists = db.prepare("SELECT 1 FROM knowledge_bases WHERE workspace_id = ? AND id = ?");
  const insertDoc = documentInserter(db);
  const selectDoc = db.prepare(
    "SELECT * FROM kb_documents WHERE workspace_id = ? AND kb_id = ? AND id = ?",
  );
  const selectDocs = db.prepare(
    "SELECT * FROM kb_documents WHERE workspace_id = ? AND kb_id = ? AND status = ? ORDER BY created_at, rowid LIMIT ? OFFSET ?",
  );
  const countDocs = db.prepare(
    "SELECT COUNT(*) AS n FROM kb_documents WHERE workspace_id = ? AND kb_id = ? AND status = ?",
  );
  const updateDoc = db.prepare(
    "UPDATE kb_documents SET prefix = ?, status = ?, updated_at = ? WHERE id = ?",
  );
  const deleteDoc = db.prepare("DELETE FROM kb_documents WHERE id = ?");
  const failActiveRuns = db.prepare(
    "UPDATE kb_runs SET status = 'failed', progress = 100, output = ?, finished_at = ? WHERE document_id = ? AND status IN ('queued', 'running')",
  );

  const getDocRow = (workspaceId: string, kbId: string, docId: string) =>
    selectDoc.get(workspaceId, kbId, docId) as DocRow | undefined;

  return {
    async createDocument(workspaceId, kbId, input) {
      return db.transaction(() => {
        if (!kbExists.get(workspaceId, kbId)) return undefined;
        const now = nowIso();
        const row: DocRow = {
          id: newId(),
          workspace_id: workspaceId,
          kb_id: kbId,
          file_id: null,
          name: input.name,
          prefix: input.prefix,
          status: input.status,
          size: 0,
          source_type: null,
          content_type: null,
          source_uri: null,
          error: null,
          created_at: now,
          updated_at: now,
        };
        insertDoc(row);
        return toDocument(row);
      })();
    },

    async getDocument(workspaceId, kbId, docId) {
      const row = getDocRow(workspaceId, kbId, docId);
      return row && toDocument(row);
    },

    async updateDocument(workspaceId, kbId, docId, patch) {
      return db.transaction(() => {
        const row = getDocRow(workspaceId, kbId, docId);
        if (!row) return undefined;
        updateDoc.run(patch.prefix ?? row.prefix, patch.status ?? row.status, nowIso(), row.id);
        return toDocument(getDocRow(workspaceId, kbId, docId) as DocRow);
      })();
    },

    async deleteDocument(workspaceId, kbId, docId) {
      return db.transaction(() => {
        const row = getDocRow(workspaceId, kbId, docId);
        if (!row) return undefined;
        // Its runs end here, so that none stays `running` (and the KB `training`) forever.
        failActiveRuns.run(
          JSON.stringify({ error: "The document was deleted." }),
          nowIso(),
          row.id,
        );
        deleteDoc.run(row.id);
        return toDocument(row);
      })();
    },

    async listDocuments(workspaceId, kbId, status, page) {
      return db.transaction(() => {
        const rows = selectDocs.all(workspaceId, kbId, status, page.size, page.offset) as DocRow[];
        const { n } = countDocs.get(workspaceId, kbId, status) as { n: number };
        return { items: rows.map(toDocument), total: n };
      })();
    },
  };
}

/** One INSERT of a whole document row, shared with ingestion (which creates documents too). */
export function documentInserter(db: Db): (row: DocRow) => void {
  const insertDoc = db.prepare(
    "INSERT INTO kb_documents (id, workspace_id, kb_id, file_id, name, prefix, status, size, source_type, content_type, source_uri, error, created_at, updated_at) VALUES (@id, @workspace_id, @kb_id, @file_id, @name, @prefix, @status, @size, @source_type, @content_type, @source_uri, @error, @created_at, @updated_at)",
  );
  return (row) => {
    insertDoc.run(row);
  };
}
