import type { Schemas } from "../api-types.js";
import type { ProgressDetails, StoredRun } from "../storage/runs.js";

/** Fields this server adds to every run shape (the schemas are open). */
interface RunExtras {
  error: string | null;
  started_at: string | null;
}

// The spec leaves per_node_progress and per_edge_progress untyped ("progress by node id");
// the generator turns that into Record<string, never>, hence the one cast.
export const toProgressDetails = (details: ProgressDetails | null) =>
  details as unknown as Schemas["RunProgressDetails"] | null;

/** The `Run` of reference §2.4, with input and output (`workflow_definition` is left out: only the old SDK read it). */
export function toRun(run: StoredRun): Schemas["Run"] & RunExtras {
  return {
    id: run.id,
    group_id: run.workspaceId,
    workflow_id: run.workflowId,
    workflow_version_id: run.workflowVersionId,
    input: run.input,
    node_ids: run.nodeIds,
    single_node_id: run.singleNodeId,
    status: run.status,
    progress: run.progress,
    progress_details: toProgressDetails(run.progressDetails),
    created_at: run.createdAt,
    started_at: run.startedAt,
    finished_at: run.finishedAt,
    output: run.output,
    error: run.error,
  };
}

/** `RunNoIO` (reference §9): the run without its output and definition. */
export function toRunNoIO(run: StoredRun): Schemas["RunNoIO"] & RunExtras {
  return {
    id: run.id,
    group_id: run.workspaceId,
    workflow_id: run.workflowId,
    workflow_version_id: run.workflowVersionId,
    input: run.input,
    node_ids: run.nodeIds,
    status: run.status,
    progress: run.progress,
    progress_details: toProgressDetails(run.progressDetails),
    created_at: run.createdAt,
    started_at: run.startedAt,
    finished_at: run.finishedAt,
    error: run.error,
  };
}

/** `RunSummary` (reference §9): a run with its workflow; every run here comes from the API. */
export function toRunSummary(run: StoredRun): Schemas["RunSummary"] & RunExtras {
  return {
    id: run.id,
    group_id: run.workspaceId,
    workflow_id: run.workflowId,
    workflow_version_id: run.workflowVersionId,
    status: run.status,
    progress: run.progress,
    created_at: run.createdAt,
    started_at: run.startedAt,
    finished_at: run.finishedAt,
    input: run.input,
    output: run.output,
    error: run.error,
    workflow: { id: run.workflowId, name: run.workflowName, type: run.workflowType },
    source: "api",
    definitions: null,
  };
}
