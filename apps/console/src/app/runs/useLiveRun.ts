import { useEffect } from "react";
import { $api } from "../api/client.js";
import { useRunEvents } from "./useRunEvents.js";

export interface NodeTiming {
  status: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

/**
 * A run as stored, with its node states brought up to date by the live event stream; when
 * the stream says the run ended, the stored run (outputs included) is read again.
 */
export function useLiveRun(runId: string | undefined, knownWorkflowId?: string) {
  // `GET /v1/runs/{id}` answers without input and output (the docs' RunNoIO): it is only
  // asked for the workflow id when the page does not know it, then the full run is read.
  const summary = $api.useQuery(
    "get",
    "/v1/runs/{run_id}",
    { params: { path: { run_id: runId ?? "" } } },
    { enabled: runId !== undefined && knownWorkflowId === undefined },
  );
  const workflowId = knownWorkflowId ?? summary.data?.workflow_id;
  const full = $api.useQuery(
    "get",
    "/v1/workflows/{workflow_id}/runs/{run_id}",
    { params: { path: { workflow_id: workflowId ?? "", run_id: runId ?? "" } } },
    { enabled: runId !== undefined && workflowId !== undefined },
  );
  const run = full;
  const error = summary.error ?? full.error;
  const live = useRunEvents(run.data ? runId : undefined, run.data?.status);
  const { refetch } = run;
  useEffect(() => {
    if (live.finished) void refetch();
  }, [live.finished, refetch]);

  const stored = (run.data?.progress_details?.per_node_progress ?? {}) as Record<
    string,
    {
      status?: string;
      started_at?: string | null;
      finished_at?: string | null;
      error?: string | null;
    }
  >;
  const nodes: Record<string, NodeTiming> = {};
  for (const [id, progress] of Object.entries(stored)) {
    nodes[id] = {
      status: progress.status ?? "pending",
      startedAt: progress.started_at ?? null,
      finishedAt: progress.finished_at ?? null,
      error: progress.error ?? null,
    };
  }
  for (const [id, status] of Object.entries(live.nodes)) {
    nodes[id] = { ...(nodes[id] ?? { startedAt: null, finishedAt: null, error: null }), status };
  }
  // The stored run may lag the stream by a moment; the stream's status is the newer one.
  const storedDone = ["completed", "failed", "stopped"].includes(run.data?.status ?? "");
  const status = storedDone ? run.data?.status : (live.status ?? run.data?.status);
  return { run, error, nodes, status, streamError: live.error, done: storedDone };
}

export type LiveRun = ReturnType<typeof useLiveRun>;
