import type { ResultOf, Schemas } from "../api-types.js";
import type { EventStream } from "../http/sse.js";
import type { MessagePart, StoredMessage } from "../storage/conversations.js";
import type { ConversationEngine } from "./engine.js";

type ChatStreamEvent = Schemas["ChatStreamEvent"];

/**
 * The reply as `chat` answers it: parts carry their text both as `content` (message parts)
 * and `text` (AI-SDK parts), so clients of either description read it.
 */
export function chatMessage(reply: StoredMessage): ResultOf<"chat"> {
  const parts = reply.parts.map((part) => ({
    ...part,
    ...(typeof part.content === "string" ? { text: part.content } : {}),
  }));
  return { id: reply.id, parts: parts as ResultOf<"chat">["parts"] };
}

/**
 * One turn sent and streamed in the same response (`streamChat`): each piece of the reply's
 * text as the model writes it (`text_delta`), the stored reply's parts (`message_part`: an
 * `error` part when the model failed), the reply as `chat` returns it (`reply`), then
 * `conversation_end` with the conversation's etag after the turn. A client that goes away
 * does not stop the turn: the reply is stored all the same.
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
  const send = (event: ChatStreamEvent, id?: string) => stream.send(event, id);
  try {
    const turn = await engine.send(
      workspaceId,
      conversationId,
      options.question,
      options.modelSelection,
      { delta: (text) => send({ type: "text_delta", role: "assistant", content: text }) },
    );
    if (!turn) {
      // Deleted between the request's checks and its turn: nothing was stored.
      send({
        type: "message_part",
        role: "assistant",
        part: {
          type: "error",
          role: "assistant",
          content: "No reply: the conversation was deleted.",
        },
      });
      send({ type: "conversation_end", role: "assistant", etag: null });
      return;
    }
    const message = chatMessage(turn.reply);
    for (const part of message.parts) {
      send({ type: "message_part", role: turn.reply.role, part });
    }
    send({ type: "reply", role: turn.reply.role, message });
    send({ type: "conversation_end", role: "assistant", etag: turn.reply.etag }, turn.reply.etag);
  } finally {
    // Also when storing failed: the client sees the stream end rather than hang.
    stream.close();
  }
}
