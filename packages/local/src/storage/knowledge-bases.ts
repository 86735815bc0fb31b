import type { Schemas } from "../api-types.js";
import type { PageRequest } from "../http/pagination.js";
import type { NewFile } from "./files.js";

export type KnowledgeBase = Schemas["KnowledgeBase"];
export type KnowledgeBaseDocument = Schemas["KnowledgeBaseDocument"];
export type DocumentStatus = Schemas["DocumentStatus"];
export type IngestionRun = Schemas["Run"];

export interface NewKnowledgeBase {
  name: string;
  description: string;
  documentTypes: string[];
  version: "v2" | "v3";
  settings: Schemas["KBConfigV3"] | Schemas["KnowledgeBaseSettingsV2"];
}

export interface NewDocument {
  name: string;
  prefix: string;
  status: DocumentStatus;
}

/**
 * One document to ingest: its bytes come from a file (an existing one, or `newFile` stored
 * in the same transaction) or, for http(s) sources, from `sourceUri` when the run works.
 */
export interface IngestionItem {
  name: string;
  prefix: string;
  contentType: string;
  size: number;
  sourceType: string;
  sourceUri: string | null;
  fileId?: string;
  newFile?: NewFile;
}

/** What the ingestion worker needs to process one run (the run is now `running`). */
export interface IngestionJob {
  runId: string;
  workspaceId: string;
  kbId: string;
  documentId: string;
  name: string;
  contentType: string;
  fileId: string | null;
  sourceUri: string | null;
  settings: NewKnowledgeBase["settings"];
  version: "v2" | "v3";
}

export interface SearchQuery {
  /** An FTS5 MATCH expression, already sanitised. */
  match: string;
  /** A normalised folder: `/` or `/a/b` (no trailing slash). */
  prefix: string;
  limit: number;
}

/** Knowledge bases, their documents, ingestion runs and full-text search. */
export interface KnowledgeBaseStore {
  create(workspaceId: string, input: NewKnowledgeBase): Promise<KnowledgeBase>;
  get(workspaceId: string, kbId: string): Promise<KnowledgeBase | undefined>;
  list(workspaceId: string, page: PageRequest): Promise<{ items: KnowledgeBase[]; total: number }>;
  /** Deletes the KB with its documents, chunks and runs. */
  delete(workspaceId: string, kbId: string): Promise<boolean>;

  createDocument(
    workspaceId: string,
    kbId: string,
    input: NewDocument,
  ): Promise<KnowledgeBaseDocument | undefined>;
  getDocument(
    workspaceId: string,
    kbId: string,
    docId: string,
  ): Promise<KnowledgeBaseDocument | undefined>;
  updateDocument(
    workspaceId: string,
    kbId: string,
    docId: string,
    patch: { prefix?: string; status?: DocumentStatus },
  ): Promise<KnowledgeBaseDocument | undefined>;
  deleteDocument(
    workspaceId: string,
    kbId: string,
    docId: string,
  ): Promise<KnowledgeBaseDocument | undefined>;
  listDocuments(
    workspaceId: string,
    kbId: string,
    status: DocumentStatus,
    page: PageRequest,
  ): Promise<{ items: KnowledgeBaseDocument[]; total: number }>;

  /**
   * Creates files, documents (`uploaded`) and queued runs atomically; returns the run ids,
   * or undefined (and writes nothing) when the KB does not exist.
   */
  startIngestion(
    workspaceId: string,
    kbId: string,
    items: IngestionItem[],
  ): Promise<string[] | undefined>;
  listRuns(
    workspaceId: string,
    kbId: string,
    filter: { status?: string; runIds?: string[] },
  ): Promise<IngestionRun[]>;
  search(workspaceId: string, kbId: string, query: SearchQuery): Promise<Schemas["SearchResult"][]>;

  /** Moves a queued run to `running` and its document to `training`; undefined if gone. */
  claimRun(runId: string): Promise<IngestionJob | undefined>;
  setRunProgress(runId: string, progress: number): Promise<void>;
  /** Stores the chunks, marks the document `trained` and the run `completed`. */
  completeRun(runId: string, chunks: string[], size: number): Promise<void>;
  /** Marks the document `error` (with `error`) and the run `failed`. */
  failRun(runId: string, error: { message: string; type: string }): Promise<void>;
  /** After a restart: runs left queued or running go back to the queue; returns their ids. */
  requeueInterrupted(): Promise<string[]>;
}
