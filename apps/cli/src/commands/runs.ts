import type { Run, RunHandle, Workflow, Workspace } from "@noxus/workspace";
import { type Command, InvalidArgumentError } from "commander";
import type { CliContext } from "../context.js";
import type { RegisterCommands } from "./index.js";
import { notFoundError } from "./lookup.js";
import { duration, printOutputs, resultOf } from "./run/follow.js";
import { batchFailed, runBatch } from "./runs/batch.js";
import { nodeNames, resolveWorkflow, shortTime } from "./workflows/resolve.js";

const HELP = `
Examples:
  noxus runs list Summarise --limit 10
  noxus runs get 5d0c…9a --json
  noxus runs batch Summarise --inputs in.jsonl --concurrency 8 --out out.jsonl`;

const BATCH_HELP = `
in.jsonl holds one JSON object of inputs per line; input #n is the n-th non-empty line
(from 0). Each input's result is appended to the out file as soon as it finishes, one
JSON line:
  {"index": 3, "input": {…}, "ok": true, "runId": "…", "status": "completed", "outputs": {"Summary": "…"}}
  {"index": 4, "input": {…}, "ok": false, "runId": "…", "status": "failed", "error": "…"}
Resumable: running the same command again skips the inputs that already succeeded in the
out file and retries the failed ones (the file only grows: an input's last line is its
result). Ctrl-C starts nothing more and lets the runs in flight finish and be recorded,
then exits 130; a second Ctrl-C quits at once. Exits 1 when any input failed.

Examples:
  noxus runs batch Summarise --inputs in.jsonl --out out.jsonl
  noxus runs batch Summarise --inputs in.jsonl --concurrency 8 --out out.jsonl --json`;

function positiveInt(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new InvalidArgumentError("Expected a whole number of at least 1.");
  }
  return number;
}

function count(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new InvalidArgumentError("Expected a whole number (0 for all).");
  }
  return number;
}

/** `noxus runs list|get|batch`. */
export const registerRuns: RegisterCommands = (program, contextFor) => {
  const runs = program
    .command("runs")
    .description("list and inspect runs, and run a workflow over a file of inputs")
    .addHelpText("after", HELP);

  runs
    .command("list [workflow]")
    .alias("ls")
    .description("a workflow's runs, newest first (without a workflow: the workspace's)")
    .option("-n, --limit <n>", "show at most n runs (0: all)", count, 50)
    .action(async (ref: string | undefined, options: { limit: number }, command: Command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const limit = options.limit === 0 ? Number.POSITIVE_INFINITY : options.limit;
      if (ref !== undefined) {
        const workflow = await resolveWorkflow(ws, ref, cli.call);
        const runs = await ws.runs.list(workflow.id, cli.call).toArray({ limit });
        const items = runs.map((run) => row(run, workflow.name));
        cli.output.result(items, () =>
          cli.output.table(
            ["id", "status", "progress", "created", "finished", "took"],
            items.map((item) => [
              item.id,
              cli.output.colors[statusColor(item.status)](item.status),
              item.progress === null ? "" : `${Math.round(item.progress)}%`,
              shortTime(item.createdAt),
              shortTime(item.finishedAt),
              duration(item.startedAt, item.finishedAt),
            ]),
          ),
        );
        return;
      }
      const runs = await ws.runs.listAll(cli.call).toArray({ limit });
      // Runs carry their workflow's id only: one listing of the workflows names them all.
      const names = new Map<string, string>();
      if (runs.length > 0) {
        for await (const workflow of ws.workflows.list(cli.call))
          names.set(workflow.id, workflow.name);
      }
      const items = runs.map((run) => row(run, names.get(run.workflow_id) ?? null));
      cli.output.result(items, () =>
        cli.output.table(
          ["id", "workflow", "status", "created", "finished", "took"],
          items.map((item) => [
            item.id,
            item.workflowName ?? item.workflowId,
            cli.output.colors[statusColor(item.status)](item.status),
            shortTime(item.createdAt),
            shortTime(item.finishedAt),
            duration(item.startedAt, item.finishedAt),
          ]),
        ),
      );
    });

  runs
    .command("get <run>")
    .description("show one run: status, error, input and outputs")
    .option(
      "--workflow <workflow>",
      "the run's workflow (id or name); found by listing if left out",
    )
    .action(async (runId: string, options: { workflow?: string }, command: Command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const handle = await findRun(cli, ws, runId, options.workflow);
      const workflow = await ws.workflows.get(handle.workflowId, cli.call).catch(
        (): Pick<Workflow, "id" | "name" | "definition"> => ({
          id: handle.workflowId,
          name: handle.workflowId,
          definition: { nodes: [], edges: [] },
        }),
      );
      // Outputs are read by label from the definition the run used; a run whose version
      // is gone still shows its status and error.
      const outputs = await handle.outputs(cli.call).catch((error) => {
        if (cli.signal.aborted) throw error;
        return {};
      });
      const run = handle.data;
      const result = {
        ...resultOf(run, workflow, outputs),
        progress: run.progress ?? null,
        input: run.input ?? {},
      };
      cli.output.result(result, () => {
        const names = nodeNames(workflow.definition);
        const details = run.progress_details;
        const failed = failedNodes(run).map((id) => names.get(id) ?? id);
        cli.output.details([
          ["run", result.id],
          ["workflow", `${result.workflow} (${result.workflowId})`],
          ["status", cli.output.colors[statusColor(result.status)](result.status)],
          ["progress", result.progress === null ? "" : `${Math.round(result.progress)}%`],
          ["created", shortTime(result.createdAt)],
          ["finished", shortTime(result.finishedAt)],
          ...(result.error ? ([["error", result.error]] as [string, unknown][]) : []),
          ...(failed.length > 0
            ? ([["failed node", failed.join(", ")]] as [string, unknown][])
            : []),
          ...(details?.running_nodes?.length
            ? ([["running", details.running_nodes.map((id) => names.get(id) ?? id).join(", ")]] as [
                string,
                unknown,
              ][])
            : []),
          ["input", result.input],
        ]);
        if (Object.keys(outputs).length > 0) {
          cli.output.line();
          printOutputs(cli, result);
        }
      });
    });

  runs
    .command("batch <workflow>")
    .description("run a workflow once per line of a JSONL file, resumably")
    .requiredOption("--inputs <path>", "JSONL file: one JSON object of inputs per line")
    .requiredOption("--out <path>", "JSONL file the results are appended to (and resumed from)")
    .option("-c, --concurrency <n>", "runs in flight at once", positiveInt, 4)
    .addHelpText("after", BATCH_HELP)
    .action(
      async (
        ref: string,
        options: { inputs: string; out: string; concurrency: number },
        command: Command,
      ) => {
        const cli = contextFor(command);
        const ws = await cli.workspace();
        const workflow = await resolveWorkflow(ws, ref, cli.call);
        const summary = await runBatch(cli, ws, workflow, options);
        const done = summary.skipped + summary.succeeded;
        cli.output.result(summary, () => {
          const parts = [
            `${done}/${summary.total} inputs succeeded`,
            summary.skipped > 0 ? `(${summary.skipped} from an earlier run)` : "",
            `${summary.failed} failed`,
            summary.interrupted ? `${summary.remaining} not run (interrupted)` : "",
          ].filter(Boolean);
          cli.output.line(`${parts.join(", ").replace(", (", " (")} → ${summary.out}`);
        });
        if (summary.interrupted) {
          cli.output.note("Run the same command again to resume.");
          return; // exits 130 (cli.ts)
        }
        if (summary.failed > 0) throw batchFailed(summary);
      },
    );
};

/**
 * What `runs list` shows of a run. `startedAt` is the server's `started_at` where it sends one
 * (@noxus/local does; the API reference does not list it), else `created_at`, so the time
 * taken may include the time the run waited in the queue.
 */
function row(
  run: Pick<Run, "id" | "workflow_id" | "status" | "created_at" | "finished_at"> & {
    progress?: number;
  },
  workflowName: string | null,
) {
  const startedAt = (run as { started_at?: string | null }).started_at ?? run.created_at ?? null;
  const finishedAt = run.finished_at ?? null;
  const took =
    startedAt && finishedAt ? Date.parse(finishedAt) - Date.parse(startedAt) : Number.NaN;
  return {
    id: run.id,
    workflowId: run.workflow_id,
    workflowName,
    status: run.status,
    progress: run.progress ?? null,
    createdAt: run.created_at ?? null,
    startedAt,
    finishedAt,
    durationMs: Number.isFinite(took) && took >= 0 ? took : null,
  };
}

function statusColor(status: string): "green" | "red" | "yellow" | "dim" {
  if (status === "completed") return "green";
  if (status === "failed") return "red";
  if (status === "stopped") return "dim";
  return "yellow";
}

function failedNodes(run: Run): string[] {
  const perNode = run.progress_details?.per_node_progress as
    | Record<string, { status?: unknown }>
    | undefined;
  if (!perNode || typeof perNode !== "object") return [];
  return Object.entries(perNode)
    .filter(([, value]) => value && typeof value === "object" && value.status === "failed")
    .map(([id]) => id);
}

/** The run, via its workflow when given, else by finding it among the workspace's runs. */
async function findRun(
  cli: CliContext,
  ws: Workspace,
  runId: string,
  workflowRef: string | undefined,
): Promise<RunHandle> {
  if (workflowRef !== undefined) {
    const workflow = await resolveWorkflow(ws, workflowRef, cli.call);
    return ws.runs.get(workflow.id, runId, cli.call);
  }
  for await (const summary of ws.runs.listAll(cli.call)) {
    if (summary.id === runId) return ws.runs.get(summary.workflow_id, runId, cli.call);
  }
  throw notFoundError(
    `No run ${runId} in this workspace.`,
    "List runs with `noxus runs list [workflow]`; give --workflow to look in one workflow.",
  );
}
