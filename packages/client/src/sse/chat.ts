import {
  apiErrorFromResponse,
  NoxusAbortError,
  NoxusConnectionError,
  NoxusError,
} from "../errors.js";
import type { ChatStreamEvent, MessageRequest } from "../schemas.js";
import { readEventStream } from "./read.js";

const PATH = "/v1/conversations/{conversation_id}/stream";

interface PostingClient {
  POST(path: never, init: never): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

export interface ChatStreamOptions {
  signal?: AbortSignal;
}

/**
 * Sends a message and streams the reply (`POST /v1/conversations/{id}/stream`), typed, until
 * `conversation_end`. Unlike the event streams it is never reopened: sending is not
 * idempotent, so a stream cut off before `conversation_end` throws a NoxusConnectionError
 * (read the conversation to see whether the reply was stored). Leaving the loop early aborts
 * the request; the server still stores the reply.
 *
 * @example
 * for await (const event of streamChat(noxus, conversation.id, { content: "Hi" })) {
 *   if (event.type === "text_delta") process.stdout.write(event.content);
 * }
 */
export async function* streamChat(
  client: object,
  conversationId: string,
  body: MessageRequest,
  options: ChatStreamOptions = {},
): AsyncGenerator<ChatStreamEvent> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const result = await (client as PostingClient).POST(
      PATH as never,
      {
        params: { path: { conversation_id: conversationId } },
        body,
        parseAs: "stream",
        signal: controller.signal,
      } as never,
    );
    if (!result.response.ok) {
      throw apiErrorFromResponse(result.response, result.error, { method: "POST", path: PATH });
    }
    for await (const message of readEventStream(result.data as ReadableStream<Uint8Array>)) {
      if (message.event && message.event !== "message") continue;
      const event = JSON.parse(message.data) as ChatStreamEvent;
      yield event;
      if (event.type === "conversation_end") return;
    }
    throw new NoxusConnectionError(
      "POST",
      PATH,
      new Error("stream closed before conversation_end"),
    );
  } catch (error) {
    if (controller.signal.aborted && !(error instanceof NoxusAbortError)) {
      throw new NoxusAbortError("POST", PATH, options.signal?.reason);
    }
    if (error instanceof NoxusError) throw error;
    throw new NoxusConnectionError("POST", PATH, error);
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    controller.abort();
  }
}
