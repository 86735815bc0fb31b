import type { Schemas } from "../api-types.js";
import type { EventStream } from "../http/sse.js";
import type { ConversationStore, StoredMessage } from "../storage/conversations.js";
import type { ConversationEngine } from "./engine.js";

type ConversationEvent = Schemas["ConversationEvent"];

export const CONVERSATION_END: ConversationEvent = { role: "assistant", type: "conversation_end" };

/** One event per message part: `{role, type, content}` (reference §3.4). */
export function messageEvents(message: StoredMessage): ConversationEvent[] {
  return message.parts.map((part) => ({
    role: part.role ?? message.role,
    type: part.type ?? "text",
    content:
      typeof part.content === "string" || part.content == null
        ? (part.content ?? null)
        : JSON.stringify(part.content),
  }));
}

/**
 * `?format=json` asks for `{event, data}` envelopes (docs only, reference §3.4), while the
 * spec types every event as `{role, type, content?}`: the envelope carries both, so clients
 * of either description read the same stream.
 */
export function envelope(event: ConversationEvent): ConversationEvent & Record<string, unknown> {
  return { event: event.type, data: event, ...event };
}

/**
 * Sends every message after position `afterSeq`, then, while a reply is being generated,
 * waits for it and sends it too; ends with `conversation_end`. Messages are read from the
 * store, so a client that connects late still receives everything after its etag. The
 * queue's promise is taken *before* reading, so a reply stored between the read and the
 * check is picked up by the next read rather than missed.
 */
export async function streamConversation(options: {
  stream: EventStream;
  store: ConversationStore;
  engine: ConversationEngine;
  workspaceId: string;
  conversationId: string;
  afterSeq: number;
  json: boolean;
}): Promise<void> {
  const { stream, store, engine, workspaceId, conversationId } = options;
  const send = (event: ConversationEvent, id?: string) =>
    stream.send(options.json ? envelope(event) : event, id);
  let position = options.afterSeq;
  while (!stream.signal.aborted) {
    const pending = engine.pending(conversationId);
    for (const message of await store.messagesAfter(workspaceId, conversationId, position)) {
      for (const event of messageEvents(message)) send(event, message.etag);
      position = message.seq;
    }
    if (!pending) break;
    await pending;
  }
  send(CONVERSATION_END);
  stream.close();
}
