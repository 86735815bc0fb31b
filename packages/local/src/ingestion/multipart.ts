import type { FastifyRequest } from "fastify";
import { invalid } from "../http/errors.js";
import { guessContentType } from "./extract.js";

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * Reads every file part of a multipart request into memory before anything is written, so
 * that a failure part-way (a file over the size limit answers 413 from toBuffer) leaves the
 * database untouched. Non-file fields are ignored.
 */
export async function readUploadedFiles(
  request: FastifyRequest,
  expectedField: string,
): Promise<UploadedFile[]> {
  if (!request.isMultipart()) {
    throw invalid(
      ["body"],
      `Send the upload as multipart/form-data with the file(s) in the \`${expectedField}\` field.`,
    );
  }
  const files: UploadedFile[] = [];
  // The whole body is read before any complaint, so the client is never cut off mid-send.
  for await (const part of request.parts()) {
    if (part.type !== "file") continue;
    const content = await part.toBuffer();
    // Browsers and some clients send a path; the name is its last segment.
    const filename = (part.filename ?? "").split(/[\\/]/).pop()?.trim() ?? "";
    files.push({
      field: part.fieldname,
      filename,
      contentType: guessContentType(filename, part.mimetype),
      content,
    });
  }
  const stray = files.find((file) => file.field !== expectedField);
  if (stray) {
    throw invalid(
      ["body", stray.field],
      `Unexpected file field \`${stray.field}\`; send the file(s) in the \`${expectedField}\` field.`,
    );
  }
  const unnamed = files.findIndex((file) => !file.filename);
  if (unnamed >= 0) {
    throw invalid(["body", expectedField, unnamed], "Each file part needs a filename.");
  }
  return files;
}
