import { NoxusAbortError, type Run } from "@noxus/client";
import { RunWaitTimeoutError } from "../../errors.js";

const RUN_PATH = "/v1/workflows/{workflow_id}/runs/{run_id}";

/**
 * One signal for everything a wait does (stream, refreshes, sleeps), aborted by the caller's
 * signal or by the deadline; afterwards it tells which of the two it was, so the wait
 * throws NoxusAbortError or RunWaitTimeoutError whatever call was interrupted.
 */
export class WaitScope {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private timedOut = false;
  private readonly onAbort = () => this.controller.abort(this.caller?.reason);

  constructor(
    private readonly caller: AbortSignal | undefined,
    private readonly timeoutMs: number | undefined,
  ) {
    if (caller?.aborted) this.onAbort();
    caller?.addEventListener("abort", this.onAbort, { once: true });
    if (timeoutMs !== undefined) {
      this.timer = setTimeout(() => {
        this.timedOut = true;
        this.controller.abort(new Error(`wait timed out after ${timeoutMs} ms`));
      }, timeoutMs);
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Why the wait was cut short, as the error to throw; undefined when it was not. */
  interruption(lastSeen: Run): Error | undefined {
    if (this.caller?.aborted) return new NoxusAbortError("GET", RUN_PATH, this.caller.reason);
    if (this.timedOut) return new RunWaitTimeoutError(lastSeen, this.timeoutMs ?? 0);
    return undefined;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.caller?.removeEventListener("abort", this.onAbort);
    // Anything still attached to the scope (a stream being torn down) stops now.
    this.controller.abort();
  }
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const done = () => {
      signal.removeEventListener("abort", stop);
      resolve();
    };
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", stop, { once: true });
  });
}

export function abortError(signal: AbortSignal): NoxusAbortError {
  return new NoxusAbortError("GET", RUN_PATH, signal.reason);
}
