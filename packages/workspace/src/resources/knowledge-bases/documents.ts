import type { DocumentStatus, KnowledgeBaseDocument } from "@noxus/client";
import type { CallOptions, WorkspaceContext } from "../../context.js";
import { NoxusInputError } from "../../errors.js";
import { Resource } from "../../internal/resource.js";
import { requireId } from "../../internal/validate.js";
import { concatPages, type PageFetcher, type Paginated, pagesOf } from "../../pagination.js";
import type {
  CreateDocumentOptions,
  ListDocumentsOptions,
  UpdateDocumentOptions,
} from "./types.js";
import { checkPrefix } from "./validate.js";

/** Every status, in lifecycle order: a document moving on while the list is walked is still seen once. */
export const DOCUMENT_STATUSES: readonly DocumentStatus[] = [
  "uploaded",
  "training",
  "trained",
  "error",
  "folder",
];

function checkStatus(status: unknown): DocumentStatus {
  if (!DOCUMENT_STATUSES.includes(status as DocumentStatus)) {
    throw new NoxusInputError(
      "invalid_status",
      `Unknown document status ${JSON.stringify(status)}; use one of ${DOCUMENT_STATUSES.join(", ")}.`,
    );
  }
  return status as DocumentStatus;
}

/** The documents of one knowledge base: `kb.documents`. */
export class KnowledgeBaseDocuments extends Resource {
  constructor(
    context: WorkspaceContext,
    private readonly kbId: string,
  ) {
    super(context);
  }

  /**
   * Every document with the given status(es), across pages. The API lists one status per
   * request, so without `status` this walks each status in turn (uploaded, training,
   * trained, error, folder); `.pages()` then yields each status's pages.
   */
  list(options: ListDocumentsOptions = {}): Paginated<KnowledgeBaseDocument> {
    const given = options.status ?? DOCUMENT_STATUSES;
    const statuses = (typeof given === "string" ? [given] : [...given]).map(checkStatus);
    if (statuses.length === 0) {
      throw new NoxusInputError(
        "invalid_status",
        "status is an empty list; leave it out to list every status.",
      );
    }
    const fetchers = statuses.map(
      (status): PageFetcher<KnowledgeBaseDocument> =>
        async ({ page, size, signal }) => {
          const { data } = await this.context.client.GET(
            "/v1/knowledge-bases/{kb_id}/documents/{status}",
            {
              // `size` is what this kit's spec reads; `page_size` is what the Python SDK sends
              // here and what the hosted API may read for this endpoint (reference §1.5).
              params: {
                path: { kb_id: this.kbId, status },
                query: { page, size, page_size: size },
              },
              signal,
            },
          );
          return data;
        },
    );
    return this.paginate(concatPages(fetchers.map((fetchPage) => pagesOf(fetchPage))), options);
  }

  /**
   * The document with this id in this knowledge base, with its status.
   * @throws NoxusNotFoundError when there is none.
   */
  async get(documentId: string, options: CallOptions = {}): Promise<KnowledgeBaseDocument> {
    const { data } = await this.context.client.GET(
      "/v1/knowledge-bases/{kb_id}/document/{doc_id}",
      {
        params: { path: { kb_id: this.kbId, doc_id: requireId(documentId, "document id") } },
        signal: options.signal,
      },
    );
    return data;
  }

  /** A document record without content (status `uploaded`); `upload()` is how content gets in. */
  async create(name: string, options: CreateDocumentOptions = {}): Promise<KnowledgeBaseDocument> {
    if (typeof name !== "string" || !name.trim()) {
      throw new NoxusInputError("invalid_document", "A document needs a non-blank name.");
    }
    const prefix = checkPrefix(options.prefix);
    const { data } = await this.context.client.POST("/v1/knowledge-bases/{kb_id}/document", {
      params: { path: { kb_id: this.kbId } },
      body: {
        name,
        ...(prefix ? { prefix } : {}),
        ...(options.status ? { status: checkStatus(options.status) } : {}),
      },
      signal: options.signal,
    });
    return data;
  }

  /** Moves a document to another folder (`prefix`) and/or sets its status. */
  async update(documentId: string, changes: UpdateDocumentOptions): Promise<KnowledgeBaseDocument> {
    const prefix = checkPrefix(changes.prefix);
    const status = changes.status === undefined ? undefined : checkStatus(changes.status);
    if (prefix === undefined && status === undefined) {
      throw new NoxusInputError(
        "nothing_to_update",
        "Nothing to update: pass a prefix and/or a status.",
      );
    }
    const { data } = await this.context.client.PATCH(
      "/v1/knowledge-bases/{kb_id}/document/{doc_id}",
      {
        params: { path: { kb_id: this.kbId, doc_id: requireId(documentId, "document id") } },
        // Left-out fields are not sent, as the Python SDK does (nulls dropped).
        body: { ...(prefix !== undefined ? { prefix } : {}), ...(status ? { status } : {}) },
        signal: changes.signal,
      },
    );
    return data;
  }

  /** Deletes a document; resolves with the deleted document, as the API answers. */
  async delete(documentId: string, options: CallOptions = {}): Promise<KnowledgeBaseDocument> {
    const { data } = await this.context.client.DELETE(
      "/v1/knowledge-bases/{kb_id}/document/{doc_id}",
      {
        params: { path: { kb_id: this.kbId, doc_id: requireId(documentId, "document id") } },
        signal: options.signal,
      },
    );
    return data;
  }
}
