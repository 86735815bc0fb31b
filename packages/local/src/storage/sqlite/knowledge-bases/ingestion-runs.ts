import { newId, nowIso } from "../../../domain/ids.js";
import type { KnowledgeBaseStore } from "../../knowledge-bases.js";
import type { Db } from "../database.js";
import { fileInserter } from "../files.js";
import { documentInserter } from "./documents.js";
import { type RunRow, toRun } from "./rows.js";

export type IngestionRunRecords = Pick<KnowledgeBaseStore, "startIngestion" | "listRuns">;

/** Starting ingestion (files, documents and queued runs in one transaction) and listing its runs. */
export function sqliteIngestionRunRecords(db: Db): IngestionRunRecords {
  const insertFile = fileInserter(db);
  const insertDoc = documentInserter(db);
  const kbExists = db.prepare("SELECT 1 FROM knowledge_bases WHERE workspace_id = ? AND id = ?");
  const insertRun = db.prepare(
    "INSERT INTO kb_runs (id, workspace_id, kb_id, document_id, status, progress, input, created_at) VALUES (?, ?, ?, ?, 'queued', 0, ?, ?)",
  );
  const selectRuns = db.prepare(`SELECT * FROM kb_runs
    WHERE workspace_id = ? AND kb_id = ? AND (@status IS NULL OR status = @status)
      AND (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids)))
    ORDER BY created_at, rowid`);

  return {
    async startIngestion(workspaceId, kbId, items) {
      return db.transaction(() => {
        if (!kbExists.get(workspaceId, kbId)) return undefined;
        const runIds: string[] = [];
        for (const item of items) {
          const now = nowIso();
          const fileId =
            item.fileId ?? (item.newFile ? insertFile(workspaceId, item.newFile).id : null);
          const documentId = newId();
          insertDoc({
            id: documentId,
            workspace_id: workspaceId,
            kb_id: kbId,
            file_id: fileId,
            name: item.name,
            prefix: item.prefix,
            status: "uploaded",
            size: item.size,
            source_type: item.sourceType,
            content_type: item.contentType,
            source_uri: item.sourceUri,
            error: null,
            created_at: now,
            updated_at: now,
          });
          const runId = newId();
          const input = {
            document_id: documentId,
            document_name: item.name,
            prefix: item.prefix,
            file_id: fileId,
            source_uri: item.sourceUri,
          };
          insertRun.run(runId, workspaceId, kbId, documentId, JSON.stringify(input), now);
          runIds.push(runId);
        }
        return runIds;
      })();
    },

    async listRuns(workspaceId, kbId, filter) {
      const rows = selectRuns.all(workspaceId, kbId, {
        status: filter.status ?? null,
        ids: filter.runIds ? JSON.stringify(filter.runIds) : null,
      }) as RunRow[];
      return rows.map(toRun);
    },
  };
}
