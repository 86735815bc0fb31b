import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import {
  RunFailedError,
  type RunInput,
  type RunManyResult,
  type Workflow,
  type Workspace,
} from "@noxus/workspace";
import cliProgress from "cli-progress";
import type { CliContext } from "../../context.js";
import { CliError, describeError, UsageError } from "../../exit-codes.js";
import { isInputObject } from "../run/inputs.js";

/** One line of the batch's out file: written as soon as its input has finished. */
export type BatchLine =
  | {
      index: number;
      input: RunInput;
      ok: true;
      runId: string;
      status: string;
      outputs: Record<string, string>;
    }
  | {
      index: number;
      input: RunInput;
      ok: false;
      runId?: string;
      status?: string;
      error: string;
    };

export interface BatchOptions {
  inputs: string;
  out: string;
  concurrency: number;
}

export interface BatchSummary {
  workflowId: string;
  total: number;
  /** Succeeded in an earlier invocation (found in the out file), not run again. */
  skipped: number;
  succeeded: number;
  failed: number;
  /** Inputs not run because the batch was interrupted. */
  remaining: number;
  interrupted: boolean;
  out: string;
}

/** The inputs file: one JSON object per non-empty line; index = position among them. */
export async function readInputs(path: string, signal: AbortSignal): Promise<RunInput[]> {
  let text: string;
  try {
    text = await readFile(path, { encoding: "utf8", signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw usage(
      `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    );
  }
  const inputs: RunInput[] = [];
  text.split(/\r?\n/).forEach((line, at) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw usage(`${path} line ${at + 1} is not valid JSON: ${(error as Error).message}.`);
    }
    if (!isInputObject(value)) {
      throw usage(`${path} line ${at + 1} must be a JSON object of inputs, e.g. {"text": "…"}.`);
    }
    inputs.push(value);
  });
  return inputs;
}

/**
 * The indexes an earlier invocation finished successfully, from the out file. A failed
 * line does not count (its input is run again); a torn last line (a crash mid-write) is
 * ignored. A line whose input differs from the inputs file means the out file belongs to
 * other inputs: that is refused rather than silently mixed.
 */
export function readDone(out: string, inputs: RunInput[]): Set<number> {
  const done = new Set<number>();
  if (!existsSync(out)) return done;
  const lines = readFileSync(out, "utf8").split("\n");
  lines.forEach((line, at) => {
    if (line.trim() === "") return;
    let record: Partial<BatchLine>;
    try {
      record = JSON.parse(line) as Partial<BatchLine>;
    } catch {
      return; // a torn line: its input simply runs again
    }
    const index = record.index;
    if (typeof index !== "number" || !Number.isInteger(index)) return;
    const input = inputs[index];
    if (input === undefined || JSON.stringify(input) !== JSON.stringify(record.input)) {
      throw usage(
        `${out} line ${at + 1} records input #${index} differently from the inputs file.`,
        "The out file belongs to other inputs: pass a new --out, or restore the inputs file.",
      );
    }
    if (record.ok === true) done.add(index);
  });
  return done;
}

/**
 * Runs every input not yet done, at most `concurrency` at a time, appending each result to
 * the out file the moment it is known (one `appendFileSync` per line, so an interrupt or a
 * crash loses nothing that finished). Ctrl-C starts nothing more and lets the runs in
 * flight finish and be recorded (a second Ctrl-C quits at once; those are then run again
 * on resume).
 */
export async function runBatch(
  cli: CliContext,
  ws: Workspace,
  workflow: Workflow,
  options: BatchOptions,
): Promise<BatchSummary> {
  const inputs = await readInputs(options.inputs, cli.signal);
  const done = readDone(options.out, inputs);
  const todo = inputs.map((_, index) => index).filter((index) => !done.has(index));
  const summary: BatchSummary = {
    workflowId: workflow.id,
    total: inputs.length,
    skipped: done.size,
    succeeded: 0,
    failed: 0,
    remaining: todo.length,
    interrupted: false,
    out: options.out,
  };
  const progress = new BatchProgress(cli, inputs.length, done.size);
  if (done.size > 0) {
    cli.output.note(
      `${done.size} of ${inputs.length} inputs already done in ${options.out}; running the other ${todo.length}.`,
    );
  }
  ensureNewline(options.out);

  const onInterrupt = () => {
    summary.interrupted = true;
    if (summary.remaining > 0) {
      progress.message(`interrupted: letting the runs in flight finish (Ctrl-C again to quit now)`);
    }
  };
  cli.signal.addEventListener("abort", onInterrupt, { once: true });

  const write = (line: BatchLine) => {
    appendFileSync(options.out, `${JSON.stringify(line)}\n`);
    summary.remaining -= 1;
    if (line.ok) summary.succeeded += 1;
    else summary.failed += 1;
    progress.update(summary);
  };

  // The SDK's pool runs the batch; each result is written the moment it is known (one
  // appendFileSync per line, so an interrupt or a crash loses nothing that finished).
  // Ctrl-C (cli.signal) is the batch's stopSignal: nothing more starts, the runs in flight
  // finish and are recorded; the items never started are not written, so a resume runs them.
  progress.start();
  try {
    await ws.runs.runMany(
      workflow.id,
      todo.map((index) => inputs[index] as RunInput),
      {
        concurrency: options.concurrency,
        stopSignal: cli.signal,
        onResult: async (result, at) => {
          const index = todo[at] as number;
          write({ index, input: result.input, ...(await outcome(result)) });
        },
      },
    );
  } finally {
    cli.signal.removeEventListener("abort", onInterrupt);
    progress.stop();
  }
  return summary;
}

/** What the out file records for one settled item (its index and input aside). */
type Outcome = BatchLine extends infer Line
  ? Line extends BatchLine
    ? Omit<Line, "index" | "input">
    : never
  : never;

async function outcome(result: RunManyResult<RunInput>): Promise<Outcome> {
  const run = result.ok
    ? result.run
    : result.error instanceof RunFailedError
      ? result.error.run
      : undefined;
  const ran = run ? { runId: run.id, status: run.status } : {};
  if (!result.ok) return { ok: false, ...ran, error: failure(result.error) };
  // Stopped, or waiting for human feedback: not a result; run it again on resume.
  if (result.run.status !== "completed") {
    return { ok: false, ...ran, error: `run ${result.run.status}` };
  }
  const { id: runId, status } = result.run;
  try {
    return { ok: true, runId, status, outputs: await result.handle.outputs() };
  } catch (error) {
    return { ok: false, ...ran, error: failure(error) };
  }
}

function failure(error: unknown): string {
  if (error instanceof RunFailedError) {
    const detail = (error.run as { error?: unknown }).error;
    return typeof detail === "string" && detail ? detail : `run ${error.run.status}`;
  }
  return describeError(error).message;
}

/** A file that does not end with a newline (a torn last line) gets one before appending. */
function ensureNewline(path: string): void {
  if (!existsSync(path)) return;
  const text = readFileSync(path);
  if (text.length > 0 && text[text.length - 1] !== 0x0a) appendFileSync(path, "\n");
}

function usage(message: string, hint?: string): UsageError {
  return new UsageError(message, hint);
}

/**
 * A progress bar on a terminal (stderr); otherwise a plain line on stderr at most once a
 * second, and at the end.
 */
class BatchProgress {
  private bar: cliProgress.SingleBar | undefined;
  private lastLine = 0;
  private readonly tty: boolean;

  constructor(
    private readonly cli: CliContext,
    private readonly total: number,
    private readonly skipped: number,
  ) {
    this.tty = Boolean(cli.output.stderr.isTTY);
  }

  start(): void {
    if (!this.tty) {
      this.cli.output.note(`batch: ${this.skipped}/${this.total} done, starting`);
      return;
    }
    this.bar = new cliProgress.SingleBar(
      {
        stream: this.cli.output.stderr,
        format:
          " {bar} {value}/{total} | {succeeded} ok, {failed} failed | ETA {eta_formatted} {message}",
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(this.total, this.skipped, { succeeded: this.skipped, failed: 0, message: "" });
  }

  update(summary: BatchSummary): void {
    const done = summary.skipped + summary.succeeded + summary.failed;
    const payload = { succeeded: summary.skipped + summary.succeeded, failed: summary.failed };
    if (this.bar) {
      this.bar.update(done, payload);
      return;
    }
    if (this.tty) return;
    const now = Date.now();
    if (now - this.lastLine < 1000 && done < this.total) return;
    this.lastLine = now;
    this.cli.output.note(
      `batch: ${done}/${this.total} done (${payload.succeeded} ok, ${payload.failed} failed)`,
    );
  }

  message(text: string): void {
    if (this.bar) this.bar.update({ message: text });
    else this.cli.output.note(text);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}

/** The error the batch command ends with when some inputs failed (exit 1). */
export function batchFailed(summary: BatchSummary): CliError {
  return new CliError(
    "failed",
    `${summary.failed} of ${summary.total} inputs failed; their errors are in ${summary.out}.`,
    { hint: "Run the same command again to retry only the failed ones." },
  );
}
