import type { Schemas } from "../api-types.js";
import type { ValidationIssue } from "../http/errors.js";

export type KbSettings = Schemas["KBConfigV3"] | Schemas["KnowledgeBaseSettingsV2"];

/** The v3 defaults of reference §5.1. */
export const V3_DEFAULTS = {
  embedding_model: ["vertexai/text-multilingual-embedding-002"],
  default_chunk_size: 2048,
  default_chunk_overlap: 512,
  csv_row_as_document: true,
} as const;

const V3_KEYS = new Set(Object.keys(V3_DEFAULTS));
const V2_KEYS = new Set(["ingestion", "retrieval"]);

export interface ChunkSettings {
  size: number;
  overlap: number;
  csvRowAsDocument: boolean;
}

function checkChunking(
  size: number,
  overlap: number,
  loc: (string | number)[],
  issues: ValidationIssue[],
): void {
  if (size < 1) {
    issues.push({
      loc: [...loc, "default_chunk_size"],
      msg: "Must be at least 1",
      type: "value_error",
    });
  }
  if (overlap < 0 || overlap >= size) {
    issues.push({
      loc: [...loc, "default_chunk_overlap"],
      msg: `Must be at least 0 and smaller than default_chunk_size (${size})`,
      type: "value_error",
    });
  }
}

/**
 * Fills in the defaults of the settings form `version` selects, and checks what the spec's
 * `anyOf` cannot: that the form matches the version and that chunking makes sense.
 */
export function resolveSettings(
  version: "v2" | "v3",
  given: KbSettings | undefined,
): { settings: KbSettings; issues: ValidationIssue[] } {
  const loc = ["body", "settings_"];
  const issues: ValidationIssue[] = [];
  const input = given ?? {};
  const foreign = Object.keys(input).filter((key) =>
    (version === "v3" ? V2_KEYS : V3_KEYS).has(key),
  );
  if (foreign.length > 0) {
    issues.push({
      loc,
      msg: `${foreign.join(", ")} belong(s) to the ${version === "v3" ? "v2" : "v3"} settings form; send version "${version === "v3" ? "v2" : "v3"}" or use the ${version} form`,
      type: "value_error",
    });
  }
  if (version === "v3") {
    const settings: Schemas["KBConfigV3"] = {
      ...V3_DEFAULTS,
      embedding_model: [...V3_DEFAULTS.embedding_model],
      ...input,
    };
    checkChunking(
      settings.default_chunk_size ?? V3_DEFAULTS.default_chunk_size,
      settings.default_chunk_overlap ?? V3_DEFAULTS.default_chunk_overlap,
      loc,
      issues,
    );
    return { settings, issues };
  }
  const v2 = input as Schemas["KnowledgeBaseSettingsV2"];
  const settings: Schemas["KnowledgeBaseSettingsV2"] = {
    ...v2,
    ingestion: { enrich_chunks_mode: "contextual", ...v2.ingestion },
    retrieval: { type: "hybrid_reranking", ...v2.retrieval },
  };
  checkChunking(
    settings.ingestion?.default_chunk_size ?? V3_DEFAULTS.default_chunk_size,
    settings.ingestion?.default_chunk_overlap ?? V3_DEFAULTS.default_chunk_overlap,
    [...loc, "ingestion"],
    issues,
  );
  return { settings, issues };
}

/** How a KB chunks its documents; v2 KBs have no CSV switch, so their CSVs are plain text. */
export function chunkSettings(version: "v2" | "v3", settings: KbSettings): ChunkSettings {
  if (version === "v2") {
    const ingestion = (settings as Schemas["KnowledgeBaseSettingsV2"]).ingestion;
    return {
      size: ingestion?.default_chunk_size ?? V3_DEFAULTS.default_chunk_size,
      overlap: ingestion?.default_chunk_overlap ?? V3_DEFAULTS.default_chunk_overlap,
      csvRowAsDocument: false,
    };
  }
  const v3 = settings as Schemas["KBConfigV3"];
  return {
    size: v3.default_chunk_size ?? V3_DEFAULTS.default_chunk_size,
    overlap: v3.default_chunk_overlap ?? V3_DEFAULTS.default_chunk_overlap,
    csvRowAsDocument: v3.csv_row_as_document ?? V3_DEFAULTS.csv_row_as_document,
  };
}
