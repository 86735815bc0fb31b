import type { Schemas } from "../../api-types.js";
import { newId, nowIso } from "../../domain/ids.js";
import type {
  DocumentStatus,
  IngestionJob,
  IngestionRun,
  KnowledgeBase,
  KnowledgeBaseDocument,
  KnowledgeBaseStore,
  NewKnowledgeBase,
} from "../knowledge-bases.js";
import type { Db } from "./database.js";
import { fileInserter, fileUri } from "./files.js";

interface KbRow {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  document_types: string;
  kb_type: string;
  version: "v2" | "v3";
  settings: string;
  created_at: string;
  updated_at: string;
  total: number;
  training: number;
  trained: number;
  errored: number;
  uploaded: number;
  total_size: number;
  active_runs: number;
  source_types: string | null;
  training_source_types: string | null;
}

interface DocRow {
  id: string;
  workspace_id: string;
  kb_id: string;
  file_id: string | null;
  name: string;
  prefix: string;
  status: DocumentStatus;
  size: number;
  source_type: string | null;
  content_type: string | null;
  source_uri: string | null;
  error: string | null;
  created_at: string;
  updated_at: string;
}

interface RunRow {
  id: string;
  workspace_id: string;
  kb_id: string;
  document_id: string | null;
  status: Schemas["RunStatus"];
  progress: number;
  input: string;
  output: string | null;
  created_at: string;
  finished_at: string | null;
}

// The spec's open objects (`type: object`, no properties) generate as Record<string, never>.
type OpenObject = KnowledgeBase["source_types"];
const openObject = (value: object): OpenObject => value as OpenObject;

// Counters and the status are derived from the documents (and active runs) in the same
// query that reads the KB, so they always agree with what the document lists show.
// Folders are not documents: they count nowhere.
const KB_SELECT = `
SELECT k.*,
  COUNT(d.id) AS total,
  COALESCE(SUM(d.status = 'training'), 0) AS training,
  COALESCE(SUM(d.status = 'trained'), 0) AS trained,
  COALESCE(SUM(d.status = 'error'), 0) AS errored,
  COALESCE(SUM(d.status = 'uploaded'), 0) AS uploaded,
  COALESCE(SUM(d.size), 0) AS total_size,
  MAX(k.updated_at, COALESCE(MAX(d.updated_at), k.updated_at)) AS updated_at,
  (SELECT COUNT(*) FROM kb_runs r
    WHERE r.kb_id = k.id AND r.status IN ('queued', 'running')) AS active_runs,
  (SELECT json_group_object(source_type, n) FROM (
    SELECT s.source_type, COUNT(*) AS n FROM kb_documents s
    WHERE s.kb_id = k.id AND s.source_type IS NOT NULL AND s.status <> 'folder'
    GROUP BY s.source_type)) AS source_types,
  (SELECT json_group_array(DISTINCT t.source_type) FROM kb_documents t
    WHERE t.kb_id = k.id AND t.status = 'training' AND t.source_type IS NOT NULL
  ) AS training_source_types
FROM knowledge_bases k
LEFT JOIN kb_documents d ON d.kb_id = k.id AND d.status <> 'folder'`;

/**
 * The settled status is `trained` (at least one document trained, nothing in flight);
 * `training` while any run is queued or running; `error` when every ingested document failed;
 * `created` before anything was ingested.
 */
function kbStatus(row: KbRow): string {
  if (row.active_runs > 0 || row.training > 0) return "training";
  if (row.trained > 0) return "trained";
  if (row.errored > 0) return "error";
  return "created";
}

const toKb = (row: KbRow): KnowledgeBase => {
  const settings = JSON.parse(row.settings) as KnowledgeBase["settings_"];
  const status = kbStatus(row);
  return {
    id: row.id,
    group_id: row.workspace_id,
    name: row.name,
    status,
    description: row.description,
    document_types: JSON.parse(row.document_types) as string[],
    kb_type: row.kb_type,
    settings_: settings,
    version: row.version,
    created_at: row.created_at,
    updated_at: row.updated_at,
    size: row.total_size,
    num_docs: row.total,
    total_documents: row.total,
    training_documents: row.training,
    trained_documents: row.trained,
    error_documents: row.errored,
    uploaded_documents: row.uploaded,
    source_types: openObject(JSON.parse(row.source_types ?? "{}")),
    training_source_types: JSON.parse(row.training_source_types ?? "[]") as string[],
    retrieval:
      row.version === "v2"
        ? openObject((settings as Schemas["KnowledgeBaseSettingsV2"]).retrieval ?? {})
        : null,
    error:
      status === "error"
        ? openObject({
            message: `All ${row.errored} ingested document(s) failed; see each document's error.`,
          })
        : null,
    embeddings: null,
    documents: [],
  };
};

export type DocumentWithFile = KnowledgeBaseDocument & { file_id: string | null };

const toDocument = (row: DocRow): DocumentWithFile => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  status: row.status,
  size: row.size,
  source_type: row.source_type,
  created_at: row.created_at,
  updated_at: row.updated_at,
  error: row.error === null ? null : openObject(JSON.parse(row.error)),
  file_id: row.file_id,
});

const toRun = (row: RunRow): IngestionRun => ({
  id: row.id,
  group_id: row.workspace_id,
  // Ingestion runs belong to no workflow; the KB id stands in for the required field.
  workflow_id: row.kb_id,
  workflow_version_id: null,
  input: JSON.parse(row.input) as IngestionRun["input"],
  node_ids: null,
  single_node_id: null,
  status: row.status,
  progress: row.progress,
  progress_details: null,
  created_at: row.created_at,
  finished_at: row.finished_at,
  output: row.output === null ? null : (JSON.parse(row.output) as IngestionRun["output"]),
});

function docType(name: string): string | null {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : null;
}

export function sqliteKnowledgeBaseStore(db: Db): KnowledgeBaseStore {
  const insertFile = fileInserter(db);
  const insertKb = db.prepare(
    "INSERT INTO knowledge_bases (id, workspace_id, name, description, document_types, kb_type, version, settings, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'entity', ?, ?, ?, ?)",
  );
  const selectKb = db.prepare(`${KB_SELECT} WHERE k.workspace_id = ? AND k.id = ? GROUP BY k.id`);
  const selectKbs = db.prepare(
    `${KB_SELECT} WHERE k.workspace_id = ? GROUP BY k.id ORDER BY k.created_at, k.rowid LIMIT ? OFFSET ?`,
  );
  const countKbs = db.prepare("SELECT COUNT(*) AS n FROM knowledge_bases WHERE workspace_id = ?");
  const kbExists = db.prepare("SELECT 1 FROM knowledge_bases WHERE workspace_id = ? AND id = ?");
  const deleteKb = db.prepare("DELETE FROM knowledge_bases WHERE workspace_id = ? AND id = ?");

  const insertDoc = db.prepare(
    "INSERT INTO kb_documents (id, workspace_id, kb_id, file_id, name, prefix, status, size, source_type, content_type, source_uri, error, created_at, updated_at) VALUES (@id, @workspace_id, @kb_id, @file_id, @name, @prefix, @status, @size, @source_type, @content_type, @source_uri, @error, @created_at, @updated_at)",
  );
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

  const insertRun = db.prepare(
    "INSERT INTO kb_runs (id, workspace_id, kb_id, document_id, status, progress, input, created_at) VALUES (?, ?, ?, ?, 'queued', 0, ?, ?)",
  );
  const selectRuns = db.prepare(`SELECT * FROM kb_runs
    WHERE workspace_id = ? AND kb_id = ? AND (@status IS NULL OR status = @status)
      AND (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids)))
    ORDER BY created_at, rowid`);
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
  const searchChunks = db.prepare(`SELECT c.content, -bm25(kb_chunks_fts) AS score, d.*
    FROM kb_chunks_fts
    JOIN kb_chunks c ON c.id = kb_chunks_fts.rowid
    JOIN kb_documents d ON d.id = c.document_id
    WHERE kb_chunks_fts MATCH @match AND c.kb_id = @kb AND d.workspace_id = @ws
      AND d.status = 'trained'
      AND (@prefix = '/' OR d.prefix = @prefix OR substr(d.prefix, 1, length(@prefix) + 1) = @prefix || '/')
    ORDER BY bm25(kb_chunks_fts)
    LIMIT @limit`);

  const getDocRow = (workspaceId: string, kbId: string, docId: string) =>
    selectDoc.get(workspaceId, kbId, docId) as DocRow | undefined;

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
        insertDoc.run(row);
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

    async startIngestion(workspaceId, kbId, items) {
      return db.transaction(() => {
        if (!kbExists.get(workspaceId, kbId)) return undefined;
        const runIds: string[] = [];
        for (const item of items) {
          const now = nowIso();
          const fileId =
            item.fileId ?? (item.newFile ? insertFile(workspaceId, item.newFile).id : null);
          const documentId = newId();
          insertDoc.run({
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

    async search(workspaceId, kbId, query) {
      const rows = searchChunks.all({
        match: query.match,
        kb: kbId,
        ws: workspaceId,
        prefix: query.prefix,
        limit: query.limit,
      }) as (DocRow & { content: string; score: number })[];
      return rows.map((row) => ({
        score: row.score,
        content: row.content,
        source: row.source_uri ?? (row.file_id ? fileUri(row.file_id, row.name) : null),
        document_source: {
          id: row.id,
          created_at: row.created_at,
          updated_at: row.updated_at,
          group_id: row.workspace_id,
          kb_id: row.kb_id,
          name: row.name,
          file_id: row.file_id,
          status: row.status,
          short_summary: null,
          summary: null,
          doc_type: docType(row.name),
          doc_metadata: {},
          prefix: row.prefix,
          m_source_type: row.source_type ?? "document",
          m_source_metadata: null,
        },
      }));
    },

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
