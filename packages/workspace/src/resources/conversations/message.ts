import type { MessageRequest, Schema } from "@noxus/client";
import { NoxusInputError } from "../../errors.js";
import { describeValue, optionalText, requireText } from "../../internal/validate.js";
import { toBase64 } from "./base64.js";

export type { MessageRequest };

type ConversationFile = Schema<"ConversationFile">;

/** A file sent with a message: its bytes (encoded to `b64_content` for you) … */
export interface MessageFileBytes {
  name: string;
  data: Uint8Array | ArrayBuffer | Blob;
  /** MIME type; default the Blob's own type, else empty. */
  type?: string;
}

/** … or a public http(s) URL the server fetches (at most 25 MB on the hosted API). */
export interface MessageFileUrl {
  name: string;
  url: string;
  type?: string;
}

/** A `File` (browser, Node ≥ 20) carries its name and type, so it can be passed as it is. */
export type MessageFile = MessageFileBytes | MessageFileUrl | File;

/** A message as the SDK takes it; `send("text")` is short for `send({ content: "text" })`. */
export interface MessageInput {
  content: string;
  /** Tool to use for this message: `web_research`, `kb_qa`, `workflow`, or another type. */
  tool?: string;
  /** The knowledge base for `kb_qa`. */
  kbId?: string;
  /** The workflow for the `workflow` tool. */
  workflowId?: string;
  files?: MessageFile[];
  /** Model(s) for this message only, instead of the conversation's. */
  model?: string | readonly string[];
}

/**
 * Checks a message and shapes it for the wire: the same rules as the server (something to
 * say, or a file; every file with bytes or an http(s) url), found before anything is sent.
 */
export async function toMessageRequest(message: string | MessageInput): Promise<MessageRequest> {
  const input = typeof message === "string" ? { content: message } : message;
  if (typeof input !== "object" || input === null) {
    throw new NoxusInputError(
      "invalid_message",
      `A message is a string or { content, files?, … }, got ${describeValue(input)}.`,
    );
  }
  if (typeof input.content !== "string") {
    throw new NoxusInputError(
      "invalid_message",
      `The message content must be a string, got ${describeValue(input.content)}.`,
    );
  }
  const files = input.files ?? [];
  if (!Array.isArray(files)) {
    throw new NoxusInputError("invalid_message", "files must be a list of files.");
  }
  if (input.content.trim() === "" && files.length === 0) {
    throw new NoxusInputError(
      "empty_message",
      "The message is empty: give it some content (or attach a file).",
    );
  }
  const request: MessageRequest = { content: input.content };
  const tool = optionalText(input.tool, "tool");
  const kbId = optionalText(input.kbId, "kbId");
  const workflowId = optionalText(input.workflowId, "workflowId");
  if (tool !== undefined) request.tool = tool;
  if (kbId !== undefined) request.kb_id = kbId;
  if (workflowId !== undefined) request.workflow_id = workflowId;
  if (input.model !== undefined) request.model_selection = modelSelection(input.model);
  if (files.length > 0) request.files = await Promise.all(files.map(toConversationFile));
  return request;
}

function modelSelection(model: string | readonly string[]): string[] {
  const models = typeof model === "string" ? [model] : [...model];
  if (models.length === 0 || models.some((name) => typeof name !== "string" || !name.trim())) {
    throw new NoxusInputError(
      "invalid_message",
      'model must be a model name or a non-empty list of names, e.g. "gpt-4o".',
    );
  }
  return models;
}

async function toConversationFile(file: MessageFile, index: number): Promise<ConversationFile> {
  if (typeof file !== "object" || file === null) {
    throw new NoxusInputError(
      "invalid_file",
      `files[${index}] must be a File, { name, data } or { name, url }, got ${describeValue(file)}.`,
    );
  }
  if (typeof Blob !== "undefined" && file instanceof Blob) {
    // A File: name and type come with it.
    const name = requireText((file as File).name, `name of files[${index}]`, "invalid_file");
    const bytes = new Uint8Array(await file.arrayBuffer());
    return withId({ name, type: file.type, size: bytes.length, b64_content: toBase64(bytes) });
  }
  const name = requireText(file.name, `name of files[${index}]`, "invalid_file");
  const hasData = "data" in file && file.data !== undefined;
  const hasUrl = "url" in file && file.url !== undefined;
  if (hasData === hasUrl) {
    throw new NoxusInputError(
      "invalid_file",
      `File ${JSON.stringify(name)} needs exactly one of \`data\` (its bytes) or \`url\` (a public http(s) URL).`,
    );
  }
  if (hasUrl) {
    const url = (file as MessageFileUrl).url;
    if (!isHttpUrl(url)) {
      throw new NoxusInputError(
        "invalid_file",
        `The url of file ${JSON.stringify(name)} must be an absolute http(s) URL the server can fetch, got ${describeValue(url)}.`,
      );
    }
    return withId({ name, url, type: file.type ?? "" });
  }
  const data = (file as MessageFileBytes).data;
  const bytes = await bytesOf(data, name);
  const type = file.type ?? (typeof Blob !== "undefined" && data instanceof Blob ? data.type : "");
  return withId({ name, type, size: bytes.length, b64_content: toBase64(bytes) });
}

async function bytesOf(data: MessageFileBytes["data"], name: string): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (typeof Blob !== "undefined" && data instanceof Blob) {
    return new Uint8Array(await data.arrayBuffer());
  }
  throw new NoxusInputError(
    "invalid_file",
    `The data of file ${JSON.stringify(name)} must be a Uint8Array, ArrayBuffer or Blob, got ${describeValue(data)}.`,
  );
}

/** The Python SDK gives every file a fresh uuid4; do the same where the runtime can. */
function withId(file: ConversationFile): ConversationFile {
  const id = globalThis.crypto?.randomUUID?.();
  return { status: "success", ...(id ? { id } : {}), ...file };
}

function isHttpUrl(text: unknown): boolean {
  if (typeof text !== "string") return false;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
