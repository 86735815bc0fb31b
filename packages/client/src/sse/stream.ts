import {
  apiErrorFromResponse,
  NoxusAbortError,
  NoxusConnectionError,
  NoxusError,
} from "../errors.js";
import { linkSignal, sleep } from "../internal/abort.js";
import { readEventStream } from "./read.js";

/** What a typed event stream needs to know about its endpoint. */
export interface EventStreamSpec<Event> {
  path: string;
  pathParams: Record<string, string>;
  query?: Record<string, string>;
  /** Parses one `data:` payload. */
  parse(data: string): Event;
  /** The token to resume after this event (`etag` query), if the protocol has one. */
  resumeToken(event: Event, sseId: string | undefined): string | undefined;
  /** The event after which the server closes the stream on purpose. */
  isTerminal(event: Event): boolean;
}

/** Options of streamRunEvents and streamConversationEvents. */
export interface EventStreamOptions {
  /** Stops the stream (the iterator ends with a NoxusAbortError) when it fires. */
  signal?: AbortSignal;
  /** Resume strictly after this token (a run event's `redisId`, a conversation's `etag`). */
  resumeFrom?: string;
  /** Reconnections allowed in a row without receiving an event (default 5). */
  maxReconnects?: number;
  /** First reconnection delay; doubles each time, up to 5 s (default 250 ms). */
  reconnectDelayMs?: number;
}

interface StreamingClient {
  GET(path: never, init: never): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/**
 * Opens an SSE endpoint and yields its events until the terminal one. A stream that drops
 * (network error, or closed without the terminal event) is reopened with `etag=<last token>`,
 * so no event is lost or repeated; when the protocol has no token the replayed events are
 * skipped by count. Leaving the loop early (break, return, throw) aborts the request.
 */
export async function* streamEvents<Event>(
  client: object,
  spec: EventStreamSpec<Event>,
  options: EventStreamOptions = {},
): AsyncGenerator<Event> {
  const controller = linkSignal(options.signal);
  const maxReconnects = options.maxReconnects ?? 5;
  let resume = options.resumeFrom;
  let delivered = 0;
  let failures = 0;
  try {
    for (;;) {
      let skip = resume === undefined ? delivered : 0;
      let lastError: unknown;
      try {
        const query = { ...spec.query, ...(resume !== undefined ? { etag: resume } : {}) };
        const result = await (client as StreamingClient).GET(
          spec.path as never,
          {
            params: { path: spec.pathParams, query },
            parseAs: "stream",
            signal: controller.signal,
          } as never,
        );
        if (!result.response.ok) {
          throw apiErrorFromResponse(result.response, result.error, {
            method: "GET",
            path: spec.path,
          });
        }
        for await (const message of readEventStream(result.data as ReadableStream<Uint8Array>)) {
          if (message.event && message.event !== "message") continue;
          const event = spec.parse(message.data);
          if (skip > 0) {
            skip -= 1;
            continue;
          }
          delivered += 1;
          failures = 0;
          resume = spec.resumeToken(event, message.id) ?? resume;
          yield event;
          if (spec.isTerminal(event)) return;
        }
      } catch (error) {
        if (controller.signal.aborted)
          throw new NoxusAbortError("GET", spec.path, options.signal?.reason);
        // API answers (404, 401…) are final; only lost connections are worth reopening.
        if (error instanceof NoxusError && !(error instanceof NoxusConnectionError)) throw error;
        lastError = error;
      }
      if (++failures > maxReconnects) {
        throw lastError instanceof NoxusError
          ? lastError
          : new NoxusConnectionError(
              "GET",
              spec.path,
              lastError ?? new Error("stream closed before its last event"),
            );
      }
      const delay = Math.min(5_000, (options.reconnectDelayMs ?? 250) * 2 ** (failures - 1));
      await sleep(delay, controller.signal).catch(() => {
        throw new NoxusAbortError("GET", spec.path, options.signal?.reason);
      });
    }
  } finally {
    controller.unlink();
    controller.abort();
  }
}
