import type { CallOptions } from "../../context.js";
import { Resource } from "../../internal/resource.js";
import { requireId } from "../../internal/validate.js";
import type { ListOptions, Paginated } from "../../pagination.js";
import { toCreateBody } from "./create-body.js";
import { KnowledgeBaseHandle } from "./handle.js";
import type { CreateKnowledgeBaseOptions } from "./types.js";

/** `ws.knowledgeBases`: create, find and delete the workspace's knowledge bases. */
export class KnowledgeBases extends Resource {
  /**
   * Creates a knowledge base (kb_type `entity`; settings v3 with the Python SDK's defaults
   * unless told otherwise) and returns a handle on it.
   *
   * @example
   * const kb = await ws.knowledgeBases.create({ name: "Handbook", documentTypes: ["pdf", "txt"] });
   * await kb.upload(await fromPaths(["./handbook"]));
   * await kb.waitUntilTrained();
   */
  async create(
    options: CreateKnowledgeBaseOptions,
    callOptions: CallOptions = {},
  ): Promise<KnowledgeBaseHandle> {
    const body = toCreateBody(options);
    const { data } = await this.context.client.POST("/v1/knowledge-bases", {
      body,
      signal: callOptions.signal,
    });
    return new KnowledgeBaseHandle(this.context, data);
  }

  /** A knowledge base by id; NoxusNotFoundError when it does not exist in this workspace. */
  async get(id: string, options: CallOptions = {}): Promise<KnowledgeBaseHandle> {
    const { data } = await this.context.client.GET("/v1/knowledge-bases/{kb_id}", {
      params: { path: { kb_id: requireId(id, "knowledge base id") } },
      ...this.call(options),
    });
    return new KnowledgeBaseHandle(this.context, data);
  }

  /**
   * Every knowledge base of the workspace, across pages, as handles (their `data` is the
   * listed KnowledgeBase, so listing costs no extra request).
   */
  list(options: ListOptions = {}): Paginated<KnowledgeBaseHandle> {
    return this.paginate(async ({ page, size, signal }) => {
      const { data } = await this.context.client.GET("/v1/knowledge-bases", {
        params: { query: { page, size } },
        signal,
      });
      return { ...data, items: data.items.map((kb) => new KnowledgeBaseHandle(this.context, kb)) };
    }, options);
  }

  /** Deletes a knowledge base by id; resolves with the API's `success`. */
  async delete(id: string, options: CallOptions = {}): Promise<boolean> {
    const { data } = await this.context.client.DELETE("/v1/knowledge-bases/{kb_id}", {
      params: { path: { kb_id: requireId(id, "knowledge base id") } },
      ...this.call(options),
    });
    return data.success;
  }
}
