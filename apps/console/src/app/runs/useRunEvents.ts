import { isTerminalRunEvent, streamRunEvents } from "@noxus/client/sse";
import { useEffect, useState } from "react";
import { noxus } from "../api/client.js";

export interface LiveRunState {
  /** Node id → its latest status (`pending`, `running`, `completed`, `failed`, `skipped`). */
  nodes: Record<string, string>;
  /** The run's status as the last event said, if any arrived. */
  status: string | undefined;
  progress: number | undefined;
  /** True once the terminal event arrived: the run's outputs can be read. */
  finished: boolean;
  error: unknown;
}

const FINISHED = new Set(["completed", "failed", "stopped"]);

/**
 * Follows a run's event stream (through the console's proxy, which passes SSE through
 * unbuffered) and folds each event into per-node states as it arrives. A run that already
 * ended is not streamed: its stored `progress_details` say everything.
 */
export function useRunEvents(runId: string | undefined, alreadyStatus?: string): LiveRunState {
  const [state, setState] = useState<LiveRunState>({
    nodes: {},
    status: undefined,
    progress: undefined,
    finished: false,
    error: undefined,
  });
  const skip = alreadyStatus !== undefined && FINISHED.has(alreadyStatus);
  useEffect(() => {
    setState({
      nodes: {},
      status: undefined,
      progress: undefined,
      finished: false,
      error: undefined,
    });
    if (!runId || skip) return;
    const abort = new AbortController();
    (async () => {
      try {
        for await (const event of streamRunEvents(noxus, runId, { signal: abort.signal })) {
          setState((previous) => fold(previous, event, runId));
        }
      } catch (error) {
        if (!abort.signal.aborted) setState((previous) => ({ ...previous, error }));
      }
    })();
    return () => abort.abort();
  }, [runId, skip]);
  return state;
}

type RunEvent = Parameters<typeof isTerminalRunEvent>[0];

function fold(previous: LiveRunState, event: RunEvent, runId: string): LiveRunState {
  const data = event.data as Record<string, unknown>;
  const next: LiveRunState = { ...previous, nodes: { ...previous.nodes } };
  if (event.type === "state") {
    const perNode = (data.progress_details as { per_node_progress?: Record<string, unknown> })
      ?.per_node_progress;
    for (const [id, progress] of Object.entries(perNode ?? {})) {
      const status = (progress as { status?: unknown })?.status;
      if (typeof status === "string") next.nodes[id] = status;
    }
    if (typeof data.status === "string") next.status = data.status;
    if (typeof data.progress === "number") next.progress = data.progress;
  } else if (typeof data.id === "string" && typeof data.status === "string" && data.id !== runId) {
    next.nodes[data.id] = data.status;
  }
  if (isTerminalRunEvent(event)) {
    next.finished = true;
    next.status = String(data.workflow_status);
  }
  return next;
}
