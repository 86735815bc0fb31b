/**
 * Waiting and cancelling with AbortSignals, written once for every @noxus package.
 *
 * Invariant: nothing here leaves a listener on a caller's signal once it is done with it. A
 * long-lived signal (a CLI's Ctrl-C signal, a server's shutdown signal) is shared by thousands
 * of calls; a listener left behind per call is a leak and a MaxListenersExceeded warning.
 */

/**
 * Resolves after `ms`, or rejects with `signal.reason` as soon as `signal` aborts. The abort
 * listener is removed when the timer fires, not only when the signal aborts.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** A signal of one's own that also aborts when the parent does; `unlink()` when done. */
export interface LinkedSignal {
  readonly signal: AbortSignal;
  /** Aborts this signal only (not the parent). */
  abort(reason?: unknown): void;
  /** Stops following the parent: call it in `finally`. */
  unlink(): void;
}

/**
 * Links a new controller to an optional parent signal (a caller's). Linked by hand rather than
 * with AbortSignal.any, whose followers are only released when garbage-collected.
 */
export function linkSignal(parent: AbortSignal | undefined): LinkedSignal {
  const controller = new AbortController();
  const onAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) onAbort();
  else parent?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    abort: (reason) => controller.abort(reason),
    unlink: () => parent?.removeEventListener("abort", onAbort),
  };
}

/**
 * `promise`, or a rejection with `onAbort()`'s error as soon as `signal` aborts (the promise
 * itself keeps running; use it for work that cannot be cancelled, such as a shared cache fill).
 */
export function abortable<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  onAbort: (reason: unknown) => Error,
): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(onAbort(signal.reason));
  return new Promise<T>((resolve, reject) => {
    const listener = () => reject(onAbort(signal.reason));
    signal.addEventListener("abort", listener, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", listener));
  });
}
