import type { RunEvent, RunStatus } from "@noxus/client";

/**
 * Statuses after which a run will not change by itself. The Python SDK leaves `stopped` out
 * of its polling loop and so waits forever on a stopped run; every one of
 * these ends a wait here.
 */
const FINAL: ReadonlySet<string> = new Set<RunStatus>([
  "completed",
  "failed",
  "stopped",
  "awaiting_human_feedback",
]);

const KNOWN: ReadonlySet<string> = new Set<RunStatus>([
  "queued",
  "running",
  "completed",
  "failed",
  "stopped",
  "awaiting_human_feedback",
]);

export function isFinalStatus(status: string | null | undefined): status is RunStatus {
  return typeof status === "string" && FINAL.has(status);
}

export function isRunStatus(status: unknown): status is RunStatus {
  return typeof status === "string" && KNOWN.has(status);
}

/**
 * The overall run status an event reports, if any: `workflow_status` on the terminal event,
 * or `status` on a `state` event (a `content` event's `status` is a node's, not the run's).
 */
export function runStatusOf(event: RunEvent): RunStatus | undefined {
  const data = event.data as { status?: unknown; workflow_status?: unknown };
  if (isRunStatus(data.workflow_status)) return data.workflow_status;
  if (event.type === "state" && isRunStatus(data.status)) return data.status;
  return undefined;
}
