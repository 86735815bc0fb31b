import { type EventSourceMessage, EventSourceParserStream } from "eventsource-parser/stream";

/**
 * Reads a `text/event-stream` body as SSE messages (eventsource-parser does the parsing).
 * An event cut off by the end of the stream is dropped, as the SSE standard says, so a
 * reconnect that resumes after the last *complete* event neither loses nor repeats one.
 */
export async function* readEventStream(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<EventSourceMessage> {
  const reader = body
    .pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>)
    .pipeThrough(new EventSourceParserStream())
    .getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
