import type { StoredRunEvent } from "../storage/runs.js";

type Listener = (event: StoredRunEvent) => void;

/**
 * In-process fan-out of run events to live SSE streams and sync-run waiters. Events are
 * published only after they are committed, so a subscriber that replays the log first and
 * then listens never misses one (both happen in the same tick, and the log is synchronous).
 */
export class RunEventHub {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(runId: string, listener: Listener): () => void {
    let set = this.listeners.get(runId);
    if (!set) {
      set = new Set();
      this.listeners.set(runId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(runId) === set) this.listeners.delete(runId);
    };
  }

  publish(runId: string, events: StoredRunEvent[]): void {
    const set = this.listeners.get(runId);
    if (!set) return;
    for (const event of events) for (const listener of [...set]) listener(event);
  }
}

/** The last event of every run carries `workflow_status` (reference §3.3). */
export const isTerminalEvent = (event: StoredRunEvent) =>
  event.type === "content" && typeof event.data.workflow_status === "string";
