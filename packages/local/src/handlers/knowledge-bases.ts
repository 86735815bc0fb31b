import type { ResourceGroupFactory } from "../http/context.js";
import { invalid, invalidMany, notFound } from "../http/errors.js";
import { readPage, toPage } from "../http/pagination.js";
import { readUploadedFiles } from "../ingestion/multipart.js";
import { normalisePrefix, toMatchExpression } from "../ingestion/query.js";
import { resolveSettings } from "../ingestion/settings.js";
import { resolveSource } from "../ingestion/train-source.js";
import { IngestionWorker } from "../ingestion/worker.js";

/** Results per search; the API exposes no top_k (reference §5.5). */
const SEARCH_LIMIT = 10;

// The reason phrase stays in the message: the Python SDK's tests match on "Not Found".
const kbNotFound = (id: string) => notFound(`Not Found: no knowledge base ${id} in this workspace`);
const docNotFound = (id: string) => notFound(`Not Found: no document ${id} in this knowledge base`);

const TRAINING_ONLY_BY_RUNS =
  "A document is `training` only while an ingestion run works on it; use upload_train or generic_train to ingest it.";

/**
 * Knowledge bases, their documents, ingestion (upload_train, generic_train) and search
 * (reference §2.5, §5). Ingestion runs in the background (../ingestion/worker.ts).
 */
export const knowledgeBasesGroup: ResourceGroupFactory = ({ storage, config }) => {
  const { knowledgeBases: store, files } = storage;
  const worker = new IngestionWorker({
    knowledgeBases: store,
    files,
    maxFileBytes: config.maxFileBytes,
    minTrainingMs: config.minTrainingMs,
  });

  async function requireKb(workspaceId: string, kbId: string) {
    const kb = await store.get(workspaceId, kbId);
    if (!kb) throw kbNotFound(kbId);
    return kb;
  }

  return {
    start: () => worker.start(),
    stop: () => worker.stop(),
    handlers: {
      async listKnowledgeBases(request) {
        const page = readPage(request.query);
        const { items, total } = await store.list(request.auth.workspaceId, page);
        return toPage(items, total, page);
      },

      async createKnowledgeBase(request) {
        const body = request.body;
        const name = body.name.trim();
        if (!name) throw invalid(["body", "name"], "The name must not be blank.");
        const version = body.version ?? "v3";
        const { settings, issues } = resolveSettings(version, body.settings_);
        if (issues.length > 0) throw invalidMany(issues);
        return store.create(request.auth.workspaceId, {
          name,
          description: body.description ?? "",
          documentTypes: body.document_types ?? [],
          version,
          settings,
        });
      },

      async getKnowledgeBase(request) {
        const { kb_id } = request.params;
        return requireKb(request.auth.workspaceId, kb_id);
      },

      async deleteKnowledgeBase(request) {
        const { kb_id } = request.params;
        if (!(await store.delete(request.auth.workspaceId, kb_id))) throw kbNotFound(kb_id);
        return { success: true };
      },

      async listKnowledgeBaseRuns(request) {
        const { kb_id } = request.params;
        const query = request.query;
        await requireKb(request.auth.workspaceId, kb_id);
        // Comma-separated (the reference's best guess), also tolerating spaces.
        const runIds = query.run_ids
          ?.split(",")
          .map((id) => id.trim())
          .filter(Boolean);
        return store.listRuns(request.auth.workspaceId, kb_id, {
          ...(query.status ? { status: query.status } : {}),
          ...(runIds ? { runIds } : {}),
        });
      },

      async searchKnowledgeBase(request) {
        const { kb_id } = request.params;
        const query = request.query;
        await requireKb(request.auth.workspaceId, kb_id);
        const match = toMatchExpression(query.query);
        if (!match) return [];
        return store.search(request.auth.workspaceId, kb_id, {
          match,
          prefix: normalisePrefix(query.prefix),
          limit: SEARCH_LIMIT,
        });
      },

      async createDocument(request) {
        const { kb_id } = request.params;
        const body = request.body;
        await requireKb(request.auth.workspaceId, kb_id);
        const name = body.name.trim();
        if (!name) throw invalid(["body", "name"], "The name must not be blank.");
        if (body.status === "training") throw invalid(["body", "status"], TRAINING_ONLY_BY_RUNS);
        const document = await store.createDocument(request.auth.workspaceId, kb_id, {
          name,
          prefix: normalisePrefix(body.prefix),
          status: body.status ?? "uploaded",
        });
        if (!document) throw kbNotFound(kb_id);
        return document;
      },

      async getDocument(request) {
        const { kb_id, doc_id } = request.params;
        await requireKb(request.auth.workspaceId, kb_id);
        const document = await store.getDocument(request.auth.workspaceId, kb_id, doc_id);
        if (!document) throw docNotFound(doc_id);
        return document;
      },

      async updateDocument(request) {
        const { kb_id, doc_id } = request.params;
        const body = request.body;
        const workspaceId = request.auth.workspaceId;
        await requireKb(workspaceId, kb_id);
        const current = await store.getDocument(workspaceId, kb_id, doc_id);
        if (!current) throw docNotFound(doc_id);
        if (body.status === "training") throw invalid(["body", "status"], TRAINING_ONLY_BY_RUNS);
        if (body.status && current.status === "training") {
          throw invalid(
            ["body", "status"],
            "The document is being ingested; wait for its run to finish before changing its status.",
          );
        }
        const updated = await store.updateDocument(workspaceId, kb_id, doc_id, {
          ...(body.prefix !== undefined ? { prefix: normalisePrefix(body.prefix) } : {}),
          ...(body.status ? { status: body.status } : {}),
        });
        if (!updated) throw docNotFound(doc_id);
        return updated;
      },

      async deleteDocument(request) {
        const { kb_id, doc_id } = request.params;
        await requireKb(request.auth.workspaceId, kb_id);
        const deleted = await store.deleteDocument(request.auth.workspaceId, kb_id, doc_id);
        if (!deleted) throw docNotFound(doc_id);
        return deleted;
      },

      async listDocuments(request) {
        const { kb_id, status } = request.params;
        const query = request.query;
        await requireKb(request.auth.workspaceId, kb_id);
        const page = readPage(query);
        const { items, total } = await store.listDocuments(
          request.auth.workspaceId,
          kb_id,
          status,
          page,
        );
        return toPage(items, total, page);
      },

      async uploadAndTrain(request) {
        const { kb_id } = request.params;
        const query = request.query;
        const workspaceId = request.auth.workspaceId;
        await requireKb(workspaceId, kb_id);
        const uploads = await readUploadedFiles(request, { name: "files", multiple: true });
        const prefix = normalisePrefix(query.prefix);
        const runIds = await store.startIngestion(
          workspaceId,
          kb_id,
          uploads.map((upload) => ({
            name: upload.filename,
            prefix,
            contentType: upload.contentType,
            size: upload.content.byteLength,
            sourceType: "document",
            sourceUri: null,
            newFile: {
              filename: upload.filename,
              contentType: upload.contentType,
              content: upload.content,
            },
          })),
        );
        if (!runIds) throw kbNotFound(kb_id);
        worker.enqueue(runIds);
        return runIds;
      },

      async trainFromSource(request) {
        const { kb_id } = request.params;
        const query = request.query;
        const workspaceId = request.auth.workspaceId;
        await requireKb(workspaceId, kb_id);
        const { items, issues } = await resolveSource(
          workspaceId,
          request.body,
          normalisePrefix(query.prefix),
          { files, maxFileBytes: config.maxFileBytes },
        );
        if (issues.length > 0) throw invalidMany(issues);
        const runIds = await store.startIngestion(workspaceId, kb_id, items);
        if (!runIds) throw kbNotFound(kb_id);
        worker.enqueue(runIds);
        return runIds;
      },
    },
  };
};
