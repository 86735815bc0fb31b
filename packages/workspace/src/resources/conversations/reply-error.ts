import { NoxusError } from "@noxus/client";
import type { ChatReply, ConversationMessagePart } from "./api.js";

type ErrorPart = Extract<ConversationMessagePart, { type: "error" }>;

/** The error parts of a reply: why the assistant could not answer. */
export function errorPartsOf(parts: readonly ConversationMessagePart[]): ErrorPart[] {
  return parts.filter((part): part is ErrorPart => part.type === "error");
}

/**
 * The model could not write a reply (the server stored an `error` part instead of text).
 * `chat()` and `stream()` reject with it rather than pass the error off as the answer; the
 * reply as the server stored it is attached, and `errors` holds what each error part said.
 */
export class ConversationReplyError extends NoxusError {
  override name = "ConversationReplyError";
  declare readonly code: "reply_failed";
  /** The reply as stored: its parts include the error part(s). */
  readonly reply: ChatReply;
  /** The error parts of the reply. */
  readonly errorParts: ErrorPart[];

  constructor(conversationId: string, reply: ChatReply) {
    const errorParts = errorPartsOf(reply.parts);
    const said = errorParts.map((part) => part.content).join(" ");
    super(`The assistant could not reply in conversation ${conversationId}: ${said}`, {
      code: "reply_failed",
      hint: "The model failed (see errorParts); send the message again, or check the conversation's model.",
      retryable: true,
    });
    this.reply = reply;
    this.errorParts = errorParts;
  }
}
