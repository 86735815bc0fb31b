import type { Schemas } from "../api-types.js";
import type { PageRequest } from "../http/pagination.js";

export type ConversationSettings = Schemas["ConversationSettings"];
export type Conversation = Schemas["Conversation"];
/** A message part as stored and answered: the spec's known keys plus whatever the part carries. */
export type MessagePart = Schemas["ConversationMessagePart"] & Record<string, unknown>;
export type MessageRole = "user" | "assistant";
export type ConversationStatus = "idle" | "generating";

/** A message with its position, for the event stream. */
export interface StoredMessage {
  id: string;
  seq: number;
  role: MessageRole;
  etag: string;
  createdAt: string;
  parts: MessagePart[];
}

export interface NewMessage {
  role: MessageRole;
  parts: MessagePart[];
  /** The conversation's status once the message is stored. */
  status: ConversationStatus;
}

/**
 * Conversations and their messages. Every method is scoped by workspace. The conversation's
 * `etag` names its position in the message sequence: it changes with every message, and
 * `messagesAfter` resumes from it.
 */
export interface ConversationStore {
  create(
    workspaceId: string,
    input: { name: string; settings: ConversationSettings; assistantId: string | null },
  ): Promise<Conversation>;
  /** With all its messages, in order. */
  get(workspaceId: string, conversationId: string): Promise<Conversation | undefined>;
  /** Conversations with at least one message only (reference §8.10). */
  list(workspaceId: string, page: PageRequest): Promise<{ items: Conversation[]; total: number }>;
  update(
    workspaceId: string,
    conversationId: string,
    changes: { name?: string; settings?: ConversationSettings },
  ): Promise<Conversation | undefined>;
  delete(workspaceId: string, conversationId: string): Promise<boolean>;
  setStatus(
    workspaceId: string,
    conversationId: string,
    status: ConversationStatus,
  ): Promise<boolean>;
  /** Appends at the end and moves the etag; undefined when the conversation is gone. */
  appendMessage(
    workspaceId: string,
    conversationId: string,
    message: NewMessage,
  ): Promise<StoredMessage | undefined>;
  /** Messages with `seq` greater than `afterSeq`, in order. */
  messagesAfter(
    workspaceId: string,
    conversationId: string,
    afterSeq: number,
  ): Promise<StoredMessage[]>;
  /** The message at a position, to check that an etag names it. */
  messageAt(
    workspaceId: string,
    conversationId: string,
    seq: number,
  ): Promise<StoredMessage | undefined>;
  /** Crash recovery: replies in progress when the server stopped will never finish. */
  resetGenerating(): Promise<number>;
}
