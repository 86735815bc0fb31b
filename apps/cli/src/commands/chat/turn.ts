import { sleep } from "@noxus/client/internal";
import type { ChatReply, ConversationHandle } from "@noxus/workspace";

const MAX_STREAM_OPENS = 50;
const REOPEN_MS = 100;

// Ends early, without failing, when the turn is over: the loop then checks why it woke.
const delay = (ms: number, signal: AbortSignal) => sleep(ms, signal).catch(() => undefined);

export interface TurnResult {
  /** What the assistant said (the text parts joined). */
  text: string;
  /** Error parts of the reply (e.g. `No reply: …`), if the model failed. */
  errors: string[];
  reply: ChatReply;
}

/**
 * One turn of a conversation, the answer shown as it arrives: the message is sent with
 * `chat()` (which resolves with the final reply) while the conversation's event stream,
 * opened from where the conversation stood, delivers the assistant's parts as the server
 * stores them; each text part is handed to `onText` at once. Should the stream end before
 * the reply shows up in it (it may open before the message is stored), the final reply is
 * shown instead, so every turn prints its answer exactly once.
 */
export async function streamTurn(
  conversation: ConversationHandle,
  message: string,
  options: { signal: AbortSignal; stream: boolean; onText: (text: string) => void },
): Promise<TurnResult> {
  const from = conversation.etag;
  const replying = conversation.chat(message, { signal: options.signal });
  let streamed = false;
  if (options.stream) {
    const stop = new AbortController();
    const signal = AbortSignal.any([options.signal, stop.signal]);
    let settled = false;
    const settledOrFailed = replying.then(
      () => {
        settled = true;
      },
      () => {
        settled = true;
        // A failed send ends the stream too, and its error is the one reported.
        stop.abort();
      },
    );
    try {
      // The stream may open before the server has the message: it then ends at once, and
      // is opened again (briefly later) until it carries the turn or the reply is in.
      for (let attempt = 0; attempt < MAX_STREAM_OPENS && !streamed && !settled; attempt++) {
        let sawUser = false;
        for await (const event of conversation.events({
          signal,
          ...(from ? { resumeFrom: from } : {}),
        })) {
          if (event.type === "conversation_end") break;
          if (event.role === "user") {
            sawUser = true;
            continue;
          }
          if (event.type === "text" && typeof event.content === "string") {
            options.onText(event.content);
            streamed = true;
          }
        }
        // The turn was there and is over: whatever it said (an error part, say) is in the reply.
        if (sawUser) break;
        await Promise.race([settledOrFailed, delay(REOPEN_MS, signal)]);
      }
    } catch (error) {
      // The stream is a nicety: when it fails, the reply of chat() is still shown.
      if (options.signal.aborted) throw error;
    }
  }
  const reply = await replying;
  // Where the next turn's stream starts from.
  await conversation.refresh({ signal: options.signal });
  const text = reply.parts
    .filter((part) => (part.type ?? "text") === "text")
    .map((part) => (typeof part.content === "string" ? part.content : (part.text ?? "")))
    .join("");
  const errors = reply.parts
    .filter((part) => part.type === "error")
    .map((part) => String(part.content ?? part.text ?? "the model failed"));
  if (options.stream && !streamed && text) options.onText(text);
  return { text, errors, reply };
}
