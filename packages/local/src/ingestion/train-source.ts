import type { BodyOf } from "../api-types.js";
import type { ValidationIssue } from "../http/errors.js";
import type { FileStore } from "../storage/files.js";
import type { IngestionItem } from "../storage/knowledge-bases.js";
import { guessContentType } from "./extract.js";
import { parseSourceUri } from "./sources.js";

/**
 * Turns a `Source` body into ingestion items, checking everything before anything is written:
 * spot:// files must exist in the workspace, data: URIs must decode (and fit the size limit),
 * other schemes are refused. http(s) sources are fetched later, by the ingestion run.
 */
export async function resolveSource(
  workspaceId: string,
  body: BodyOf<"trainFromSource">,
  prefix: string,
  deps: { files: FileStore; maxFileBytes: number },
): Promise<{ items: IngestionItem[]; issues: ValidationIssue[] }> {
  const issues: ValidationIssue[] = [];
  const items: IngestionItem[] = [];
  const base = ["body", "source"];
  if (body.source.source_type !== "document") {
    issues.push({
      loc: [...base, "source_type"],
      msg: `Only the \`document\` source type is supported by @noxus/local, not \`${body.source.source_type}\`.`,
      type: "value_error",
    });
    return { items, issues };
  }
  const files = body.source.config.files;
  if (files.length === 0) {
    issues.push({
      loc: [...base, "config", "files"],
      msg: "List at least one file to train on.",
      type: "too_short",
    });
  }
  for (const [index, file] of files.entries()) {
    const loc = [...base, "config", "files", index];
    const name = file.name.trim();
    if (!name) {
      issues.push({ loc: [...loc, "name"], msg: "The file needs a name.", type: "value_error" });
      continue;
    }
    const common = { name, prefix, sourceType: body.source.source_type };
    const parsed = parseSourceUri(file.uri);
    switch (parsed.kind) {
      case "invalid":
        issues.push({
          loc: [...loc, "uri"],
          msg: `Invalid uri: ${parsed.reason}.`,
          type: "value_error",
        });
        break;
      case "spot": {
        const stored = await deps.files.get(workspaceId, parsed.fileId);
        if (!stored) {
          issues.push({
            loc: [...loc, "uri"],
            msg: `No file ${parsed.fileId} in this workspace; upload it with POST /v1/file and use the uri it returns.`,
            type: "value_error",
          });
          break;
        }
        items.push({
          ...common,
          contentType: stored.content_type,
          size: stored.size,
          sourceUri: file.uri,
          fileId: stored.id,
        });
        break;
      }
      case "data": {
        if (parsed.content.byteLength > deps.maxFileBytes) {
          issues.push({
            loc: [...loc, "uri"],
            msg: `The data: URI holds ${parsed.content.byteLength} bytes, over the ${deps.maxFileBytes}-byte limit per file.`,
            type: "value_error",
          });
          break;
        }
        const contentType = guessContentType(name, file.content_type || parsed.contentType);
        items.push({
          ...common,
          contentType,
          size: parsed.content.byteLength,
          sourceUri: null,
          newFile: { filename: name, contentType, content: parsed.content },
        });
        break;
      }
      case "http":
        items.push({
          ...common,
          contentType: file.content_type,
          size: Math.max(0, file.size),
          sourceUri: parsed.url,
        });
        break;
    }
  }
  return { items, issues };
}
