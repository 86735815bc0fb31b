import type { KnowledgeBase, Run, SearchResult } from "@noxus/client";
import type { CallOptions, WorkspaceContext } from "../../context.js";
import { NoxusInputError } from "../../errors.js";
import { Resource } from "../../internal/resource.js";
import type { UploadInput } from "../../internal/uploads.js";
import { checkLimit } from "../../internal/validate.js";
import { KnowledgeBaseDocuments } from "./documents.js";
import { toSourceBody } from "./train-source.js";
import type {
  ListRunsOptions,
  SearchOptions,
  TrainingResult,
  TrainOptions,
  TrainSource,
  UploadOptions,
  UploadResult,
  WaitUntilTrainedOptions,
} from "./types.js";
import { uploadInBatches } from "./upload.js";
import { checkPrefix } from "./validate.js";
import { waitUntilTrained } from "./wait.js";

/**
 * One knowledge base: its data as last seen, and everything done to it — upload, train,
 * wait for training, search, documents.
 *
 * @example
 * const kb = await ws.knowledgeBases.create({ name: "Handbook" });
 * await kb.upload(await fromPaths(["./docs"]), { onProgress: console.log });
 * await kb.waitUntilTrained();
 * const [best] = await kb.search("parental leave");
 */
export class KnowledgeBaseHandle extends Resource {
  readonly id: string;
  readonly documents: KnowledgeBaseDocuments;
  #data: KnowledgeBase;

  constructor(context: WorkspaceContext, data: KnowledgeBase) {
    super(context);
    this.id = data.id;
    this.#data = data;
    this.documents = new KnowledgeBaseDocuments(context, data.id);
  }

  /** The knowledge base as last fetched (`refresh()`, `waitUntilTrained()` update it). */
  get data(): KnowledgeBase {
    return this.#data;
  }

  /** The knowledge base's name, as last seen. */
  get name(): string {
    return this.#data.name;
  }

  /** Fetches the knowledge base again, updates `data`, and returns it. */
  async refresh(options: CallOptions = {}): Promise<KnowledgeBase> {
    const { data } = await this.context.client.GET("/v1/knowledge-bases/{kb_id}", {
      params: { path: { kb_id: this.id } },
      signal: options.signal,
    });
    this.#data = data;
    return data;
  }

  /** Deletes the knowledge base and its documents; resolves with the API's `success`. */
  async delete(options: CallOptions = {}): Promise<boolean> {
    const { data } = await this.context.client.DELETE("/v1/knowledge-bases/{kb_id}", {
      params: { path: { kb_id: this.id } },
      signal: options.signal,
    });
    return data.success;
  }

  /**
   * Uploads files and starts their ingestion (upload_train), in batches with progress.
   * Accepts Files, `{ name, data }` and, from Node, `fromPaths()`/`fromPath()` results.
   */
  upload(
    files: Iterable<UploadInput> | UploadInput,
    options: UploadOptions = {},
  ): Promise<UploadResult> {
    return uploadInBatches(this.context, this.id, files, options);
  }

  /**
   * Ingests files already reachable by URI (generic_train): `{ files: [noxusFile] }` with
   * what `ws.files.upload()` returned, `{ name, uri }` items, or a full `Source` body.
   * Resolves with the ingestion run ids.
   */
  async train(source: TrainSource, options: TrainOptions = {}): Promise<string[]> {
    const body = toSourceBody(source);
    const prefix = checkPrefix(options.prefix);
    const { data } = await this.context.client.POST("/v1/knowledge-bases/{kb_id}/generic_train", {
      params: { path: { kb_id: this.id }, ...(prefix ? { query: { prefix } } : {}) },
      body,
      signal: options.signal,
    });
    return data;
  }

  /** Resolves once no document is training and no ingestion run is pending; see TrainingResult. */
  async waitUntilTrained(options: WaitUntilTrainedOptions = {}): Promise<TrainingResult> {
    const result = await waitUntilTrained(this.context, this.id, this.documents, options);
    this.#data = result.knowledgeBase;
    return result;
  }

  /** The KB's ingestion runs (plain list), e.g. `{ status: "failed" }` or the ids upload returned. */
  async runs(options: ListRunsOptions = {}): Promise<Run[]> {
    const runIds = options.runIds ? [...options.runIds] : undefined;
    if (runIds?.some((id) => typeof id !== "string" || !id || id.includes(","))) {
      throw new NoxusInputError("invalid_id", "runIds must be non-empty run ids without commas.");
    }
    const { data } = await this.context.client.GET("/v1/knowledge-bases/{kb_id}/runs", {
      params: {
        path: { kb_id: this.id },
        query: {
          ...(options.status ? { status: options.status } : {}),
          ...(runIds && runIds.length > 0 ? { run_ids: runIds.join(",") } : {}),
        },
      },
      signal: options.signal,
    });
    return data;
  }

  /**
   * The best-matching chunks, best first; `limit` keeps the best n.
   * @throws NoxusInputError for an empty query or a `limit` that is not a whole number ≥ 0.
   */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResult[]> {
    if (typeof query !== "string" || !query.trim()) {
      throw new NoxusInputError("empty_query", "The search query is empty.", {
        hint: "Pass the words to look for, e.g. kb.search('refund policy').",
      });
    }
    const prefix = checkPrefix(options.prefix);
    const limit = checkLimit(options.limit);
    const { data } = await this.context.client.POST("/v1/knowledge-bases/{kb_id}/search", {
      params: { path: { kb_id: this.id }, query: { query, ...(prefix ? { prefix } : {}) } },
      signal: options.signal,
    });
    return data.slice(0, limit);
  }

  /** Serialises to the knowledge base's data. */
  toJSON(): KnowledgeBase {
    return this.#data;
  }
}
