import { type Run, RunFailedError, type RunHandle, type Workflow } from "@noxus/workspace";
import type { CliContext } from "../../context.js";
import { CliError } from "../../exit-codes.js";
import { nodeNames } from "../workflows/resolve.js";
import { describeEvent, RunLiveView } from "./live-view.js";

/** What `run --wait` and `runs get` print for a run: JSON as is, outputs by OutputNode label. */
export interface RunResult {
  id: string;
  workflowId: string;
  workflow: string;
  status: string;
  outputs: Record<string, string>;
  error?: string;
  createdAt?: string | null;
  finishedAt?: string | null;
}

export function runError(run: Run): string | undefined {
  const error = (run as { error?: unknown }).error;
  return typeof error === "string" && error ? error : undefined;
}

/**
 * Follows a run to its end, printing its events (`--stream`) or a live view of node
 * progress, then prints the outputs. A failed or stopped run prints its result (with
 * --json) and throws, so the command exits 1; Ctrl-C leaves the run going on the server.
 */
export async function followRun(
  cli: CliContext,
  handle: RunHandle,
  workflow: Workflow,
  stream: boolean,
): Promise<void> {
  const { output } = cli;
  const view = stream
    ? undefined
    : new RunLiveView(output, workflow.definition, Boolean(output.stderr.isTTY));
  const names = nodeNames(workflow.definition);
  const emit = (result: RunResult) => {
    // --stream --json is JSON lines throughout: the result is the last line.
    if (stream && output.json) output.jsonLine({ type: "result", ...result });
    else output.result(result, () => printOutputs(cli, result));
  };
  let run: Run;
  try {
    await view?.start(handle.id, workflow.name);
    try {
      for await (const event of handle.events(cli.call)) {
        if (stream) {
          if (output.json) output.stdout.write(`${JSON.stringify(event)}\n`);
          else output.line(describeEvent(event, names));
        }
        view?.event(event);
      }
    } catch (error) {
      if (cli.signal.aborted) throw error;
      output.note("The event stream was lost; polling the run until it ends…");
    }
    await handle.refresh(cli.call);
    run = await handle.wait(cli.call);
  } catch (error) {
    view?.stop();
    if (cli.signal.aborted) {
      output.note(
        `Run ${handle.id} goes on on the server; see it with: noxus runs get ${handle.id} --workflow ${handle.workflowId}`,
      );
    }
    if (error instanceof RunFailedError) {
      const message = runError(error.run);
      const result = resultOf(error.run, workflow, {});
      if (output.json) emit(result);
      throw new CliError(
        "failed",
        `Run ${handle.id} of "${workflow.name}" failed${message ? `: ${message}` : "."}`,
        {
          hint: `See which node failed with \`noxus runs get ${handle.id} --workflow ${workflow.id}\`.`,
        },
      );
    }
    throw error;
  }
  view?.stop();
  const outputs = await handle.outputs(cli.call);
  const result = resultOf(run, workflow, outputs);
  emit(result);
  if (run.status === "stopped") {
    throw new CliError(
      "failed",
      `Run ${run.id} was stopped before it completed (was its workflow deleted?).`,
      { hint: "Start it again with `noxus run`." },
    );
  }
}

export function resultOf(
  run: Run,
  workflow: Pick<Workflow, "id" | "name">,
  outputs: Record<string, string>,
): RunResult {
  const error = runError(run);
  return {
    id: run.id,
    workflowId: run.workflow_id,
    workflow: workflow.name,
    status: run.status,
    outputs,
    ...(error ? { error } : {}),
    createdAt: run.created_at ?? null,
    finishedAt: run.finished_at ?? null,
  };
}

/** The outputs on stdout (just the text when there is one), the run's outcome on stderr. */
export function printOutputs(cli: CliContext, result: RunResult): void {
  const { output } = cli;
  const took = duration(result.createdAt, result.finishedAt);
  const mark = result.status === "completed" ? output.colors.green("✓") : output.colors.yellow("!");
  output.note(`${mark} run ${result.id} ${result.status}${took ? ` in ${took}` : ""}`);
  const entries = Object.entries(result.outputs);
  if (entries.length === 0) {
    output.note("(the run produced no outputs)");
    return;
  }
  if (entries.length === 1) {
    output.line((entries[0] as [string, string])[1]);
    return;
  }
  entries.forEach(([label, text], index) => {
    if (index > 0) output.line();
    output.line(output.colors.bold(`${label}:`));
    output.line(text);
  });
}

/** How long a run took, e.g. "840 ms" or "12.3 s"; empty while it is not over. */
export function duration(from: string | null | undefined, to: string | null | undefined): string {
  if (!from || !to) return "";
  const ms = Date.parse(to) - Date.parse(from);
  if (!Number.isFinite(ms) || ms < 0) return "";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
