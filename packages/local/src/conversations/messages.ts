import type { BodyOf } from "../api-types.js";
import { newId } from "../domain/ids.js";
import { invalidMany, type ValidationIssue } from "../http/errors.js";
import type { MessagePart } from "../storage/conversations.js";

export type MessageRequest = BodyOf<"addMessage">;

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}$/;
const DATA_URL = /^data:[^,]*;base64,/;

/**
 * Checks what the schema cannot express (reference §2.7): a message says something, and
 * every file carries its bytes (`b64_content`) or a public http(s) `url`. Files are stored
 * without their bytes: the conversation keeps their name, type, size and url. All problems
 * are reported at once, before anything is written.
 */
export function userMessagePart(body: MessageRequest, maxFileBytes: number): MessagePart {
  const issues: ValidationIssue[] = [];
  const files = body.files ?? [];
  if (body.content.trim() === "" && files.length === 0) {
    issues.push({
      loc: ["body", "content"],
      msg: "The message is empty: send some content (or attach a file).",
      type: "value_error",
    });
  }
  const stored = files.map((file, index) => {
    const loc = ["body", "files", index];
    const b64 = file.b64_content?.replace(DATA_URL, "");
    const url = file.url?.trim();
    let size = file.size ?? 1;
    if (!b64 && !url) {
      issues.push({
        loc,
        msg: `File ${JSON.stringify(file.name)} has no content: set b64_content (base64 bytes) or url.`,
        type: "value_error",
      });
    }
    if (b64) {
      if (b64.length % 4 !== 0 || !BASE64.test(b64)) {
        issues.push({
          loc: [...loc, "b64_content"],
          msg: "b64_content is not valid base64.",
          type: "value_error",
        });
      } else {
        size = Buffer.byteLength(b64, "base64");
        if (size > maxFileBytes) {
          issues.push({
            loc: [...loc, "b64_content"],
            msg: `The file is ${size} bytes; the limit is ${maxFileBytes}.`,
            type: "value_error",
          });
        }
      }
    }
    if (url && !isHttpUrl(url)) {
      issues.push({
        loc: [...loc, "url"],
        msg: "url must be an absolute http(s) URL the server can fetch.",
        type: "value_error",
      });
    }
    return {
      id: file.id ?? newId(),
      name: file.name,
      status: file.status ?? "success",
      type: file.type ?? "",
      size,
      url: url ?? null,
    };
  });
  if (body.model_selection?.some((name) => name.trim() === "")) {
    issues.push({
      loc: ["body", "model_selection"],
      msg: "Model names must not be empty.",
      type: "value_error",
    });
  }
  if (issues.length > 0) throw invalidMany(issues);
  return {
    role: "user",
    type: "user",
    content: body.content,
    tool: body.tool ?? null,
    kb_id: body.kb_id ?? null,
    workflow_id: body.workflow_id ?? null,
    files: stored,
    model_selection: body.model_selection ?? [],
    images: [],
  };
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
