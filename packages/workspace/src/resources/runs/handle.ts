import {
  NoxusNotFoundError,
  type Run,
  type RunEvent,
  type RunStatus,
  type Schema,
} from "@noxus/client";
import { sleep } from "@noxus/client/internal";
import { streamRunEvents } from "@noxus/client/sse";
import type { CallOptions, WorkspaceContext } from "../../context.js";
import { NoxusInputError, RunFailedError } from "../../errors.js";
import { Resource } from "../../internal/resource.js";
import { checkDuration } from "../../internal/validate.js";
import { DefinitionLoader } from "./definitions.js";
import { outputLabels, outputOfNode, outputText } from "./outputs.js";
import { isFinalStatus, runStatusOf } from "./status.js";
import type { RunEventsOptions, WaitOptions } from "./types.js";
import { abortError, WaitScope } from "./wait-scope.js";

const DEFAULT_POLL_INTERVAL_MS = 1_000;
/**
 * Stream reconnections a wait allows before it polls instead. Few: polling is a complete
 * fallback, so a long reconnect back-off would only delay noticing the end.
 */
const WAIT_MAX_RECONNECTS = 2;

/**
 * One run of a workflow, as last seen. `wait()` follows it to its end; `output(label)`
 * reads what an OutputNode produced.
 *
 * @example
 * const handle = await ws.runs.create(workflowId, { Topic: "cats" });
 * await handle.wait({ timeoutMs: 60_000 });
 * console.log(await handle.output("Result"));
 */
export class RunHandle extends Resource {
  readonly id: string;
  readonly workflowId: string;
  private current: Run;
  private readonly definitions: DefinitionLoader;

  /** @internal Handles come from `ws.runs` (create, get, list); you do not construct one. */
  constructor(context: WorkspaceContext, run: Run, definitions = new DefinitionLoader(context)) {
    super(context);
    this.definitions = definitions;
    this.id = run.id;
    this.workflowId = run.workflow_id;
    this.current = run;
  }

  /** The run as last seen (by create, refresh, an event or a wait). */
  get data(): Run {
    return this.current;
  }

  /**
   * The run as last seen: the same as `data`, the accessor every handle has.
   * @deprecated Use `data`.
   */
  get run(): Run {
    return this.current;
  }

  /** The run's status as last seen (`refresh()` or `wait()` to update it). */
  get status(): RunStatus {
    return this.current.status;
  }

  /** True once the run can no longer change by itself (completed, failed, stopped, awaiting feedback). */
  get isFinished(): boolean {
    return isFinalStatus(this.current.status);
  }

  /** Reads the run again (`GET /v1/workflows/{workflow_id}/runs/{run_id}`). */
  async refresh(options: CallOptions = {}): Promise<Run> {
    const { signal } = options;
    try {
      const { data } = await this.context.client.GET("/v1/workflows/{workflow_id}/runs/{run_id}", {
        params: { path: { workflow_id: this.workflowId, run_id: this.id } },
        signal,
      });
      this.current = data;
    } catch (error) {
      // Deleting a workflow stops its runs and hides them from the workflow's run paths,
      // but `GET /v1/runs/{id}` still answers: that is how a stopped run is seen to end.
      if (!(error instanceof NoxusNotFoundError)) throw error;
      const found = await this.context.client
        .GET("/v1/runs/{run_id}", { params: { path: { run_id: this.id } }, signal })
        .catch(() => undefined);
      if (!found || found.data.workflow_id !== this.workflowId) throw error;
      this.current = mergeRunNoIO(this.current, found.data);
    }
    return this.current;
  }

  /**
   * The run's events (SSE), typed, until the terminal one; a dropped stream resumes from the
   * last event. Leaving the loop closes the stream. Also keeps `run.status` up to date.
   */
  async *events(options: RunEventsOptions = {}): AsyncGenerator<RunEvent> {
    for await (const event of streamRunEvents(this.context.client, this.id, options)) {
      this.observe(event);
      yield event;
    }
  }

  /**
   * Resolves with the final run once it ends: completed, stopped or awaiting human feedback
   * (see `status`); throws RunFailedError when it failed, RunWaitTimeoutError after
   * `timeoutMs`, NoxusAbortError when `signal` aborts. Follows the event stream, so the end
   * is noticed as it happens; polls every `pollIntervalMs` when the stream is unavailable.
   */
  async wait(options: WaitOptions = {}): Promise<Run> {
    const { signal, timeoutMs } = options;
    checkDuration(timeoutMs, "timeoutMs", 0);
    checkDuration(options.pollIntervalMs, "pollIntervalMs", 1);
    const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    if (signal?.aborted) throw abortError(signal);
    if (this.isFinished) return this.settle();

    const scope = new WaitScope(signal, timeoutMs);
    try {
      await this.followEvents(scope.signal);
      // One read for the final run (output, finished_at) after the terminal event, or the
      // first poll after a stream failure (the run may have ended while it was retried).
      // The read is the truth: if it disagrees with the stream, polling settles it.
      await this.refresh({ signal: scope.signal });
      while (!this.isFinished) {
        await sleep(pollIntervalMs, scope.signal);
        await this.refresh({ signal: scope.signal });
      }
    } catch (error) {
      throw scope.interruption(this.current) ?? error;
    } finally {
      scope.dispose();
    }
    return this.settle();
  }

  /**
   * The text of the output whose OutputNode is labelled `label` (its `label` config, else its
   * name). Loads the workflow definition once to map labels to nodes.
   */
  async output(label: string, options: CallOptions = {}): Promise<string> {
    if (typeof label !== "string" || label === "") {
      throw new NoxusInputError("invalid_label", "label must be a non-empty OutputNode label.");
    }
    const labels = outputLabels(await this.definitions.load(this.current, options));
    const nodeId = labels.get(label);
    if (nodeId === undefined) {
      const known = [...labels.keys()].map((name) => JSON.stringify(name)).join(", ");
      throw new NoxusInputError(
        "unknown_output",
        `Workflow ${this.workflowId} has no OutputNode labelled ${JSON.stringify(label)} (its outputs: ${known || "none"}).`,
      );
    }
    const value = outputOfNode(this.current.output, nodeId);
    if (value === undefined) {
      throw new NoxusInputError(
        "output_missing",
        `Run ${this.id} has no value for output ${JSON.stringify(label)} (status ${this.current.status}).`,
        { hint: `Await handle.wait() first; a failed or stopped run may not reach every output.` },
      );
    }
    return outputText(value);
  }

  /** Every output the run produced, as text by OutputNode label. */
  async outputs(options: CallOptions = {}): Promise<Record<string, string>> {
    const labels = outputLabels(await this.definitions.load(this.current, options));
    const texts: Record<string, string> = {};
    for (const [label, nodeId] of labels) {
      const value = outputOfNode(this.current.output, nodeId);
      if (value !== undefined) texts[label] = outputText(value);
    }
    return texts;
  }

  /** Serialises to the run's data as last seen. */
  toJSON(): Run {
    return this.current;
  }

  /** Reads the stream up to the event that ends the run; returns early if the stream fails. */
  private async followEvents(signal: AbortSignal): Promise<void> {
    try {
      for await (const event of this.events({ signal, maxReconnects: WAIT_MAX_RECONNECTS })) {
        if (isFinalStatus(runStatusOf(event))) return;
      }
    } catch (error) {
      if (signal.aborted) throw error;
      // Connection lost for good, or the events endpoint answered an error: poll instead.
    }
  }

  /** Status and progress from an event, so a handle being streamed is never stale. */
  private observe(event: RunEvent): void {
    const status = runStatusOf(event);
    const details =
      event.type === "state" ? (event.data as Schema<"RunStateEventData">).progress_details : null;
    if (!status && !details) return;
    this.current = {
      ...this.current,
      ...(status ? { status } : {}),
      ...(details ? { progress_details: details } : {}),
    };
  }

  private settle(): Run {
    if (this.current.status === "failed") throw new RunFailedError(this.current);
    return this.current;
  }
}

/** The fields of `RunNoIO` (no input/output) laid over the run as last seen. */
function mergeRunNoIO(run: Run, update: Schema<"RunNoIO">): Run {
  const next: Run = { ...run };
  if (update.status) next.status = update.status;
  if (update.progress !== undefined) next.progress = update.progress;
  if (update.progress_details !== undefined) next.progress_details = update.progress_details;
  if (update.finished_at !== undefined) next.finished_at = update.finished_at;
  // Fields beyond the schema (the server's `error`, `started_at`) are worth keeping too.
  const extras = update as Record<string, unknown>;
  for (const key of ["error", "started_at"]) {
    if (extras[key] !== undefined) (next as Record<string, unknown>)[key] = extras[key];
  }
  return next;
}
