import type { ResourceGroupFactory } from "../http/context.js";
import { notFound } from "../http/errors.js";
import { readUploadedFiles } from "../ingestion/multipart.js";

/** Files: upload one, download its exact bytes (reference §2.6). */
export const filesGroup: ResourceGroupFactory = ({ storage }) => {
  const { files } = storage;
  return {
    handlers: {
      async uploadFile(request) {
        // One `file` part; readUploadedFiles answers 422 for anything else.
        const [upload] = await readUploadedFiles(request, { name: "file", multiple: false });
        if (!upload) throw new Error("readUploadedFiles returned no file");
        return files.create(request.auth.workspaceId, {
          filename: upload.filename,
          contentType: upload.contentType,
          content: upload.content,
        });
      },

      async downloadFile(request, reply) {
        const { file_id } = request.params;
        const stored = await files.read(request.auth.workspaceId, file_id);
        if (!stored) throw notFound(`Not Found: no file ${file_id} in this workspace`);
        // The only non-JSON answer of the API: the bytes exactly as uploaded.
        return reply
          .header("content-type", "application/octet-stream")
          .header(
            "content-disposition",
            `attachment; filename*=UTF-8''${encodeURIComponent(stored.file.filename)}`,
          )
          .send(stored.content);
      },
    },
  };
};
