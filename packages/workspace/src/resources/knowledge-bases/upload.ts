import type { WorkspaceContext } from "../../context.js";
import { inBatches, toUploadFiles, type UploadInput } from "../../internal/uploads.js";
import { positiveInteger } from "../../internal/validate.js";
import type { UploadOptions, UploadResult } from "./types.js";
import { checkPrefix } from "./validate.js";

const DEFAULT_BATCH_SIZE = 20;
// The local server (and any sane multipart parser) caps parts per request.
const MAX_BATCH_SIZE = 1000;

/**
 * upload_train in batches, one request after the other: a batch is a multipart request with
 * one `files` part per file, so memory and request size stay bounded by the batch whatever
 * the number of files. Everything is validated before the first byte is sent; a batch the
 * server refuses throws (e.g. NoxusPayloadTooLargeError), after onProgress has reported the
 * batches that made it.
 */
export async function uploadInBatches(
  context: WorkspaceContext,
  kbId: string,
  inputs: Iterable<UploadInput> | UploadInput,
  options: UploadOptions = {},
): Promise<UploadResult> {
  const files = toUploadFiles(inputs);
  const prefix = checkPrefix(options.prefix);
  const batchSize = Math.min(
    MAX_BATCH_SIZE,
    positiveInteger(options.batchSize, "batchSize", DEFAULT_BATCH_SIZE),
  );
  const filesTotal = files.length;
  const bytesTotal = files.reduce((sum, file) => sum + file.size, 0);
  const runIds: string[] = [];
  let filesDone = 0;
  let bytesDone = 0;
  for (const batch of inBatches(files, batchSize)) {
    const { data } = await context.client.POST("/v1/knowledge-bases/{kb_id}/upload_train", {
      params: { path: { kb_id: kbId }, ...(prefix ? { query: { prefix } } : {}) },
      body: { files: batch },
      signal: options.signal,
    });
    runIds.push(...data);
    filesDone += batch.length;
    bytesDone += batch.reduce((sum, file) => sum + file.size, 0);
    options.onProgress?.({ filesDone, filesTotal, bytesDone, bytesTotal });
  }
  // The API puts every file of an upload in its prefix, under its own name ("/" by default).
  const documents = files.map((file) => ({ name: file.name, prefix: prefix ?? "/" }));
  return { runIds, files: filesTotal, bytes: bytesTotal, documents };
}
