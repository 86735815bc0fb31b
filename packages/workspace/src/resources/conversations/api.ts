import { type Conversation, type ConversationEvent, NoxusError, type Schema } from "@noxus/client";
import { streamConversationEvents } from "@noxus/client/sse";
import type { CallOptions, WorkspaceContext } from "../../context.js";
import { NoxusInputError } from "../../errors.js";
import { callInit } from "../../internal/resource.js";
import { requireId, requireObject, requireText } from "../../internal/validate.js";
import { type MessageInput, toMessageRequest } from "./message.js";
import { ConversationReplyError, errorPartsOf } from "./reply-error.js";
import { type ConversationSettingsInput, toSettings } from "./settings.js";

/**
 * The conversation calls themselves, on ids. `Conversations` (the group) and
 * `ConversationHandle` are thin layers over these, so both behave the same.
 */

export type ConversationMessage = Schema<"ConversationMessage">;
/** One part of a conversation message (text, a file, a tool call…), as the API returns it. */
export type ConversationMessagePart = Schema<"ConversationMessagePart">;

/** A conversation with explicit settings, or one with an agent (which brings its own). */
export type CreateConversationInput =
  | { name: string; settings: ConversationSettingsInput; agentId?: undefined }
  | { name: string; agentId: string; settings?: undefined };

/** What `update()` changes on a conversation; fields left out stay as they are. */
export interface UpdateConversationInput {
  name?: string;
  settings?: ConversationSettingsInput;
}

/** One part of a `chat()` reply: the text is in `content` (and `text`, as AI-SDK parts say it). */
export type ChatReplyPart = ConversationMessagePart & {
  text?: string;
  [key: string]: unknown;
};

/** The final reply of `chat()`: the API's ChatMessage, plus its text put together. */
export interface ChatReply {
  id: string;
  parts: ChatReplyPart[];
  /** The contents of the `text` parts, joined: what the assistant said. */
  text: string;
}

export interface EventsOptions extends CallOptions {
  /** Only what came after this etag (a conversation's `etag`, as `get()` or `send()` left it). */
  resumeFrom?: string;
  /** Reconnections allowed in a row without an event (default 5). */
  maxReconnects?: number;
}

export async function createConversation(
  context: WorkspaceContext,
  input: CreateConversationInput,
  options: CallOptions = {},
): Promise<Conversation> {
  requireObject(input, "conversation");
  const name = requireText(input.name, "conversation name");
  const hasSettings = input.settings != null;
  const hasAgent = input.agentId != null;
  if (hasSettings === hasAgent) {
    throw new NoxusInputError(
      "settings_or_agent",
      hasSettings
        ? "Give either settings or agentId, not both: a conversation with an agent takes its settings from the agent."
        : "Give the conversation's settings ({ model, temperature, … }), or agentId to talk to an agent.",
    );
  }
  if (input.agentId != null) {
    const agentId = requireId(input.agentId, "agent id");
    const { data } = await context.client.POST("/v1/conversations", {
      params: { query: { assistant_id: agentId } },
      body: { name, settings: null },
      ...callInit(options),
    });
    return data;
  }
  const settings = toSettings(input.settings as ConversationSettingsInput, "settings");
  const { data } = await context.client.POST("/v1/conversations", {
    body: { name, settings },
    ...callInit(options),
  });
  return data;
}

export async function getConversation(
  context: WorkspaceContext,
  id: string,
  options: CallOptions = {},
): Promise<Conversation> {
  const { data } = await context.client.GET("/v1/conversations/{conversation_id}", {
    params: { path: { conversation_id: requireId(id, "conversation id") } },
    ...callInit(options),
  });
  return data;
}

export async function updateConversation(
  context: WorkspaceContext,
  id: string,
  changes: UpdateConversationInput,
  options: CallOptions = {},
): Promise<Conversation> {
  const conversationId = requireId(id, "conversation id");
  requireObject(changes, "changes");
  if (changes.name === undefined && changes.settings === undefined) {
    throw new NoxusInputError(
      "nothing_to_update",
      "Give a new name and/or new settings to update.",
    );
  }
  const body = {
    ...(changes.name !== undefined ? { name: requireText(changes.name, "conversation name") } : {}),
    ...(changes.settings !== undefined
      ? { settings: toSettings(changes.settings, "settings") }
      : {}),
  };
  const { data } = await context.client.PATCH("/v1/conversations/{conversation_id}", {
    params: { path: { conversation_id: conversationId } },
    body,
    ...callInit(options),
  });
  return data;
}

export async function deleteConversation(
  context: WorkspaceContext,
  id: string,
  options: CallOptions = {},
): Promise<void> {
  await context.client.DELETE("/v1/conversations/{conversation_id}", {
    params: { path: { conversation_id: requireId(id, "conversation id") } },
    ...callInit(options),
  });
}

/** Adds a message; the answer is the whole conversation, whose last message is the reply. */
export async function addMessage(
  context: WorkspaceContext,
  id: string,
  message: string | MessageInput,
  options: CallOptions = {},
): Promise<{ conversation: Conversation; reply: ConversationMessage }> {
  const conversationId = requireId(id, "conversation id");
  const body = await toMessageRequest(message);
  const { data } = await context.client.POST("/v1/conversations/{conversation_id}", {
    params: { path: { conversation_id: conversationId } },
    body,
    ...callInit(options),
  });
  const reply = data.messages?.at(-1);
  // The Python SDK fails the same way: an answer without messages breaks the API's contract.
  if (!reply) {
    throw new NoxusError(
      `The server answered the message to conversation ${conversationId} without any messages; fetch it again with get().`,
    );
  }
  return { conversation: data, reply };
}

/**
 * Sends a message and blocks until the final reply. A reply the model could not write
 * (an `error` part) rejects with ConversationReplyError instead of passing for the answer.
 */
export async function chat(
  context: WorkspaceContext,
  id: string,
  message: string | MessageInput,
  options: CallOptions = {},
): Promise<ChatReply> {
  const conversationId = requireId(id, "conversation id");
  const body = await toMessageRequest(message);
  const { data } = await context.client.POST("/v1/conversations/{conversation_id}/chat", {
    params: { path: { conversation_id: conversationId } },
    body,
    ...callInit(options),
  });
  const reply = toChatReply(data);
  if (errorPartsOf(reply.parts).length > 0) throw new ConversationReplyError(conversationId, reply);
  return reply;
}

/** The API's ChatMessage as the SDK gives it: `text` is what the assistant said (text parts only). */
export function toChatReply(message: Schema<"ChatMessage">): ChatReply {
  const parts = message.parts as ChatReplyPart[];
  const text = parts
    .filter((part) => part.type === "text")
    .map((part) => (typeof part.content === "string" ? part.content : (part.text ?? "")))
    .join("");
  return { id: message.id, parts, text };
}

/**
 * The conversation's events as a typed async iterator, ending with (and yielding) the
 * `conversation_end` event. Checks the id at once, not at the first `next()`.
 */
export function conversationEvents(
  context: WorkspaceContext,
  id: string,
  options: EventsOptions = {},
): AsyncGenerator<ConversationEvent> {
  const conversationId = requireId(id, "conversation id");
  if (options.resumeFrom !== undefined)
    requireText(options.resumeFrom, "resumeFrom etag", "invalid_etag");
  return streamConversationEvents(context.client, conversationId, options);
}
