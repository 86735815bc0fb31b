import type { Conversation, ConversationEvent } from "@noxus/client";
import type { CallOptions } from "../context.js";
import { requireId } from "../internal/validate.js";
import type { ListOptions, Paginated } from "../pagination.js";
import {
  addMessage,
  type ChatReply,
  type ConversationMessage,
  type CreateConversationInput,
  chat,
  conversationEvents,
  createConversation,
  deleteConversation,
  type EventsOptions,
  getConversation,
  type UpdateConversationInput,
  updateConversation,
} from "./conversations/api.js";
import { ConversationHandle } from "./conversations/handle.js";
import type { MessageInput } from "./conversations/message.js";
import { ChatStream } from "./conversations/stream.js";

export type {
  ChatReply,
  ChatReplyPart,
  ConversationMessage,
  ConversationMessagePart,
  CreateConversationInput,
  EventsOptions as ConversationEventsOptions,
  UpdateConversationInput,
} from "./conversations/api.js";
export { ConversationHandle } from "./conversations/handle.js";
export type {
  MessageFile,
  MessageFileBytes,
  MessageFileUrl,
  MessageInput,
  MessageRequest,
} from "./conversations/message.js";
export { ConversationReplyError } from "./conversations/reply-error.js";
export type {
  AgentDefinitionInput,
  ConversationSettings,
  ConversationSettingsInput,
  ConversationTool,
} from "./conversations/settings.js";
export { ChatStream, type ChatStreamPart } from "./conversations/stream.js";

import { Resource } from "../internal/resource.js";

export type { Conversation, ConversationEvent };

/** A conversation named by its id or by its handle. */
export type ConversationRef = string | ConversationHandle;

/**
 * `ws.conversations`: chats with a model (explicit settings) or with an agent.
 * `create`, `get` and `update` give a `ConversationHandle`; `list` gives the data.
 * Every method that acts on one conversation takes its id or its handle (a handle passed
 * in is kept up to date).
 */
export class Conversations extends Resource {
  /**
   * Exactly one of `settings` (`model` may be one name or a list, `tools` defaults to none)
   * or `agentId` (the agent's definition is used); anything else is a NoxusInputError.
   * Returns a handle on the new conversation.
   *
   * @example
   * const chat = await ws.conversations.create({ name: "Support", settings: { model: "gpt-4o", temperature: 0.2 } });
   * const reply = await chat.chat("Where is my order?");
   * for await (const event of chat.events({ resumeFrom: chat.etag })) console.log(event.type);
   */
  async create(
    input: CreateConversationInput,
    options: CallOptions = {},
  ): Promise<ConversationHandle> {
    return this.handle(await createConversation(this.context, input, options));
  }

  /**
   * A handle on the conversation with this id, messages included.
   * @throws NoxusNotFoundError when there is none in this workspace.
   */
  async get(id: string, options: CallOptions = {}): Promise<ConversationHandle> {
    return this.handle(await getConversation(this.context, id, options));
  }

  /**
   * Every conversation of the workspace, a page at a time.
   *
   * ⚠️ The API hides **empty** conversations: one appears here only once it has a message
   * (a server rule), so a conversation just created is not listed yet; `get(id)` finds it.
   */
  list(options: ListOptions = {}): Paginated<Conversation> {
    return this.paginate<Conversation>(async ({ page, size, signal }) => {
      const { data } = await this.context.client.GET("/v1/conversations", {
        params: { query: { page, size } },
        signal,
      });
      return data;
    }, options);
  }

  /** Renames the conversation or changes its settings; returns the updated handle (a handle passed in is updated in place). */
  async update(
    conversation: ConversationRef,
    changes: UpdateConversationInput,
    options: CallOptions = {},
  ): Promise<ConversationHandle> {
    if (conversation instanceof ConversationHandle) return conversation.update(changes, options);
    return this.handle(await updateConversation(this.context, conversation, changes, options));
  }

  /**
   * Deletes the conversation.
   * @throws NoxusNotFoundError when there is none in this workspace.
   */
  async delete(conversation: ConversationRef, options: CallOptions = {}): Promise<void> {
    await deleteConversation(this.context, idOf(conversation), options);
  }

  /**
   * Sends a message (a string, or `{ content, files, tool, kbId, workflowId, model }`) and
   * returns the assistant's reply: the last message of the conversation, as the Python SDK
   * does. Files are `File`s, `{ name, data: Uint8Array | Blob }` (sent as base64) or
   * `{ name, url }`.
   */
  async send(
    conversation: ConversationRef,
    message: string | MessageInput,
    options: CallOptions = {},
  ): Promise<ConversationMessage> {
    if (conversation instanceof ConversationHandle) return conversation.send(message, options);
    return (await addMessage(this.context, conversation, message, options)).reply;
  }

  /**
   * Sends a message and blocks until the final reply (`reply.text` is what was said).
   * @throws ConversationReplyError when the model could not write a reply.
   */
  chat(
    conversation: ConversationRef,
    message: string | MessageInput,
    options: CallOptions = {},
  ): Promise<ChatReply> {
    if (conversation instanceof ConversationHandle) return conversation.chat(message, options);
    return chat(this.context, idOf(conversation), message, options);
  }

  /**
   * Sends a message and streams the reply as it is written (see `ConversationHandle.stream`).
   * A handle passed in is brought up to date once the turn is over.
   */
  stream(
    conversation: ConversationRef,
    message: string | MessageInput,
    options: CallOptions = {},
  ): ChatStream {
    if (conversation instanceof ConversationHandle) return conversation.stream(message, options);
    return new ChatStream(this.context, idOf(conversation), message, options, async () => {});
  }

  /**
   * The conversation's events (`{ role, type, content }`, the user's included) until and
   * including `conversation_end`, over SSE. Without `resumeFrom` every stored message is
   * replayed; with a conversation `etag` only what came after it. A dropped stream is
   * reopened where it stopped; `signal` or leaving the loop closes it.
   */
  events(
    conversation: ConversationRef,
    options: EventsOptions = {},
  ): AsyncGenerator<ConversationEvent> {
    return conversationEvents(this.context, idOf(conversation), options);
  }

  private handle(data: Conversation): ConversationHandle {
    return new ConversationHandle(this.context, data);
  }
}

function idOf(conversation: ConversationRef): string {
  return conversation instanceof ConversationHandle
    ? conversation.id
    : requireId(conversation, "conversation id");
}
