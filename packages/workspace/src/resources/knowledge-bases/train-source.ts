import type { NoxusFile, Schema } from "@noxus/client";
import { NoxusInputError } from "../../errors.js";
import type { TrainFile, TrainSource, TrainSourceBody } from "./types.js";

function isNoxusFile(file: TrainFile | NoxusFile): file is NoxusFile {
  return "filename" in file && "content_type" in file;
}

function fail(message: string): never {
  throw new NoxusInputError("invalid_source", message);
}

function toSourceFile(file: TrainFile | NoxusFile, index: number): Schema<"SourceFile"> {
  if (typeof file !== "object" || file === null) fail(`files[${index}] is not an object.`);
  const uri = file.uri;
  if (typeof uri !== "string" || !uri) {
    fail(`files[${index}] needs a uri (spot:// from ws.files.upload(), data: or http(s)://).`);
  }
  if (isNoxusFile(file)) {
    return {
      name: file.filename,
      uri,
      content_type: file.content_type,
      size: file.size,
      source_type: "document",
    };
  }
  if (typeof file.name !== "string" || !file.name.trim()) {
    fail(`files[${index}] needs a name (its extension decides how text is extracted).`);
  }
  return {
    name: file.name,
    uri,
    content_type: file.contentType ?? "application/octet-stream",
    size: file.size ?? 0,
    source_type: file.sourceType ?? "document",
  };
}

/** The generic_train body for what `train()` was given, checked before it is sent. */
export function toSourceBody(source: TrainSource): TrainSourceBody {
  if (typeof source !== "object" || source === null) {
    fail("Pass { files: [...] } or a Source body { source: { ... } }.");
  }
  if ("source" in source) return source;
  if (!Array.isArray(source.files) || source.files.length === 0) {
    throw new NoxusInputError(
      "empty_file_list",
      "The source lists no files: nothing to train on.",
      { hint: "Call train({ files: [await ws.files.upload(file)] })." },
    );
  }
  return {
    source: {
      source_type: "document",
      config: { files: source.files.map(toSourceFile) },
      subtype: null,
    },
  };
}
