import type { ConversationEvent, RunEvent } from "../schemas.js";
import { type EventStreamOptions, streamEvents } from "./stream.js";

const RUN_TERMINAL = new Set(["completed", "failed", "stopped"]);

/** True for the event that ends a run's stream: `data.workflow_status` is final. */
export function isTerminalRunEvent(event: RunEvent): boolean {
  const status = (event.data as { workflow_status?: unknown } | undefined)?.workflow_status;
  return typeof status === "string" && RUN_TERMINAL.has(status);
}

/**
 * The events of a run (`GET /v1/runs/{run_id}/events`), typed, until its terminal event.
 * Reconnects resume from the last `redisId`.
 *
 * @example
 * for await (const event of streamRunEvents(noxus, run.id)) console.log(event.type, event.data);
 */
export function streamRunEvents(
  client: object,
  runId: string,
  options?: EventStreamOptions,
): AsyncGenerator<RunEvent> {
  return streamEvents<RunEvent>(
    client,
    {
      path: "/v1/runs/{run_id}/events",
      pathParams: { run_id: runId },
      parse: (data) => JSON.parse(data) as RunEvent,
      resumeToken: (event) => event.redisId,
      isTerminal: isTerminalRunEvent,
    },
    options,
  );
}

/**
 * The events of a conversation (`GET /v1/conversations/{id}/events`), typed, until
 * `conversation_end`. Reconnects resume after the last SSE id when the server sends one.
 */
export function streamConversationEvents(
  client: object,
  conversationId: string,
  options?: EventStreamOptions,
): AsyncGenerator<ConversationEvent> {
  return streamEvents<ConversationEvent>(
    client,
    {
      path: "/v1/conversations/{conversation_id}/events",
      pathParams: { conversation_id: conversationId },
      parse: (data) => JSON.parse(data) as ConversationEvent,
      resumeToken: (_event, sseId) => sseId,
      isTerminal: (event) => event.type === "conversation_end",
    },
    options,
  );
}
