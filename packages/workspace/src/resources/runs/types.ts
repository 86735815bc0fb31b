import type { Run, Schema } from "@noxus/client";
import type { CallOptions } from "../../context.js";
import type { RunHandle } from "./handle.js";

/** A run's output map, keyed `<output_node_id>::<output_name>` (or by label for sync runs). */
export type RunOutput = Schema<"RunOutput">;

/** A run as `GET /v1/runs` lists it, across workflows (with a `workflow` summary). */
export type RunSummary = Schema<"RunSummary">;

/** Input values of a run, by InputNode label, node id or `<node_id>::input`. */
export type RunInput = Record<string, unknown>;

export interface CreateRunOptions extends CallOptions {
  /** Run this saved version instead of the current definition. */
  versionId?: string;
  /** An absolute http(s) URL the server POSTs the final run to (completed, failed or stopped). */
  callbackUrl?: string;
}

export interface WaitOptions extends CallOptions {
  /** Give up after this long (RunWaitTimeoutError carrying the run as last seen). Default: no limit. */
  timeoutMs?: number;
  /** Polling period when the event stream is unavailable (default 1000 ms). */
  pollIntervalMs?: number;
}

export interface RunEventsOptions extends CallOptions {
  /** Resume strictly after this event (`redisId`). */
  resumeFrom?: string;
  /** Reconnections allowed in a row without receiving an event (default 5). */
  maxReconnects?: number;
}

export interface RunSyncOptions extends CallOptions {
  versionId?: string;
  /** Answer only the output map (keyed by OutputNode label) instead of `{ id, output, outputs }`. */
  outputOnly?: boolean;
}

/** What `runSync` answers without `outputOnly`. */
export interface RunSyncResult extends Schema<"SyncRunResult"> {
  /** Text of each output by OutputNode label (the answer's `output` is keyed by label). */
  outputs: Record<string, string>;
}

/** The outcome of one input of `ws.runs.many()`: `{ ok: true, run, handle }` or `{ ok: false, error }`, with the input it came from. */
export type RunManyResult<Input extends RunInput = RunInput> =
  /** `run` is the final run; `handle` reads its outputs by label (one definition load per batch). */
  | { ok: true; input: Input; run: Run; handle: RunHandle }
  | { ok: false; input: Input; error: Error };

/** Reported by `ws.runs.many()` each time an input settles. */
export interface RunManyProgress {
  /** Items settled so far (succeeded + failed). */
  done: number;
  total: number;
  succeeded: number;
  failed: number;
}

export interface RunManyOptions<Input extends RunInput = RunInput> extends CallOptions {
  /** Runs in flight at once, creation and wait included (default 4). */
  concurrency?: number;
  /** Called after each item settles, in completion order. */
  onProgress?: (progress: RunManyProgress) => void;
  /**
   * Called with each started item's result as soon as it settles, in completion order, with
   * the item's index in `inputs` (to record results as they come, e.g. one line per run).
   * The batch waits for a returned promise before that slot starts another run; a callback
   * that throws stops the batch, and `runMany` rejects with its error.
   */
  onResult?: (result: RunManyResult<Input>, index: number) => void | Promise<void>;
  /**
   * Stops the batch gently: once it aborts no new run starts, but the runs in flight are
   * waited for and reported (`signal`, by contrast, cancels them too). Items never started
   * are answered with a NoxusAbortError and are not passed to `onResult`.
   */
  stopSignal?: AbortSignal;
  /** How each run is waited for (`signal` is the batch's). */
  waitOptions?: Omit<WaitOptions, "signal">;
  versionId?: string;
}
