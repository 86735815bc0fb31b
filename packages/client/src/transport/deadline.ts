import { sleep } from "../internal/abort.js";

/**
 * One time budget for a whole logical request: every attempt and every wait between
 * attempts draw from it. The caller's own AbortSignal is linked to it, and the two are told
 * apart afterwards so that a timeout and an abort surface as different errors.
 */
export class Deadline {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private readonly endsAt: number;
  private readonly onCallerAbort = () => this.controller.abort(this.callerSignal?.reason);

  constructor(
    readonly timeoutMs: number,
    readonly callerSignal: AbortSignal | null | undefined,
  ) {
    this.endsAt = timeoutMs > 0 ? Date.now() + timeoutMs : Number.POSITIVE_INFINITY;
    if (timeoutMs > 0) {
      this.timer = setTimeout(() => this.controller.abort(new Error("timeout")), timeoutMs);
      // A pending budget must not keep a process (a CLI, a test) alive on its own.
      (this.timer as { unref?: () => void }).unref?.();
    }
    // Linked by hand rather than with AbortSignal.any, which costs far more per request on
    // Node 20; the listener is removed again in dispose().
    this.signal = this.controller.signal;
    if (callerSignal?.aborted) this.controller.abort(callerSignal.reason);
    else callerSignal?.addEventListener("abort", this.onCallerAbort, { once: true });
  }

  get timedOut(): boolean {
    return this.controller.signal.aborted && !this.callerAborted;
  }

  get callerAborted(): boolean {
    return Boolean(this.callerSignal?.aborted);
  }

  remainingMs(): number {
    return this.endsAt - Date.now();
  }

  /** Resolves after `ms`, or rejects as soon as the budget ends or the caller aborts. */
  sleep(ms: number): Promise<void> {
    return sleep(ms, this.signal);
  }

  /**
   * Ends the budget once the answer is in hand. While a streamed body is still being read
   * (`keepCallerLink`), the caller's signal stays linked so that aborting still stops it.
   */
  dispose(keepCallerLink = false): void {
    if (this.timer) clearTimeout(this.timer);
    if (!keepCallerLink) this.callerSignal?.removeEventListener("abort", this.onCallerAbort);
  }
}
