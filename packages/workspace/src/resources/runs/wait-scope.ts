import { NoxusAbortError, type Run } from "@noxus/client";
import { type LinkedSignal, linkSignal } from "@noxus/client/internal";
import { RunWaitTimeoutError } from "../../errors.js";

const RUN_PATH = "/v1/workflows/{workflow_id}/runs/{run_id}";

/**
 * One signal for everything a wait does (stream, refreshes, sleeps), aborted by the caller's
 * signal or by the deadline; afterwards it tells which of the two it was, so the wait
 * throws NoxusAbortError or RunWaitTimeoutError whatever call was interrupted.
 */
export class WaitScope {
  private readonly link: LinkedSignal;
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private timedOut = false;

  constructor(
    private readonly caller: AbortSignal | undefined,
    private readonly timeoutMs: number | undefined,
  ) {
    this.link = linkSignal(caller);
    if (timeoutMs !== undefined) {
      this.timer = setTimeout(() => {
        this.timedOut = true;
        this.link.abort(new Error(`wait timed out after ${timeoutMs} ms`));
      }, timeoutMs);
    }
  }

  get signal(): AbortSignal {
    return this.link.signal;
  }

  /** Why the wait was cut short, as the error to throw; undefined when it was not. */
  interruption(lastSeen: Run): Error | undefined {
    if (this.caller?.aborted) return new NoxusAbortError("GET", RUN_PATH, this.caller.reason);
    if (this.timedOut) return new RunWaitTimeoutError(lastSeen, this.timeoutMs ?? 0);
    return undefined;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.link.unlink();
    // Anything still attached to the scope (a stream being torn down) stops now.
    this.link.abort();
  }
}

export function abortError(signal: AbortSignal): NoxusAbortError {
  return new NoxusAbortError("GET", RUN_PATH, signal.reason);
}
