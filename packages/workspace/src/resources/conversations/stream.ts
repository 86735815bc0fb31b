import { type ChatStreamEvent, NoxusAbortError, NoxusError, type Schema } from "@noxus/client";
import { streamChat } from "@noxus/client/sse";
import type { CallOptions, WorkspaceContext } from "../../context.js";
import { requireId } from "../../internal/validate.js";
import { type ChatReply, toChatReply } from "./api.js";
import { type MessageInput, toMessageRequest } from "./message.js";
import { ConversationReplyError, errorPartsOf } from "./reply-error.js";

/** What `stream()` yields while the reply is written: text as it comes, then whole parts. */
export type ChatStreamPart = Schema<"ChatTextDeltaEvent"> | Schema<"ChatMessagePartEvent">;

/** Called once the turn is over, with the conversation's etag after it. */
export type TurnEnded = (etag: string | undefined, options: CallOptions) => Promise<void>;

const PATH = "/v1/conversations/{conversation_id}/stream";

/**
 * A reply being streamed. Iterate it (once) for the pieces as they arrive — `text_delta`
 * events carry the next piece of text, `message_part` events each complete part (text parts
 * only: a failed reply rejects instead) — and await `reply()` for the final reply. `reply()`
 * alone reads the stream to its end. A model that failed makes both the iteration and
 * `reply()` reject with a `ConversationReplyError`; no error text is passed off as the answer.
 *
 * @example
 * const stream = conversation.stream("Where is my order?");
 * for await (const part of stream) if (part.type === "text_delta") process.stdout.write(part.content);
 * const reply = await stream.reply();
 */
export class ChatStream implements AsyncIterable<ChatStreamPart> {
  readonly #events: AsyncGenerator<ChatStreamPart>;
  readonly #reply: Promise<ChatReply>;
  #settle!: { resolve(reply: ChatReply): void; reject(error: unknown): void };
  #started = false;

  /** @internal Made by `conversation.stream()` and `ws.conversations.stream()`. */
  constructor(
    context: WorkspaceContext,
    conversationId: string,
    message: string | MessageInput,
    options: CallOptions,
    ended: TurnEnded,
  ) {
    this.#reply = new Promise<ChatReply>((resolve, reject) => {
      this.#settle = { resolve, reject };
    });
    // Nobody may be waiting for the reply (a loop that only reads parts): no unhandled rejection.
    this.#reply.catch(() => undefined);
    this.#events = this.#run(context, conversationId, message, options, ended);
  }

  /** The reply's pieces as they arrive: `text_delta` events, then each `message_part`. Iterate once. */
  [Symbol.asyncIterator](): AsyncGenerator<ChatStreamPart> {
    if (this.#started) {
      throw new NoxusError("A chat stream can be iterated only once; await reply() for the reply.");
    }
    this.#started = true;
    return this.#events;
  }

  /** The final reply, once the turn is over (reads the rest of the stream if need be). */
  async reply(): Promise<ChatReply> {
    if (!this.#started) {
      this.#started = true;
      for await (const _part of this.#events) {
        // Parts are not wanted: only the reply.
      }
    }
    return this.#reply;
  }

  async *#run(
    context: WorkspaceContext,
    conversationId: string,
    message: string | MessageInput,
    options: CallOptions,
    ended: TurnEnded,
  ): AsyncGenerator<ChatStreamPart> {
    let settled = false;
    const settle = (outcome: { reply: ChatReply } | { error: unknown }) => {
      settled = true;
      if ("reply" in outcome) this.#settle.resolve(outcome.reply);
      else this.#settle.reject(outcome.error);
    };
    try {
      const id = requireId(conversationId, "conversation id");
      const body = await toMessageRequest(message);
      let reply: ChatReply | undefined;
      let etag: string | undefined;
      const events = streamChat(
        context.client,
        id,
        body,
        options.signal ? { signal: options.signal } : {},
      );
      for await (const event of events as AsyncGenerator<ChatStreamEvent>) {
        if (event.type === "text_delta") yield event;
        else if (event.type === "message_part" && event.part.type !== "error") yield event;
        else if (event.type === "reply") reply = toChatReply(event.message);
        else if (event.type === "conversation_end") etag = event.etag ?? undefined;
      }
      await ended(etag, options);
      if (!reply) {
        throw new NoxusError(
          `The reply stream of conversation ${id} ended without its reply; read the conversation with get() to see what was stored.`,
        );
      }
      if (errorPartsOf(reply.parts).length > 0) throw new ConversationReplyError(id, reply);
      settle({ reply });
    } catch (error) {
      settle({ error });
      throw error;
    } finally {
      // Left early (break): the request is aborted; the server still stores the reply.
      if (!settled) settle({ error: new NoxusAbortError("POST", PATH) });
    }
  }
}
