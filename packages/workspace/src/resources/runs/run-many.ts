import { NoxusAbortError } from "@noxus/client";
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
 * item (those cut short carry NoxusAbortError), so finished work is not lost.
 */
export async function runMany<Input extends RunInput>(
  inputs: readonly Input[],
  runOne: RunOne<Input>,
  options: Pick<RunManyOptions, "concurrency" | "onProgress" | "signal">,
): Promise<RunManyResult<Input>[]> {
  const total = inputs.length;
  const results = new Array<RunManyResult<Input>>(total);
  const progress: RunManyProgress = { done: 0, total, succeeded: 0, failed: 0 };
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let callbackError: { error: unknown } | undefined;

  const settle = (index: number, result: RunManyResult<Input>) => {
    results[index] = result;
    progress.done += 1;
    if (result.ok) progress.succeeded += 1;
    else progress.failed += 1;
    try {
      options.onProgress?.({ ...progress });
    } catch (error) {
      // A throwing callback is a bug in the caller's code: stop the batch and report it.
      callbackError ??= { error };
      controller.abort(error);
    }
  };

  let next = 0;
  const worker = async () => {
    while (next < total && !controller.signal.aborted) {
      const index = next++;
      const input = inputs[index] as Input;
      try {
        const handle = await runOne(input, controller.signal);
        settle(index, { ok: true, input, run: handle.run, handle });
      } catch (error) {
        settle(index, { ok: false, input, error: asError(error) });
      }
    }
  };

  try {
    const workers = Math.min(options.concurrency ?? 4, total);
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
  }
  if (callbackError) throw callbackError.error;
  for (let index = 0; index < total; index++) {
    if (results[index] === undefined) {
      const input = inputs[index] as Input;
      settle(index, {
        ok: false,
        input,
        error: new NoxusAbortError("POST", BATCH_PATH, options.signal?.reason),
      });
    }
  }
  return results;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
