import type {
  DocumentStatus,
  KBConfigV3,
  KnowledgeBase,
  KnowledgeBaseDocument,
  NoxusFile,
  Schema,
} from "@noxus/client";
import type { CallOptions } from "../../context.js";

/** The settings of a version-v2 knowledge base, as the API takes them (`version: "v2"` in create). */
export type KnowledgeBaseSettingsV2 = Schema<"KnowledgeBaseSettingsV2">;
/** A training source as the API takes it (the body of a generic train request). */
export type TrainSourceBody = Schema<"Source">;

/** The fields of `ws.knowledgeBases.create()` that every settings version shares. */
export interface CreateCommon {
  /** The knowledge base's name, shown in the Noxus app. */
  name: string;
  /** What the knowledge base holds, for people. */
  description?: string;
  /** E.g. `["text"]` or `["pdf", "txt"]` (default none). */
  documentTypes?: string[];
}

/**
 * `ws.knowledgeBases.create()`. Version v3 (the default) fills in the Python SDK's defaults
 * for every setting left out: embedding_model `["vertexai/text-multilingual-embedding-002"]`,
 * chunk size 2048, overlap 512, csv_row_as_document true. v2 settings are sent as given.
 */
export type CreateKnowledgeBaseOptions = CreateCommon &
  (
    | { version?: "v3"; settings?: KBConfigV3 }
    | { version: "v2"; settings?: KnowledgeBaseSettingsV2 }
  );

/** Reported by `upload()` after each batch; `filesDone`/`bytesDone` end at the totals exactly. */
export interface UploadProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

export interface UploadOptions extends CallOptions {
  /** The KB folder the files go in (default `/`). */
  prefix?: string;
  /** Files per request (default 20, at most 1000). Batches go one after another. */
  batchSize?: number;
  /** Called after each batch with the files and bytes sent so far. */
  onProgress?: (progress: UploadProgress) => void;
}

/** What `upload()` did: the ingestion runs it started and the files and bytes it sent. */
export interface UploadResult {
  /** The ingestion runs started, in upload order; see `waitUntilTrained()`. */
  runIds: string[];
  files: number;
  bytes: number;
  /** The documents the upload made, by folder and name: `waitUntilTrained({ upload })` reports theirs. */
  documents: { name: string; prefix: string }[];
}

/** One file to train on, already reachable by URI (`spot://` of `ws.files.upload`, `data:`, http(s)). */
export interface TrainFile {
  name: string;
  uri: string;
  /** Default `application/octet-stream` (the server then goes by the name's extension). */
  contentType?: string;
  size?: number;
  /** Default `document`. */
  sourceType?: string;
}

/**
 * What `train()` accepts: the API's `Source` body, or just the files — `TrainFile`s or the
 * `NoxusFile`s that `ws.files.upload()` returned.
 */
export type TrainSource = TrainSourceBody | { files: ReadonlyArray<TrainFile | NoxusFile> };

export interface TrainOptions extends CallOptions {
  /** The KB folder the documents go in (default `/`). */
  prefix?: string;
}

export interface WaitUntilTrainedOptions extends CallOptions {
  /** Give up after this long with KnowledgeBaseTrainingTimeoutError (default 600 000; Infinity: never). */
  timeoutMs?: number;
  /** Time between checks (default 500 ms). */
  pollIntervalMs?: number;
  /**
   * What `upload()` returned: `failedDocuments` then holds only the documents of that upload
   * (by folder and name), not those that failed in earlier uploads.
   */
  upload?: Pick<UploadResult, "documents">;
}

/** What training ended with: documents that failed are reported here, not thrown. */
export interface TrainingResult {
  knowledgeBase: KnowledgeBase;
  /**
   * Documents whose ingestion ended in `error`, each with its `error` detail: those of the
   * upload given as `upload`, else every failed document of the knowledge base (earlier
   * uploads' included; `knowledgeBase.error_documents` counts them all).
   */
  failedDocuments: KnowledgeBaseDocument[];
}

export interface ListDocumentsOptions extends CallOptions {
  /** One status or several; default every status (the API lists one status per request). */
  status?: DocumentStatus | readonly DocumentStatus[];
  /** Documents per request (1..100, default 100). */
  pageSize?: number;
}

export interface CreateDocumentOptions extends CallOptions {
  /** Default `/`. */
  prefix?: string;
  /** Default `uploaded`; `training` is reserved to ingestion runs. */
  status?: DocumentStatus;
}

export interface UpdateDocumentOptions extends CallOptions {
  prefix?: string;
  status?: DocumentStatus;
}

export interface SearchOptions extends CallOptions {
  /** Only documents in this KB folder (default `/`: all). */
  prefix?: string;
  /**
   * At most this many results, the best ones (default: all the API returns). The API has no
   * result limit of its own, so the SDK cuts the ranked list it answers with.
   */
  limit?: number;
}

export interface ListRunsOptions extends CallOptions {
  status?: Schema<"RunStatus">;
  runIds?: readonly string[];
}
