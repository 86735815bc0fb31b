import type { Conversation, ConversationEvent } from "@noxus/client";
import type { CallOptions, WorkspaceContext } from "../../context.js";
import { Resource } from "../../internal/resource.js";
import {
  addMessage,
  type ChatReply,
  type ConversationMessage,
  chat,
  conversationEvents,
  deleteConversation,
  type EventsOptions,
  getConversation,
  type UpdateConversationInput,
  updateConversation,
} from "./api.js";
import type { MessageInput } from "./message.js";
import { ConversationReplyError } from "./reply-error.js";
import { ChatStream } from "./stream.js";

/**
 * One conversation: its data as last seen (`data`, refreshed by every call that returns
 * the conversation) and what can be done with it.
 *
 * @example
 * const chat = await ws.conversations.create({ name: "Support", settings: { model: "gpt-4o", temperature: 0.2 } });
 * const reply = await chat.send("Where is my order?");
 */
export class ConversationHandle extends Resource {
  #data: Conversation;

  constructor(context: WorkspaceContext, data: Conversation) {
    super(context);
    this.#data = data;
  }

  /** The conversation's id. */
  get id(): string {
    return this.#data.id;
  }

  /** The conversation's name, as last seen. */
  get name(): string {
    return this.#data.name;
  }

  /** The conversation as last seen, messages included. */
  get data(): Conversation {
    return this.#data;
  }

  /** The messages as last seen (`refresh()` to fetch new ones). */
  get messages(): ConversationMessage[] {
    return this.#data.messages ?? [];
  }

  /** Where the conversation stood when last seen: `events({ resumeFrom: handle.etag })` gives what came after. */
  get etag(): string | undefined {
    return this.#data.etag ?? undefined;
  }

  /** The agent the conversation talks to, if any (`assistant_id`, or `agent_id`). */
  get agentId(): string | undefined {
    return this.#data.assistant_id ?? this.#data.agent_id ?? undefined;
  }

  /** Fetches the conversation again (new messages included) and returns this handle. */
  async refresh(options: CallOptions = {}): Promise<this> {
    this.#data = await getConversation(this.context, this.id, options);
    return this;
  }

  /**
   * Sends a message and returns the last message of the conversation, as the Python SDK
   * does: the assistant's reply where the server answers before responding (the local
   * server does). Use `chat()` to be sure to wait for the final reply.
   */
  async send(
    message: string | MessageInput,
    options: CallOptions = {},
  ): Promise<ConversationMessage> {
    const { conversation, reply } = await addMessage(this.context, this.id, message, options);
    this.#data = conversation;
    return reply;
  }

  /**
   * Sends a message and blocks until the final reply, then brings `data` and `etag` up to
   * date (one more request), so `events({ resumeFrom: etag })` starts after this turn.
   * @throws ConversationReplyError when the model could not write a reply.
   */
  async chat(message: string | MessageInput, options: CallOptions = {}): Promise<ChatReply> {
    try {
      const reply = await chat(this.context, this.id, message, options);
      await this.refresh(options);
      return reply;
    } catch (error) {
      // A failed reply is stored too: the turn is over all the same.
      if (error instanceof ConversationReplyError) await this.refresh(options);
      throw error;
    }
  }

  /**
   * Sends a message and streams the reply as it is written (one request, then one more to
   * bring `data` and `etag` up to date): iterate it for the pieces, `await stream.reply()`
   * for the final reply. Works on an idle conversation; see `ChatStream`.
   *
   * @example
   * const stream = conversation.stream("Where is my order?");
   * for await (const part of stream) if (part.type === "text_delta") process.stdout.write(part.content);
   * const reply = await stream.reply();
   */
  stream(message: string | MessageInput, options: CallOptions = {}): ChatStream {
    return new ChatStream(this.context, this.id, message, options, async (_etag, callOptions) => {
      await this.refresh(callOptions);
    });
  }

  /** The conversation's events until `conversation_end` (see `Conversations.events`). */
  events(options: EventsOptions = {}): AsyncGenerator<ConversationEvent> {
    return conversationEvents(this.context, this.id, options);
  }

  /** Renames the conversation or changes its settings, and refreshes this handle with the result. */
  async update(changes: UpdateConversationInput, options: CallOptions = {}): Promise<this> {
    this.#data = await updateConversation(this.context, this.id, changes, options);
    return this;
  }

  /** Deletes the conversation; the handle must not be used afterwards. */
  delete(options: CallOptions = {}): Promise<void> {
    return deleteConversation(this.context, this.id, options);
  }

  /** Serialises to the conversation's data. */
  toJSON(): Conversation {
    return this.#data;
  }
}
