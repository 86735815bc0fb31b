import { apiErrorFromResponse } from "@noxus/client";
import { API_PREFIX, CONSOLE_HEADER, CONSOLE_HEADER_VALUE } from "../../shared/protocol.js";

/** A file to upload and the knowledge-base folder it goes in (`/` or `/<dropped folder>/…`). */
export interface UploadItem {
  file: File;
  prefix: string;
}

/**
 * Reads what was dropped: plain files go to `/`, a dropped folder's files keep their
 * folder path as the prefix. Folders need the entries API (`webkitGetAsEntry`), which
 * every current browser has; a drop without entries falls back to its flat file list.
 */
export async function droppedItems(transfer: DataTransfer): Promise<UploadItem[]> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === "file")
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => entry != null);
  if (entries.length === 0) return [...transfer.files].map((file) => ({ file, prefix: "/" }));
  const items: UploadItem[] = [];
  for (const entry of entries) await walk(entry, "/", items);
  return items;
}

async function walk(entry: FileSystemEntry, prefix: string, into: UploadItem[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    into.push({ file, prefix });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const folder = `${prefix}${entry.name}/`;
  // readEntries answers in batches until it returns an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, folder, into);
  }
}

/** Files picked in an `<input type=file webkitdirectory>` carry their folder path. */
export function pickedItems(files: FileList): UploadItem[] {
  return [...files].map((file) => {
    const parts = (file.webkitRelativePath || file.name).split("/");
    parts.pop();
    return { file, prefix: parts.length ? `/${parts.join("/")}/` : "/" };
  });
}

/**
 * Uploads to `upload_train`, one request per folder. XMLHttpRequest rather than fetch:
 * only it reports upload progress (a streamed fetch body would need HTTP/2).
 * `onProgress` gets the bytes sent over all files, out of their total size.
 */
export async function uploadToKnowledgeBase(
  kbId: string,
  items: UploadItem[],
  onProgress: (sent: number, total: number) => void,
): Promise<string[]> {
  const byPrefix = new Map<string, File[]>();
  for (const { file, prefix } of items)
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), file]);
  const total = items.reduce((sum, item) => sum + item.file.size, 0);
  let done = 0;
  const runIds: string[] = [];
  for (const [prefix, files] of byPrefix) {
    const form = new FormData();
    for (const file of files) form.append("files", file, file.name);
    const size = files.reduce((sum, file) => sum + file.size, 0);
    const url = `${API_PREFIX}/v1/knowledge-bases/${encodeURIComponent(kbId)}/upload_train?prefix=${encodeURIComponent(prefix)}`;
    const ids = await send(url, form, (loaded, requestTotal) =>
      onProgress(done + Math.min(size, (loaded / Math.max(1, requestTotal)) * size), total),
    );
    done += size;
    onProgress(done, total);
    runIds.push(...ids);
  }
  return runIds;
}

function send(
  url: string,
  form: FormData,
  onProgress: (loaded: number, total: number) => void,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader(CONSOLE_HEADER, CONSOLE_HEADER_VALUE);
    request.responseType = "text";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    request.onerror = () =>
      reject(new Error("The upload was interrupted; check the console server is running."));
    request.onload = () => {
      let body: unknown = request.responseText;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // not JSON: keep the text for the error message
      }
      if (request.status >= 200 && request.status < 300) return resolve(body as string[]);
      const headers = new Headers();
      const retryAfter = request.getResponseHeader("retry-after");
      if (retryAfter) headers.set("retry-after", retryAfter);
      reject(
        apiErrorFromResponse(new Response(null, { status: request.status, headers }), body, {
          method: "POST",
          path: "/v1/knowledge-bases/{kb_id}/upload_train",
        }),
      );
    };
    request.send(form);
  });
}
