import { nowIso } from "../../../domain/ids.js";
import type { IngestionJob, KnowledgeBaseStore, NewKnowledgeBase } from "../../knowledge-bases.js";
import type { Db } from "../database.js";
import type { RunRow } from "./rows.js";

export type JobQueueRecords = Pick<
  KnowledgeBaseStore,
  "claimRun" | "setRunProgress" | "completeRun" | "failRun" | "requeueInterrupted"
>;

/**
 * The ingestion worker's side: claim a queued run, report progress, store its chunks or its
 * failure, and after a restart put interrupted runs back in the queue. Every step is one
 * transaction, so a crash leaves each run either before or after a step, never inside it.
 */
export function sqliteIngestionJobQueue(db: Db): JobQueueRecords {
  const selectJob = db.prepare(`SELECT r.id AS run_id, r.status AS run_status, r.document_id,
      d.workspace_id, d.kb_id, d.name, d.content_type, d.file_id, d.source_uri, k.settings, k.version
    FROM kb_runs r
    LEFT JOIN kb_documents d ON d.id = r.document_id
    LEFT JOIN knowledge_bases k ON k.id = d.kb_id
    WHERE r.id = ?`);
  const selectRun = db.prepare("SELECT * FROM kb_runs WHERE id = ?");
  const markRun = db.prepare(
    "UPDATE kb_runs SET status = ?, progress = ?, output = ?, finished_at = ? WHERE id = ?",
  );
  const markRunProgress = db.prepare(
    "UPDATE kb_runs SET progress = ? WHERE id = ? AND status = 'running'",
  );
  const markDoc = db.prepare(
    "UPDATE kb_documents SET status = ?, error = ?, size = COALESCE(?, size), updated_at = ? WHERE id = ?",
  );
  const selectDocKb = db.prepare("SELECT kb_id FROM kb_documents WHERE id = ?");
  const deleteChunks = db.prepare("DELETE FROM kb_chunks WHERE document_id = ?");
  const insertChunk = db.prepare(
    "INSERT INTO kb_chunks (kb_id, document_id, position, content) VALUES (?, ?, ?, ?)",
  );

  return {
    async claimRun(runId) {
      return db.transaction((): IngestionJob | undefined => {
        const row = selectJob.get(runId) as
          | {
              run_id: string;
              run_status: string;
              document_id: string | null;
              workspace_id: string | null;
              kb_id: string | null;
              name: string;
              content_type: string | null;
              file_id: string | null;
              source_uri: string | null;
              settings: string;
              version: "v2" | "v3";
            }
          | undefined;
        if (row?.run_status !== "queued") return undefined;
        const now = nowIso();
        if (!row.document_id || !row.workspace_id || !row.kb_id) {
          markRun.run(
            "failed",
            100,
            JSON.stringify({ error: "The document was deleted." }),
            now,
            runId,
          );
          return undefined;
        }
        markRun.run("running", 10, null, null, runId);
        markDoc.run("training", null, null, now, row.document_id);
        return {
          runId,
          workspaceId: row.workspace_id,
          kbId: row.kb_id,
          documentId: row.document_id,
          name: row.name,
          contentType: row.content_type ?? "application/octet-stream",
          fileId: row.file_id,
          sourceUri: row.source_uri,
          settings: JSON.parse(row.settings) as NewKnowledgeBase["settings"],
          version: row.version,
        };
      })();
    },

    async setRunProgress(runId, progress) {
      markRunProgress.run(progress, runId);
    },

    async completeRun(runId, chunks, size) {
      db.transaction(() => {
        const run = selectRun.get(runId) as RunRow | undefined;
        // The KB or the document may have been deleted while the run worked.
        if (run?.status !== "running" || !run.document_id) return;
        const document = selectDocKb.get(run.document_id) as { kb_id: string } | undefined;
        if (!document) return;
        deleteChunks.run(run.document_id);
        chunks.forEach((chunk, position) => {
          insertChunk.run(document.kb_id, run.document_id, position, chunk);
        });
        const now = nowIso();
        markDoc.run("trained", null, size, now, run.document_id);
        const output = { document_id: run.document_id, chunks: chunks.length };
        markRun.run("completed", 100, JSON.stringify(output), now, runId);
      })();
    },

    async failRun(runId, error) {
      db.transaction(() => {
        const run = selectRun.get(runId) as RunRow | undefined;
        if (!run || (run.status !== "running" && run.status !== "queued")) return;
        const now = nowIso();
        if (run.document_id)
          markDoc.run("error", JSON.stringify(error), null, now, run.document_id);
        markRun.run("failed", 100, JSON.stringify({ error: error.message }), now, runId);
      })();
    },

    async requeueInterrupted() {
      return db.transaction(() => {
        db.prepare(
          "UPDATE kb_documents SET status = 'uploaded' WHERE id IN (SELECT document_id FROM kb_runs WHERE status = 'running')",
        ).run();
        db.prepare(
          "UPDATE kb_runs SET status = 'queued', progress = 0 WHERE status = 'running'",
        ).run();
        const rows = db
          .prepare("SELECT id FROM kb_runs WHERE status = 'queued' ORDER BY created_at, rowid")
          .all() as { id: string }[];
        return rows.map((row) => row.id);
      })();
    },
  };
}
