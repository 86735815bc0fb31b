/** When and how long to wait before sending a request again. */
export interface RetryPolicy {
  /** Attempts after the first (default 2). */
  maxRetries: number;
  /** First backoff step in ms (default 500); attempt n waits up to initialDelayMs * 2^n (full jitter). */
  initialDelayMs: number;
  /**
   * Ceiling of one backoff wait in ms (default 8 000). It does not cap Retry-After: a wait the
   * server asks for is honoured up to 60 s, beyond which the 429 is surfaced instead.
   */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
};

/** Longest server-requested wait we honour; beyond it the 429 is surfaced to the caller. */
export const MAX_RETRY_AFTER_MS = 60_000;

const SAFE_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/**
 * Which answers are worth another attempt. 429 means "not now" whatever the method, since
 * the server did not act on the request. 408, 5xx and lost connections may have happened
 * after the server acted, so they are retried only when repeating the request is harmless:
 * idempotent methods, or POSTs the spec marks `x-noxus-retry-safe`. `x-should-retry` from
 * the server overrides the status-based decision either way.
 */
export function isRetryableStatus(status: number, idempotent: boolean, headers: Headers): boolean {
  const hint = headers.get("x-should-retry");
  if (hint === "true") return true;
  if (hint === "false") return false;
  if (status === 429) return true;
  return idempotent && (status === 408 || status >= 500);
}

export function isIdempotent(method: string, markedRetrySafe: boolean): boolean {
  return SAFE_METHODS.has(method) || (method === "POST" && markedRetrySafe);
}

/** Exponential backoff with full jitter (AWS's "full jitter": uniform in [0, cap]). */
export function backoffDelay(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const cap = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** attempt);
  return Math.round(random() * cap);
}
