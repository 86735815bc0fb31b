import { nowIso } from "../domain/ids.js";
import type { NodeProgress, ProgressDetails } from "../storage/runs.js";

/** A run's `progress_details` (reference §2.4) as its nodes move through their states. */
export class ProgressTracker {
  readonly details: ProgressDetails;

  constructor(details: ProgressDetails) {
    this.details = structuredClone(details);
  }

  static initial(nodeIds: string[]): ProgressTracker {
    const pending = (): NodeProgress => ({
      status: "pending",
      progress: 0,
      started_at: null,
      finished_at: null,
      error: null,
    });
    return new ProgressTracker({
      executed_nodes: [],
      remaining_nodes: [...nodeIds],
      running_nodes: [],
      skipped_nodes: [],
      error_handler_nodes: [],
      per_node_progress: Object.fromEntries(nodeIds.map((id) => [id, pending()])),
      per_edge_progress: {},
      subflow_executions: [],
      run_logs: [],
    });
  }

  /** 0..100: the share of nodes that are done (executed, failed or skipped). */
  get percent(): number {
    const total = Object.keys(this.details.per_node_progress).length;
    if (total === 0) return 0;
    const done = this.details.executed_nodes.length + this.details.skipped_nodes.length;
    return Math.min(100, Math.floor((100 * done) / total));
  }

  start(id: string) {
    this.move(id, "running_nodes", { status: "running", progress: 0, started_at: nowIso() });
  }

  complete(id: string) {
    this.move(id, "executed_nodes", { status: "completed", progress: 100, finished_at: nowIso() });
  }

  fail(id: string, error: string) {
    this.move(id, "executed_nodes", { status: "failed", finished_at: nowIso(), error });
  }

  skip(id: string) {
    this.move(id, "skipped_nodes", { status: "skipped", finished_at: nowIso() });
  }

  /** Nodes still running when the run ends (stopped, or lost to a restart) end failed. */
  abandonRunning(error: string) {
    for (const id of [...this.details.running_nodes]) this.fail(id, error);
  }

  log(level: "info" | "error", message: string) {
    this.details.run_logs.push({ at: nowIso(), level, message });
  }

  snapshot(): ProgressDetails {
    return structuredClone(this.details);
  }

  private move(
    id: string,
    to: "running_nodes" | "executed_nodes" | "skipped_nodes",
    patch: Partial<NodeProgress>,
  ) {
    const d = this.details;
    d.remaining_nodes = d.remaining_nodes.filter((node) => node !== id);
    d.running_nodes = d.running_nodes.filter((node) => node !== id);
    d[to].push(id);
    const current = d.per_node_progress[id];
    if (current) Object.assign(current, patch);
  }
}
