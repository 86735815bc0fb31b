import type { PageRequest } from "../http/pagination.js";
import type { WorkflowDefinition } from "./workflows.js";

export type RunStatus = "queued" | "running" | "failed" | "completed" | "stopped";
export const TERMINAL_STATUSES: readonly RunStatus[] = ["completed", "failed", "stopped"];

export interface NodeProgress {
  status: "pending" | "running" | "completed" | "failed" | "skipped";
  progress: number;
  started_at: string | null;
  finished_at: string | null;
  error: string | null;
}

export interface ProgressDetails {
  executed_nodes: string[];
  remaining_nodes: string[];
  running_nodes: string[];
  skipped_nodes: string[];
  error_handler_nodes: string[];
  per_node_progress: Record<string, NodeProgress>;
  per_edge_progress: Record<string, number>;
  subflow_executions: unknown[];
  run_logs: { at: string; level: "info" | "error"; message: string }[];
}

/** Run output: `<output_node_id>::<output_name>` → `{ text, ... }` (reference §4.7). */
export type RunOutputMap = Record<string, Record<string, unknown>>;

export interface StoredRun {
  id: string;
  workspaceId: string;
  workflowId: string;
  workflowVersionId: string | null;
  input: Record<string, unknown>;
  /** The definition the run executes, frozen when it was created. */
  definition: WorkflowDefinition;
  nodeIds: string[] | null;
  singleNodeId: string | null;
  callbackUrl: string | null;
  status: RunStatus;
  progress: number;
  progressDetails: ProgressDetails | null;
  output: RunOutputMap | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Name and type of the run's workflow (kept after the workflow is deleted). */
  workflowName: string;
  workflowType: string;
  /** The run's workflow was deleted (its runs stay readable through /v1/runs). */
  workflowDeleted: boolean;
}

export interface NewRun {
  workflowId: string;
  workflowVersionId: string | null;
  input: Record<string, unknown>;
  definition: WorkflowDefinition;
  nodeIds: string[] | null;
  singleNodeId: string | null;
  callbackUrl: string | null;
  progressDetails: ProgressDetails;
}

export interface RunPatch {
  status?: RunStatus;
  progress?: number;
  progressDetails?: ProgressDetails;
  output?: RunOutputMap | null;
  error?: string | null;
  startedAt?: string;
  finishedAt?: string;
}

export type RunEventType = "content" | "state";

export interface NewRunEvent {
  type: RunEventType;
  data: Record<string, unknown>;
}

export interface StoredRunEvent {
  seq: number;
  type: RunEventType;
  data: Record<string, unknown>;
  /** `<created ms>-<seq>`: the id a client passes back as `etag` (reference §3.3). */
  redisId: string;
}

export interface RunListFilter {
  workflowId?: string;
  /** Case-insensitive substring of the input, the output or the workflow's name. */
  text?: string;
}

/**
 * Runs and their event log. A run's state and the events that report it are written
 * together (`record`), so a stream replayed from the log always agrees with the run.
 */
export interface RunStore {
  /** Creates the run (status queued) with its first events, in one transaction. */
  create(workspaceId: string, input: NewRun, events: NewRunEvent[]): Promise<StoredRun>;
  get(workspaceId: string, runId: string): Promise<StoredRun | undefined>;
  /** Unscoped, for the engine, which works for every workspace. */
  getById(runId: string): Promise<StoredRun | undefined>;
  list(
    workspaceId: string,
    filter: RunListFilter,
    page: PageRequest,
  ): Promise<{ items: StoredRun[]; total: number }>;
  /**
   * Applies the patch and appends the events in one transaction. Resolves undefined when
   * the run no longer exists (its workspace was deleted), so the engine can give up on it.
   */
  record(
    runId: string,
    patch: RunPatch,
    events: NewRunEvent[],
  ): Promise<StoredRunEvent[] | undefined>;
  /** Events after `afterSeq` (0: all), in order. */
  listEvents(workspaceId: string, runId: string, afterSeq: number): Promise<StoredRunEvent[]>;
  /** Ids of runs in the given statuses, oldest first (crash recovery). */
  listIdsByStatus(statuses: RunStatus[]): Promise<string[]>;
}
