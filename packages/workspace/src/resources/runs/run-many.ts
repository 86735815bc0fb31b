import { NoxusAbortError } from "@noxus/client";
import { linkSignal } from "@noxus/client/internal";
import type { RunHandle } from "./handle.js";
import type { RunInput, RunManyOptions, RunManyProgress, RunManyResult } from "./types.js";

/** Starts one run and waits for its end; the batch's signal cancels both. */
export type RunOne<Input extends RunInput> = (
  input: Input,
  signal: AbortSignal,
) => Promise<RunHandle>;

const BATCH_PATH = "/v1/workflows/{workflow_id}/runs";

/**
 * A bounded pool of workers over the inputs: each takes the next input, creates its run and
 * waits for its end, so at most `concurrency` runs are in flight (created, not yet seen to
 * end). Results keep input order; an item's failure is its result, never the batch's. An
 * aborted batch starts nothing more, cancels the waits in flight, and still answers every
 * item (those cut short carry NoxusAbortError), so finished work is not lost. A stopped
 * batch (`stopSignal`) starts nothing more but lets the runs in flight end.
 */
export async function runMany<Input extends RunInput>(
  inputs: readonly Input[],
  runOne: RunOne<Input>,
  options: Pick<
    RunManyOptions<Input>,
    "concurrency" | "onProgress" | "onResult" | "signal" | "stopSignal"
  >,
): Promise<RunManyResult<Input>[]> {
  const total = inputs.length;
  const results = new Array<RunManyResult<Input>>(total);
  const progress: RunManyProgress = { done: 0, total, succeeded: 0, failed: 0 };
  const controller = linkSignal(options.signal);
  let callbackError: { error: unknown } | undefined;

  const settle = async (index: number, result: RunManyResult<Input>, started: boolean) => {
    results[index] = result;
    progress.done += 1;
    if (result.ok) progress.succeeded += 1;
    else progress.failed += 1;
    try {
      // Awaited inside the worker, so a slow callback (writing the result somewhere) holds
      // its slot and the batch never runs ahead of what has been recorded.
      if (started) await options.onResult?.(result, index);
      options.onProgress?.({ ...progress });
    } catch (error) {
      // A throwing callback is a bug in the caller's code: stop the batch and report it.
      callbackError ??= { error };
      controller.abort(error);
    }
  };

  const mayStart = () => !controller.signal.aborted && !options.stopSignal?.aborted;
  let next = 0;
  const worker = async () => {
    while (next < total && mayStart()) {
      const index = next++;
      const input = inputs[index] as Input;
      let result: RunManyResult<Input>;
      try {
        const handle = await runOne(input, controller.signal);
        result = { ok: true, input, run: handle.data, handle };
      } catch (error) {
        result = { ok: false, input, error: asError(error) };
      }
      await settle(index, result, true);
    }
  };

  try {
    const workers = Math.min(options.concurrency ?? 4, total);
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    controller.unlink();
  }
  if (callbackError) throw callbackError.error;
  for (let index = 0; index < total; index++) {
    if (results[index] === undefined) {
      const input = inputs[index] as Input;
      const reason = options.signal?.aborted ? options.signal.reason : options.stopSignal?.reason;
      await settle(
        index,
        { ok: false, input, error: new NoxusAbortError("POST", BATCH_PATH, reason) },
        false,
      );
    }
  }
  return results;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
