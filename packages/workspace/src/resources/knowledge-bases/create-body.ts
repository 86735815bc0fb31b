import type { KBConfigV3, Schema } from "@noxus/client";
import { NoxusInputError } from "../../errors.js";
import type { CreateKnowledgeBaseOptions } from "./types.js";

/** The Python SDK's v3 defaults, sent explicitly so the KB never depends on the server's. */
export const V3_DEFAULTS: Required<KBConfigV3> = {
  embedding_model: ["vertexai/text-multilingual-embedding-002"],
  default_chunk_size: 2048,
  default_chunk_overlap: 512,
  csv_row_as_document: true,
};

function fail(message: string): never {
  throw new NoxusInputError("invalid_knowledge_base", message);
}

function checkV3(settings: KBConfigV3 | undefined): Required<KBConfigV3> {
  const merged = { ...V3_DEFAULTS, ...settings };
  const models = merged.embedding_model;
  if (
    !Array.isArray(models) ||
    models.length === 0 ||
    models.some((m) => typeof m !== "string" || !m)
  ) {
    fail("settings.embedding_model must list at least one embedding model name.");
  }
  const size = merged.default_chunk_size;
  const overlap = merged.default_chunk_overlap;
  if (!Number.isInteger(size) || size < 1) {
    fail(`settings.default_chunk_size must be a positive integer; got ${size}.`);
  }
  if (!Number.isInteger(overlap) || overlap < 0 || overlap >= size) {
    fail(
      `settings.default_chunk_overlap must be an integer from 0 to default_chunk_size - 1 (${size - 1}); got ${overlap}.`,
    );
  }
  return merged;
}

/** The create body, defaults filled in, or a NoxusInputError saying what to fix. */
export function toCreateBody(options: CreateKnowledgeBaseOptions): Schema<"KnowledgeBaseCreate"> {
  if (typeof options !== "object" || options === null) {
    fail("Pass the knowledge base as an object: create({ name: 'Docs' }).");
  }
  if (typeof options.name !== "string" || !options.name.trim()) {
    fail("A knowledge base needs a non-blank name: create({ name: 'Docs' }).");
  }
  const types = options.documentTypes ?? [];
  if (!Array.isArray(types) || types.some((t) => typeof t !== "string")) {
    fail('documentTypes must be a list of strings, e.g. ["text"].');
  }
  const common = {
    name: options.name,
    description: options.description ?? "",
    document_types: types,
    kb_type: "entity" as const,
  };
  if (options.version === "v2") {
    return {
      ...common,
      version: "v2",
      ...(options.settings ? { settings_: options.settings } : {}),
    };
  }
  if (options.version !== undefined && options.version !== "v3") {
    fail(`version must be "v3" (the default) or "v2"; got ${JSON.stringify(options.version)}.`);
  }
  return { ...common, version: "v3", settings_: checkV3(options.settings) };
}
