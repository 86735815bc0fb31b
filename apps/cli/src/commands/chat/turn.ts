import { type ChatReply, type ConversationHandle, ConversationReplyError } from "@noxus/workspace";

export interface TurnResult {
  /** What the assistant said (the text parts joined). */
  text: string;
  /** What the error parts of the reply said, if the model could not answer. */
  errors: string[];
  reply: ChatReply;
}

/**
 * One turn of a conversation, the answer shown as it arrives: the SDK's `stream()` sends the
 * message and yields the reply's text while the model writes it (each piece handed to
 * `onText`), then gives the final reply. A reply the model could not write comes back as its
 * error parts rather than thrown, so an interactive chat can go on.
 */
export async function streamTurn(
  conversation: ConversationHandle,
  message: string,
  options: { signal: AbortSignal; onText: (text: string) => void },
): Promise<TurnResult> {
  const stream = conversation.stream(message, { signal: options.signal });
  try {
    for await (const part of stream) {
      if (part.type === "text_delta") options.onText(part.content);
    }
    const reply = await stream.reply();
    return { text: reply.text, errors: [], reply };
  } catch (error) {
    if (!(error instanceof ConversationReplyError)) throw error;
    return {
      text: error.reply.text,
      errors: error.errorParts.map((part) => part.content),
      reply: error.reply,
    };
  }
}
