import type { Schemas } from "../../../api-types.js";
import type {
  DocumentStatus,
  IngestionRun,
  KnowledgeBase,
  KnowledgeBaseDocument,
} from "../../knowledge-bases.js";

// Rows of the knowledge-base tables and their API shapes, shared by the stores beside this file.

export interface KbRow {
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

export interface DocRow {
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

export interface RunRow {
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
export const openObject = (value: object): OpenObject => value as OpenObject;

// Counters and the status are derived from the documents (and active runs) in the same
// query that reads the KB, so they always agree with what the document lists show.
// Folders are not documents: they count nowhere.
export const KB_SELECT = `
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

export const toKb = (row: KbRow): KnowledgeBase => {
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

export const toDocument = (row: DocRow): DocumentWithFile => ({
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

export const toRun = (row: RunRow): IngestionRun => ({
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

export function docType(name: string): string | null {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : null;
}
