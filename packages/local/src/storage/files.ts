import type { Schemas } from "../api-types.js";

export interface NewFile {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

/** Files uploaded through `POST /v1/file` or with a knowledge-base upload; bytes are kept as is. */
export interface FileStore {
  create(workspaceId: string, input: NewFile): Promise<Schemas["File"]>;
  get(workspaceId: string, fileId: string): Promise<Schemas["File"] | undefined>;
  /** The record and its exact bytes. */
  read(
    workspaceId: string,
    fileId: string,
  ): Promise<{ file: Schemas["File"]; content: Buffer } | undefined>;
}
