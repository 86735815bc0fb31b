import { OUTPUT_NODE_TYPE } from "../catalog/nodes.js";
import { nowIso } from "../domain/ids.js";
import type { ServerContext } from "../http/context.js";
import {
  type NewRunEvent,
  type RunOutputMap,
  type RunPatch,
  type RunStatus,
  type StoredRun,
  TERMINAL_STATUSES,
} from "../storage/runs.js";
import { deliverCallback } from "./callback.js";
import { isTerminalEvent, RunEventHub } from "./events.js";
import { EXECUTORS, extraExecutor, type NodeInputs, type NodeOutputs } from "./executors.js";
import {
  edgesInto,
  executionOrder,
  hasEdgeFrom,
  type WorkflowEdge,
  type WorkflowNode,
} from "./graph.js";
import { resolveRunInputs } from "./inputs.js";
import { ProgressTracker } from "./progress.js";
import { toProgressDetails, toRun } from "./run-json.js";
import { toText } from "./template.js";

/** Runs executing at once; the rest wait in FIFO order. */
const DEFAULT_CONCURRENCY = 4;
/** How long close() waits for callbacks still being delivered. */
const CALLBACK_DRAIN_MS = 3_000;

interface Slot {
  id: string;
  workspaceId: string;
  workflowId: string;
}

interface ActiveRun extends Slot {
  controller: AbortController;
  done: Promise<void>;
}

/** Thrown inside a run when its row is gone (its workspace was deleted): nothing to report to. */
class RunVanished extends Error {}

const stateEvent = (
  status: RunStatus,
  tracker: ProgressTracker,
  progress = tracker.percent,
): NewRunEvent => ({
  type: "state",
  data: { status, progress, progress_details: toProgressDetails(tracker.snapshot()) },
});

const nodeEvent = (id: string, status: string, content?: string | null): NewRunEvent => ({
  type: "content",
  data: content === undefined ? { id, status } : { id, status, content },
});

/** What one run carries from node to node while it executes. */
interface Execution {
  run: StoredRun;
  tracker: ProgressTracker;
  signal: AbortSignal;
  /** The run's input value per input node. */
  inputs: Map<string, unknown>;
  /** Values produced so far, by `<node_id>::<connector>`. */
  delivered: Map<string, unknown>;
  output: RunOutputMap;
}

const connectorKey = (end: { node_id: string; connector_name: string }) =>
  `${end.node_id}::${end.connector_name}`;

/**
 * A node's inputs from the edges that carried a value: by connector name, or gathered into
 * one object when edges name a `key` (several values into one connector); the first edge wins.
 */
function gatherInputs(reached: WorkflowEdge[], delivered: Map<string, unknown>): NodeInputs {
  const nodeInputs: NodeInputs = {};
  for (const edge of reached) {
    const value = delivered.get(connectorKey(edge.from_id));
    const name = edge.to_id.connector_name;
    if (edge.to_id.key) {
      const bag = (nodeInputs[name] ?? {}) as Record<string, unknown>;
      bag[edge.to_id.key] = value;
      nodeInputs[name] = bag;
    } else if (!(name in nodeInputs)) {
      nodeInputs[name] = value;
    }
  }
  return nodeInputs;
}

function outputValue(value: unknown): Record<string, unknown> {
  return typeof value === "string" ? { text: value } : { text: toText(value), value };
}

/**
 * Executes runs in-process: a bounded queue, topological execution of each definition,
 * progress and events persisted as nodes move, callbacks when a run ends. One engine per
 * server (see ./registry.ts); the workflows and runs groups share it.
 */
export class Engine {
  readonly hub = new RunEventHub();
  private queue: Slot[] = [];
  private readonly active = new Map<string, ActiveRun>();
  private readonly callbacks = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly context: ServerContext,
    private readonly concurrency = DEFAULT_CONCURRENCY,
  ) {}

  /** Runs left queued or running by a previous process never finish: mark them failed. */
  async recover(): Promise<void> {
    const ids = await this.context.storage.runs.listIdsByStatus(["queued", "running"]);
    for (const id of ids) {
      const run = await this.context.storage.runs.getById(id);
      if (!run) continue;
      const error = `The server restarted while this run was ${run.status}; it did not finish. Start it again.`;
      await this.finish(run, this.trackerOf(run), "failed", { error });
    }
  }

  enqueue(run: StoredRun): void {
    this.queue.push({ id: run.id, workspaceId: run.workspaceId, workflowId: run.workflowId });
    // After the current tick, so the request that created the run answers `queued` first.
    setImmediate(() => this.pump());
  }

  /** Stops the workflow's queued and running runs (its workflow was deleted). */
  async stopWorkflowRuns(workspaceId: string, workflowId: string): Promise<void> {
    await this.stopWhere(
      (slot) => slot.workspaceId === workspaceId && slot.workflowId === workflowId,
      "The workflow was deleted while this run was in flight.",
    );
  }

  /** Graceful close: every unfinished run ends `stopped`; pending callbacks get a moment. */
  async shutdown(): Promise<void> {
    this.closed = true;
    await this.stopWhere(() => true, "The server shut down while this run was in flight.");
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.callbacks]),
      new Promise((resolve) => {
        timer = setTimeout(resolve, CALLBACK_DRAIN_MS);
      }),
    ]);
    clearTimeout(timer);
  }

  /** Resolves true once the run has ended, false after `timeoutMs`. */
  waitForEnd(workspaceId: string, runId: string, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      let settled = false;
      const settle = (ended: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        unsubscribe();
        resolve(ended);
      };
      const timer = setTimeout(() => settle(false), timeoutMs);
      const unsubscribe = this.hub.subscribe(runId, (event) => {
        if (isTerminalEvent(event)) settle(true);
      });
      // Subscribed first, so an end between this read and the subscription cannot be missed.
      this.context.storage.runs.get(workspaceId, runId).then(
        (run) => {
          if (!run || TERMINAL_STATUSES.includes(run.status)) settle(true);
        },
        () => settle(true),
      );
    });
  }

  private async stopWhere(match: (slot: Slot) => boolean, reason: string): Promise<void> {
    const queued = this.queue.filter(match);
    this.queue = this.queue.filter((slot) => !match(slot));
    for (const slot of queued) {
      const run = await this.context.storage.runs.getById(slot.id);
      if (run) await this.finish(run, this.trackerOf(run), "stopped", { log: reason });
    }
    const running = [...this.active.values()].filter(match);
    for (const run of running) run.controller.abort(new Error(reason));
    await Promise.all(running.map((run) => run.done));
  }

  private pump(): void {
    while (!this.closed && this.active.size < this.concurrency && this.queue.length > 0) {
      const slot = this.queue.shift() as Slot;
      const controller = new AbortController();
      const done = this.execute(slot.id, controller.signal)
        .catch((error: Error) => {
          if (!(error instanceof RunVanished)) {
            console.error(`[noxus-local] run ${slot.id} crashed the engine:`, error);
          }
        })
        .finally(() => {
          this.active.delete(slot.id);
          this.pump();
        });
      this.active.set(slot.id, { ...slot, controller, done });
    }
  }

  private trackerOf(run: StoredRun): ProgressTracker {
    return run.progressDetails
      ? new ProgressTracker(run.progressDetails)
      : ProgressTracker.initial(run.definition.nodes.map((node) => node.id));
  }

  private async record(runId: string, patch: RunPatch, events: NewRunEvent[]): Promise<void> {
    const stored = await this.context.storage.runs.record(runId, patch, events);
    if (!stored) throw new RunVanished(runId);
    this.hub.publish(runId, stored);
  }

  /** One run from `queued` to its end: each node in order, then `completed`. */
  private async execute(runId: string, signal: AbortSignal): Promise<void> {
    const run = await this.context.storage.runs.getById(runId);
    // Gone, or already ended (stopped while it waited in the queue).
    if (!run) return;
    if (run.status !== "queued") return;
    const tracker = this.trackerOf(run);
    await this.record(runId, { status: "running", startedAt: nowIso() }, [
      stateEvent("running", tracker),
    ]);
    const execution: Execution = {
      run,
      tracker,
      signal,
      inputs: resolveRunInputs(run.definition, run.input).values,
      delivered: new Map(),
      output: {},
    };
    try {
      for (const node of executionOrder(run.definition)) {
        if (signal.aborted) throw signal.reason;
        if ((await this.step(execution, node)) === "run-failed") return;
      }
    } catch (error) {
      if (!signal.aborted || error instanceof RunVanished) throw error;
      const reason = (signal.reason as Error).message;
      tracker.abandonRunning(reason);
      await this.finish(run, tracker, "stopped", { output: execution.output, log: reason });
      return;
    }
    await this.finish(run, tracker, "completed", { output: execution.output });
  }

  /**
   * One node: skipped when none of its incoming edges carried a value, else executed with
   * what they carried. A failure ends the run unless the node has an `on_error` edge.
   */
  private async step(execution: Execution, node: WorkflowNode): Promise<"next" | "run-failed"> {
    const { run, tracker, delivered } = execution;
    const incoming = edgesInto(run.definition, node.id);
    const reached = incoming.filter((edge) => delivered.has(connectorKey(edge.from_id)));
    if (incoming.length > 0 && reached.length === 0) {
      tracker.skip(node.id);
      await this.record(
        run.id,
        { progress: tracker.percent, progressDetails: tracker.snapshot() },
        [nodeEvent(node.id, "skipped"), stateEvent("running", tracker)],
      );
      return "next";
    }

    tracker.start(node.id);
    await this.record(run.id, { progressDetails: tracker.snapshot() }, [
      nodeEvent(node.id, "running"),
      stateEvent("running", tracker),
    ]);
    let produced: NodeOutputs;
    try {
      const executor = EXECUTORS[node.type] ?? extraExecutor(this.context, node.type);
      if (!executor) throw new Error(`no executor for node type ${node.type}`);
      produced = await executor(node, gatherInputs(reached, delivered), {
        models: this.context.models,
        signal: execution.signal,
        inputValue: execution.inputs.get(node.id),
      });
    } catch (error) {
      if (execution.signal.aborted) throw execution.signal.reason;
      return this.nodeFailed(execution, node, error as Error);
    }
    await this.nodeCompleted(execution, node, produced);
    return "next";
  }

  private async nodeFailed(
    execution: Execution,
    node: WorkflowNode,
    error: Error,
  ): Promise<"next" | "run-failed"> {
    const { run, tracker } = execution;
    const message = `${node.name ?? node.type} (${node.id}) failed: ${error.message ?? String(error)}`;
    tracker.fail(node.id, message);
    tracker.log("error", message);
    if (!hasEdgeFrom(run.definition, node.id, "on_error")) {
      await this.finish(run, tracker, "failed", {
        error: message,
        output: execution.output,
        failedNode: node.id,
      });
      return "run-failed";
    }
    execution.delivered.set(`${node.id}::on_error`, message);
    await this.record(run.id, { progress: tracker.percent, progressDetails: tracker.snapshot() }, [
      nodeEvent(node.id, "failed", message),
      stateEvent("running", tracker),
    ]);
    return "next";
  }

  private async nodeCompleted(
    execution: Execution,
    node: WorkflowNode,
    produced: NodeOutputs,
  ): Promise<void> {
    const { run, tracker, output } = execution;
    for (const [name, value] of Object.entries(produced)) {
      execution.delivered.set(`${node.id}::${name}`, value);
    }
    const isOutput = node.type === OUTPUT_NODE_TYPE;
    if (isOutput) output[`${node.id}::output`] = outputValue(produced.output);
    tracker.complete(node.id);
    const text = typeof produced.output === "string" ? produced.output : undefined;
    await this.record(
      run.id,
      {
        progress: tracker.percent,
        progressDetails: tracker.snapshot(),
        ...(isOutput ? { output } : {}),
      },
      [nodeEvent(node.id, "completed", text), stateEvent("running", tracker)],
    );
  }

  /**
   * Ends a run: state, then the terminal content event (the last one, carrying
   * `workflow_status`, reference §3.3), then the callback.
   */
  private async finish(
    run: StoredRun,
    tracker: ProgressTracker,
    status: "completed" | "failed" | "stopped",
    end: { output?: RunOutputMap; error?: string; log?: string; failedNode?: string },
  ): Promise<void> {
    if (end.log) tracker.log("info", end.log);
    if (end.error && status === "failed") tracker.abandonRunning(end.error);
    const progress = status === "completed" ? 100 : tracker.percent;
    const events: NewRunEvent[] = [];
    if (end.failedNode) events.push(nodeEvent(end.failedNode, "failed", end.error));
    events.push(stateEvent(status, tracker, progress), {
      type: "content",
      data: {
        id: run.id,
        status,
        workflow_status: status,
        content: end.error ?? end.log ?? null,
      },
    });
    await this.record(
      run.id,
      {
        status,
        progress,
        progressDetails: tracker.snapshot(),
        ...(end.output ? { output: end.output } : {}),
        error: end.error ?? null,
        finishedAt: nowIso(),
      },
      events,
    );
    if (run.callbackUrl) {
      const final = await this.context.storage.runs.getById(run.id);
      if (final) {
        const delivery = deliverCallback(run.callbackUrl, toRun(final));
        this.callbacks.add(delivery);
        delivery.finally(() => this.callbacks.delete(delivery));
      }
    }
  }
}
