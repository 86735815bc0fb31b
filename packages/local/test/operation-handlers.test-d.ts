// Compile-time proof that handlers are typed from the spec: `pnpm typecheck` (tsc over
// test/) fails if any @ts-expect-error below stops being an error.
import type { OperationHandlers } from "../src/http/operation.js";

export const rightShapes: OperationHandlers = {
  async getKnowledgeBase(request) {
    // Path parameters are typed: kb_id is a string, no cast needed.
    const id: string = request.params.kb_id;
    throw new Error(id);
  },
  async deleteKnowledgeBase() {
    return { success: true };
  },
  async listKnowledgeBases(request) {
    const page: number | undefined = request.query.page;
    return { items: [], total: 0, page: page ?? 1, size: 50, pages: 0 };
  },
  async createDocument(request) {
    const name: string = request.body.name;
    throw new Error(name);
  },
};

export const wrongReply: OperationHandlers = {
  // @ts-expect-error deleteKnowledgeBase answers {success: boolean}, not a string.
  async deleteKnowledgeBase() {
    return "deleted";
  },
};

export const missingField: OperationHandlers = {
  // @ts-expect-error a page without `total` is not the spec's list envelope.
  async listKnowledgeBases() {
    return { items: [], page: 1, size: 50, pages: 0 };
  },
};

export const unknownParam: OperationHandlers = {
  async getKnowledgeBase(request) {
    // @ts-expect-error getKnowledgeBase has no `doc_id` path parameter.
    const id: string = request.params.doc_id;
    throw new Error(id);
  },
};

export const wrongParamType: OperationHandlers = {
  async listKnowledgeBases(request) {
    // @ts-expect-error `page` is a number (coerced from the query string), not a string.
    const page: string = request.query.page;
    throw new Error(page);
  },
};

export const noBody: OperationHandlers = {
  async getKnowledgeBase(request) {
    // @ts-expect-error getKnowledgeBase takes no body.
    const name: string = request.body.name;
    throw new Error(name);
  },
};

export const unknownOperation: OperationHandlers = {
  // @ts-expect-error no operation of the spec is called getKnowledgeBaseById.
  async getKnowledgeBaseById() {
    return {};
  },
};
