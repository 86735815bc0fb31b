import type { AuthStrategy } from "../auth.js";
import {
  NoxusAbortError,
  NoxusConnectionError,
  NoxusTimeoutError,
  retryAfterMs,
} from "../errors.js";
import { RETRY_SAFE_OPERATIONS } from "../generated/retry-safe.js";
import type { FetchLike } from "../options.js";
import { Deadline } from "./deadline.js";
import { marksOf } from "./markers.js";
import {
  type Hooks,
  type LogLevel,
  levelLogger,
  type NoxusLogger,
  type ResponseEvent,
} from "./observe.js";
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  isIdempotent,
  isRetryableStatus,
  MAX_RETRY_AFTER_MS,
  type RetryPolicy,
} from "./policy.js";

export interface TransportOptions extends Hooks {
  /** Applied once per call, after any middleware, so that its credentials win. */
  auth?: AuthStrategy | undefined;
  fetch?: FetchLike | undefined;
  maxRetries?: number | undefined;
  timeoutMs?: number | undefined;
  retryPolicy?: Partial<RetryPolicy> | undefined;
  logger?: NoxusLogger | undefined;
  logLevel?: LogLevel | undefined;
}

// The Python SDK's per-request timeout (reference §1.4).
/** Default time budget of one request, in milliseconds (120 s). */
export const DEFAULT_TIMEOUT_MS = 120_000;

// Streams are handed over as they arrive (the caller reads them for as long as it likes);
// every other body is read inside the attempt, so that a connection cut mid-body is retried
// like any other connection error and the time budget covers the whole exchange.
const STREAMED = /^(text\/event-stream|application\/octet-stream)/;

const asCount = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;

// A response that can hold its own body in memory (the Node transport's NodeResponse) does
// so; any other is read and rebuilt once around the bytes.
const inMemory = async (response: Response & { bufferBody?: () => Promise<Response> }) =>
  response.bufferBody?.() ??
  (response.body
    ? new Response(await response.arrayBuffer(), response)
    : Promise.resolve(response));

let sequence = 0;
const newRequestId = () => `nxc_${Date.now().toString(36)}${(sequence++).toString(36)}`;

/**
 * The fetch below openapi-fetch's middleware chain (users' middleware only: the client
 * registers none). Auth is applied once per logical request; this loop makes the attempts.
 * Invariants:
 * - an abort by the caller is final: never retried, surfaced as NoxusAbortError;
 * - one budget (`timeoutMs`) covers all attempts and waits: NoxusTimeoutError when spent;
 * - the body of a discarded attempt is cancelled before waiting, freeing the connection;
 * - only the last attempt's response (or error) reaches the caller.
 */
export function createTransport(options: TransportOptions): FetchLike {
  const send: FetchLike = options.fetch ?? ((request, init) => globalThis.fetch(request, init));
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retryPolicy };
  const log = levelLogger(options.logLevel ?? "off", options.logger ?? console);
  // Events are only built when someone listens: the common case pays nothing for them.
  const observed =
    options.onRequest !== undefined ||
    options.onResponse !== undefined ||
    (options.logLevel ?? "off") !== "off";

  return async function transport(request, init) {
    const marks = marksOf(request);
    const method = request.method;
    const path = marks.noxusPath ?? new URL(request.url).pathname;
    const maxRetries = asCount(marks.maxRetries) ?? options.maxRetries ?? policy.maxRetries;
    const timeoutMs = asCount(marks.timeoutMs) ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const idempotent = isIdempotent(method, RETRY_SAFE_OPERATIONS.has(`${method} ${path}`));
    await options.auth?.applyTo(request.headers);
    const deadline = new Deadline(timeoutMs, request.signal);
    const requestId = newRequestId();

    const stopped = (reason: unknown) =>
      deadline.callerAborted
        ? new NoxusAbortError(method, path, deadline.callerSignal?.reason)
        : deadline.timedOut
          ? new NoxusTimeoutError(method, path, timeoutMs)
          : new NoxusConnectionError(method, path, reason);

    for (let attempt = 0; ; attempt++) {
      const base = { requestId, attempt, method, url: request.url, path };
      // A body can be read once, so an attempt that may be followed by another sends a clone
      // and keeps the original untouched; the last possible attempt may send the original.
      const attemptRequest = attempt < maxRetries && request.body ? request.clone() : request;
      if (attempt > 0) attemptRequest.headers.set("x-noxus-retry-count", String(attempt));
      if (observed) {
        options.onRequest?.(base);
        log("debug", `→ ${method} ${path} (attempt ${attempt + 1})`, base);
      }
      const started = observed ? Date.now() : 0;
      const finish = (event: Omit<ResponseEvent, keyof typeof base | "durationMs">) => {
        if (!observed) return;
        const full: ResponseEvent = { ...base, ...event, durationMs: Date.now() - started };
        options.onResponse?.(full);
        const outcome = full.status ?? full.error?.name;
        if (full.retryInMs !== undefined) {
          log(
            "warn",
            `${method} ${path} answered ${outcome}; retrying in ${full.retryInMs} ms`,
            full,
          );
        } else {
          log("debug", `← ${method} ${path} ${outcome} in ${full.durationMs} ms`, full);
        }
      };

      let response: Response;
      let wait: number | undefined;
      try {
        response = await send(attemptRequest, { ...init, signal: deadline.signal });
        if (
          attempt < maxRetries &&
          isRetryableStatus(response.status, idempotent, response.headers)
        ) {
          wait = retryAfterMs(response.headers) ?? backoffDelay(attempt, policy);
          // A wait longer than we may honour, or than the budget has left, is not worth taking.
          if (wait > MAX_RETRY_AFTER_MS || wait >= deadline.remainingMs()) wait = undefined;
        }
        const type = response.headers.get("content-type") ?? "";
        if (wait === undefined && !STREAMED.test(type)) response = await inMemory(response);
      } catch (error) {
        const failure = stopped(error);
        const retryable =
          failure instanceof NoxusConnectionError && idempotent && attempt < maxRetries;
        const delay = retryable ? backoffDelay(attempt, policy) : undefined;
        finish({ error: failure, ...(delay !== undefined ? { retryInMs: delay } : {}) });
        if (delay === undefined) {
          deadline.dispose();
          throw failure;
        }
        await deadline.sleep(delay).catch((reason) => {
          throw stopped(reason);
        });
        continue;
      }

      const serverRequestId = response.headers.get("x-request-id") ?? undefined;
      finish({
        status: response.status,
        ...(serverRequestId ? { serverRequestId } : {}),
        ...(wait !== undefined ? { retryInMs: wait } : {}),
      });
      if (wait === undefined) {
        deadline.dispose(STREAMED.test(response.headers.get("content-type") ?? ""));
        return response;
      }
      await response.body?.cancel().catch(() => undefined);
      await deadline.sleep(wait).catch((reason) => {
        throw stopped(reason);
      });
    }
  };
}
