// ws.files: the public API of the group; the parts live in ./files/.
export type { NamedUpload, UploadInput } from "../internal/uploads.js";
export {
  type DownloadFormat,
  type DownloadOptions,
  type DownloadResult,
  Files,
  type FileUploadOptions,
} from "./files/files.js";
