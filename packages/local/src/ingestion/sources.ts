import { IngestionError } from "./extract.js";

export type ParsedUri =
  | { kind: "spot"; fileId: string }
  | { kind: "data"; contentType: string; content: Buffer }
  | { kind: "http"; url: string }
  | { kind: "invalid"; reason: string };

// RFC 2397: data:[<mediatype>][;base64],<data>
const DATA_URI = /^data:([^,]*),(.*)$/s;
const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

function parseDataUri(uri: string): ParsedUri {
  const match = DATA_URI.exec(uri);
  if (!match) return { kind: "invalid", reason: "a data: URI needs a comma before its content" };
  const meta = (match[1] ?? "").split(";");
  const isBase64 = meta.at(-1)?.toLowerCase() === "base64";
  if (isBase64) meta.pop();
  const contentType = meta.join(";").trim() || "text/plain";
  const payload = match[2] ?? "";
  if (isBase64) {
    const compact = payload.replace(/\s/g, "");
    if (!BASE64.test(compact) || compact.length % 4 === 1) {
      return { kind: "invalid", reason: "the base64 content of the data: URI is malformed" };
    }
    return { kind: "data", contentType, content: Buffer.from(compact, "base64") };
  }
  try {
    return { kind: "data", contentType, content: Buffer.from(decodeURIComponent(payload), "utf8") };
  } catch {
    return { kind: "invalid", reason: "the data: URI has a malformed %-escape" };
  }
}

/** What a `Source` file's `uri` points at; `invalid` carries what to fix. */
export function parseSourceUri(uri: string): ParsedUri {
  if (uri.startsWith("data:")) return parseDataUri(uri);
  if (uri.startsWith("spot://")) {
    const fileId = uri.slice("spot://".length).split("/")[0] ?? "";
    return fileId
      ? { kind: "spot", fileId }
      : {
          kind: "invalid",
          reason: "a spot:// URI starts with the file id: spot://<file_id>/<name>",
        };
  }
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return { kind: "invalid", reason: "not a URI (expected spot://, data: or http(s)://)" };
  }
  if (url.protocol === "http:" || url.protocol === "https:") return { kind: "http", url: url.href };
  return {
    kind: "invalid",
    reason: `the ${url.protocol} scheme is not supported (use spot://, data: or http(s)://)`,
  };
}

const FETCH_TIMEOUT_MS = 30_000;

/** Fetches an http(s) source for ingestion; failures become the document's error. */
export async function fetchSource(
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<{ content: Buffer; contentType: string | null }> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]),
      redirect: "follow",
    });
  } catch (error) {
    throw new IngestionError("fetch_failed", `Fetching ${url} failed: ${(error as Error).message}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new IngestionError("fetch_failed", `Fetching ${url} answered HTTP ${response.status}.`);
  }
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new IngestionError(
      "too_large",
      `${url} is ${declared} bytes, over the ${maxBytes}-byte limit.`,
    );
  }
  const content = Buffer.from(await response.arrayBuffer());
  if (content.byteLength > maxBytes) {
    throw new IngestionError("too_large", `${url} is over the ${maxBytes}-byte limit.`);
  }
  return { content, contentType: response.headers.get("content-type") };
}
