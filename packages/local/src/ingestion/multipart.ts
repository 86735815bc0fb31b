import type { FastifyRequest } from "fastify";
import { HttpError, invalid, invalidMany, type ValidationIssue } from "../http/errors.js";
import { guessContentType } from "./extract.js";

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  content: Buffer;
}

/** The one file field an upload operation takes, as its multipart schema in the spec names it. */
export interface UploadField {
  name: string;
  /** `files` of upload_train is an array (one part per file); `file` of /v1/file is one part. */
  multiple: boolean;
}

/** Longest accepted file name, in UTF-8 bytes (the common file-system limit). */
const MAX_FILENAME_BYTES = 255;

// C0 and C1 controls, DEL, and the Unicode line/paragraph separators: never part of a name
// a client meant to send, and unsafe in headers (Content-Disposition) and logs.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Why a file name cannot be stored, or undefined when it can. The name is the last segment
 * of what the client sent (browsers and some clients send a path), so `../x` stores as `x`.
 */
function filenameProblem(name: string): string | undefined {
  if (!name) return "Each file part needs a filename.";
  if (CONTROL_CHARACTERS.test(name)) return "The filename contains control characters.";
  if (name === "." || name === "..") return `"${name}" is not a file name.`;
  if (Buffer.byteLength(name) > MAX_FILENAME_BYTES) {
    return `The filename is longer than ${MAX_FILENAME_BYTES} bytes.`;
  }
  return undefined;
}

function baseName(sent: string | undefined): string {
  return (sent ?? "").split(/[\\/]/).pop()?.trim() ?? "";
}

/**
 * Reads every part of a multipart request into memory before anything is written, so that
 * a failure part-way (a file over the size limit answers 413) leaves the database untouched.
 * Every problem is a 422 with its `loc`: a missing, extra or repeated part, or a file name
 * that cannot be stored. A body that is not valid multipart is a 422 at `body`.
 */
export async function readUploadedFiles(
  request: FastifyRequest,
  field: UploadField,
): Promise<UploadedFile[]> {
  if (!request.isMultipart()) {
    throw invalid(
      ["body"],
      `Send the upload as multipart/form-data with the file(s) in the \`${field.name}\` field.`,
    );
  }
  const files: UploadedFile[] = [];
  const issues: ValidationIssue[] = [];
  try {
    // The whole body is read before any complaint, so the client is never cut off mid-send.
    for await (const part of request.parts()) {
      if (part.type !== "file") {
        issues.push({
          loc: ["body", part.fieldname],
          msg:
            part.fieldname === field.name
              ? `The \`${field.name}\` part must be a file (a part with a filename), not a text value.`
              : `Unexpected field \`${part.fieldname}\`; send only the file(s), in the \`${field.name}\` field.`,
          type: part.fieldname === field.name ? "value_error" : "extra_forbidden",
        });
        continue;
      }
      const content = await part.toBuffer();
      if (part.fieldname !== field.name) {
        issues.push({
          loc: ["body", part.fieldname],
          msg: `Unexpected file field \`${part.fieldname}\`; send the file(s) in the \`${field.name}\` field.`,
          type: "extra_forbidden",
        });
        continue;
      }
      const filename = baseName(part.filename);
      const problem = filenameProblem(filename);
      if (problem) {
        const loc = field.multiple ? [field.name, files.length] : [field.name];
        issues.push({ loc: ["body", ...loc, "filename"], msg: problem, type: "value_error" });
      }
      files.push({
        field: part.fieldname,
        filename,
        contentType: guessContentType(filename, part.mimetype),
        content,
      });
    }
  } catch (error) {
    // Limits (413) keep their status; anything else is a body that is not valid multipart.
    const status = (error as { statusCode?: number }).statusCode;
    if (error instanceof HttpError || (status !== undefined && status >= 400 && status < 500)) {
      throw error;
    }
    throw invalid(
      ["body"],
      `The multipart body could not be read: ${(error as Error).message}.`,
      "multipart_invalid",
    );
  }
  if (files.length === 0) {
    issues.push({
      loc: ["body", field.name],
      msg: field.multiple
        ? `Upload at least one file in the \`${field.name}\` field (multipart/form-data, one part per file).`
        : `Upload one file in the \`${field.name}\` field (multipart/form-data).`,
      type: "missing",
    });
  } else if (!field.multiple && files.length > 1) {
    issues.push({
      loc: ["body", field.name],
      msg: `Send exactly one \`${field.name}\` part; got ${files.length}.`,
      type: "value_error",
    });
  }
  if (issues.length > 0) throw invalidMany(issues);
  return files;
}
