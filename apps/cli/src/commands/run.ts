import {
  errorDetail,
  NoxusValidationError,
  type RunHandle,
  type RunInput,
  type Workflow,
  type Workspace,
} from "@noxus/workspace";
import type { Command } from "commander";
import { UsageError } from "../exit-codes.js";
import type { RegisterCommands } from "./index.js";
import { followRun } from "./run/follow.js";
import { collect, readRunInput } from "./run/inputs.js";
import { inputNames, resolveWorkflow } from "./workflows/resolve.js";

const HELP = `
Input keys are the workflow's input labels (see noxus workflows get), or input node ids.
--input values are text; --input-file gives a JSON object, and --input pairs override it.

--wait follows the run to its end with a live view of node progress (stderr) and prints
the outputs at the end, by output label: just the text when there is one output, or one
JSON document with --json. --stream prints every event of the run as it comes (JSON lines
with --json, the last line { "type": "result", … }) and then the outputs.
Without either, the run is started and its id printed. A failed run exits 1 with the
run's error; Ctrl-C stops waiting (130), the run goes on on the server.

Examples:
  noxus run Summarise --input text="Noxus runs AI workflows." --wait
  noxus run 0f6c…e1 --input-file input.json --input lang=fr --wait --json
  noxus run Summarise --input-file input.json --stream --json | jq -c .`;

interface RunOptions {
  input?: string[];
  inputFile?: string;
  wait?: boolean;
  stream?: boolean;
}

/** `noxus run <workflow>`: start a run, optionally follow it and print its outputs. */
export const registerRun: RegisterCommands = (program, contextFor) => {
  program
    .command("run <workflow>")
    .description("run a workflow (by id or name), optionally waiting for its outputs")
    .option("-i, --input <key=value>", "an input value (repeatable)", collect, [])
    .option("--input-file <path>", "a JSON object of input values")
    .option("-w, --wait", "wait for the end, showing node progress, and print the outputs")
    .option("--stream", "print the run's events as they come, then the outputs")
    .addHelpText("after", HELP)
    .action(async (ref: string, options: RunOptions, command: Command) => {
      const cli = contextFor(command);
      const input = await readRunInput(options.input, options.inputFile, cli.signal);
      const ws = await cli.workspace();
      const workflow = await resolveWorkflow(ws, ref, cli.call);
      const handle = await startRun(ws, workflow, input, cli.call);
      if (options.wait || options.stream) {
        await followRun(cli, handle, workflow, Boolean(options.stream));
        return;
      }
      const result = {
        id: handle.id,
        workflowId: handle.workflowId,
        workflow: workflow.name,
        status: handle.status,
      };
      cli.output.result(result, () => {
        cli.output.details([
          ["run", result.id],
          ["workflow", `${result.workflow} (${result.workflowId})`],
          ["status", result.status],
        ]);
        cli.output.note(
          `Follow it with: noxus runs get ${result.id} --workflow ${result.workflowId}`,
        );
      });
    });
};

/**
 * Starts the run; the server's 422 for inputs that do not fit the workflow is a usage
 * error (exit 2) naming the inputs it takes.
 */
export async function startRun(
  ws: Workspace,
  workflow: Workflow,
  input: RunInput,
  call: { signal: AbortSignal },
): Promise<RunHandle> {
  try {
    return await ws.runs.create(workflow.id, input, call);
  } catch (error) {
    if (!(error instanceof NoxusValidationError)) throw error;
    // The server's own words: each issue's message, else its detail (never our message,
    // which repeats the method and path).
    const detail = errorDetail(error.body);
    const message =
      detail.kind === "issues"
        ? detail.issues.map((issue) => issue.msg).join(" ")
        : detail.kind === "message"
          ? detail.message
          : error.message;
    const names = inputNames(workflow.definition);
    throw new UsageError(
      `The inputs do not fit workflow "${workflow.name}": ${message}`,
      names.length > 0
        ? `Its inputs: ${names.join(", ")}; pass them with --input key=value or --input-file.`
        : "This workflow takes no inputs.",
    );
  }
}
