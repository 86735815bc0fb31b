import type { EventStream } from "../http/sse.js";
import type { MessagePart } from "../storage/conversations.js";
import type { ConversationEngine } from "./engine.js";
import { CONVERSATION_END, messageEvents } from "./events.js";

/**
 * One turn sent and streamed in the same response (`POST …/stream`, reference §3.4): the
 * user's message once stored, each piece of the reply as the model writes it (`text-delta`),
 * the stored reply's parts (`text`, or `error` when the model failed) and `conversation_end`.
 * Stored messages carry their etag as the SSE id, so the client knows where the conversation
 * stands. A client that goes away does not stop the turn: the reply is stored all the same.
 */
export async function streamTurn(options: {
  stream: EventStream;
  engine: ConversationEngine;
  workspaceId: string;
  conversationId: string;
  question: MessagePart;
  modelSelection: string[] | null | undefined;
}): Promise<void> {
  const { stream, engine, workspaceId, conversationId } = options;
  const turn = await engine.send(
    workspaceId,
    conversationId,
    options.question,
    options.modelSelection,
    {
      question(message) {
        for (const event of messageEvents(message)) stream.send(event, message.etag);
      },
      delta(text) {
        stream.send({ role: "assistant", type: "text-delta", content: text });
      },
    },
  );
  if (turn) {
    for (const event of messageEvents(turn.reply)) {
      stream.send({ ...event, message_id: turn.reply.id }, turn.reply.etag);
    }
  } else {
    // Deleted between the request's checks and its turn.
    stream.send({ role: "assistant", type: "error", content: "Conversation not found" });
  }
  stream.send(CONVERSATION_END);
  stream.close();
}
