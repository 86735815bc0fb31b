import { NoxusAbortError } from "@noxus/client";

/** Waits `ms`, or throws NoxusAbortError (as the client does) as soon as `signal` fires. */
export function sleep(ms: number, signal: AbortSignal | undefined, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new NoxusAbortError("GET", path, signal.reason));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new NoxusAbortError("GET", path, signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
