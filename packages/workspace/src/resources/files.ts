// ws.files: one class, one file.
import type { NoxusFile } from "@noxus/client";
import type { CallOptions } from "../context.js";
import { NoxusInputError } from "../errors.js";
import { Resource } from "../internal/resource.js";
import { toUploadFile, type UploadInput } from "../internal/uploads.js";
import { requireId } from "../internal/validate.js";

export type { NamedUpload, UploadInput } from "../internal/uploads.js";

export interface FileUploadOptions extends CallOptions {
  /** The stored file name; required for a bare Blob or bytes, else it renames the input. */
  name?: string;
}

/** How `download()` hands the bytes over. */
export type DownloadFormat = "bytes" | "stream" | "blob";

export interface DownloadOptions<As extends DownloadFormat = DownloadFormat> extends CallOptions {
  /** `bytes` (default): a Uint8Array; `stream`: a ReadableStream, read as it arrives; `blob`: a Blob. */
  as?: As;
}

/** What `download()` resolves with for each format. */
export interface DownloadResult {
  bytes: Uint8Array;
  stream: ReadableStream<Uint8Array>;
  blob: Blob;
}

const PATH = "/v1/file/{file_id}";

/**
 * `ws.files`: store a file in the workspace and read it back byte for byte. A stored file's
 * `uri` (`spot://…`) is what `kb.train({ files: [file] })` and workflows take.
 */
export class Files extends Resource {
  /** Uploads one file (a File, `{ name, data }`, or a Blob/bytes with the `name` option). */
  async upload(file: UploadInput, options: FileUploadOptions = {}): Promise<NoxusFile> {
    if (Array.isArray(file)) {
      throw new NoxusInputError(
        "invalid_file",
        "files.upload() takes one file; upload each file of a list in turn, or use kb.upload() for many.",
      );
    }
    const body = toUploadFile(file, undefined, options.name);
    const { data } = await this.context.client.POST("/v1/file", {
      body: { file: body },
      ...this.call(options),
    });
    return data;
  }

  /** The file's exact bytes: a Uint8Array by default, or `{ as: "stream" | "blob" }`. */
  download(id: string, options?: DownloadOptions<"bytes">): Promise<Uint8Array>;
  download<As extends DownloadFormat>(
    id: string,
    options: DownloadOptions<As> & { as: As },
  ): Promise<DownloadResult[As]>;
  async download(
    id: string,
    options: DownloadOptions = {},
  ): Promise<DownloadResult[DownloadFormat]> {
    const fileId = requireId(id, "file id");
    const as = options.as ?? "bytes";
    const init = { params: { path: { file_id: fileId } }, signal: options.signal };
    switch (as) {
      case "bytes": {
        const { data } = await this.context.client.GET(PATH, { ...init, parseAs: "arrayBuffer" });
        return new Uint8Array(data);
      }
      case "blob": {
        const { data } = await this.context.client.GET(PATH, { ...init, parseAs: "blob" });
        return data;
      }
      case "stream": {
        const { data } = await this.context.client.GET(PATH, { ...init, parseAs: "stream" });
        // An empty file may come without a body; it is still a (closed) stream.
        return data ?? new Blob([]).stream();
      }
      default:
        throw new NoxusInputError(
          "invalid_option",
          `as must be "bytes", "stream" or "blob"; got ${JSON.stringify(as)}.`,
        );
    }
  }
}
