import { errorDetail, summariseDetail, type ValidationIssue } from "./error-detail.js";

/** What every NoxusError can carry besides its message. */
export interface NoxusErrorOptions<Code extends string = string> {
  /** A stable, machine-readable name for the failure; branch on it, never on the message. */
  code?: Code;
  /** What to do about it, for a person: shown apart from the message, never inside it. */
  hint?: string | undefined;
  cause?: unknown;
  /** Whether doing the same thing again may succeed (default false). */
  retryable?: boolean;
}

/**
 * One error hierarchy for the whole kit. Every error the kit throws is a NoxusError;
 * callers branch on the class (or the type guards) and on `code`, never on message text.
 * `message` says what went wrong; `hint`, when there is one, says what to do, and is never
 * repeated in `message`, so logging both prints each once.
 *
 * Invariant: no error holds a request, its headers or the client options, so an error
 * can be logged, serialised or shown without exposing the API key.
 */
export class NoxusError extends Error {
  override name = "NoxusError";
  /** A stable, machine-readable name for the failure. Each subclass narrows it to a union. */
  readonly code: string;
  /** What to do about the failure, for a person; undefined when there is nothing to add. */
  readonly hint: string | undefined;
  /** Whether doing the same thing again may succeed. */
  readonly retryable: boolean;

  constructor(message: string, options: NoxusErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code ?? "error";
    this.hint = options.hint;
    this.retryable = options.retryable ?? false;
  }

  /**
   * A plain object for logs and `JSON.stringify`: name, code, message, hint and retryable
   * (plus status, method, path, requestId and body for API errors). Never holds the API key.
   */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      hint: this.hint,
      retryable: this.retryable,
    };
  }
}

/** Why the client refused its options or arguments. */
export type NoxusConfigErrorCode = "invalid_config" | "invalid_base_url" | "invalid_api_key";

/** Invalid options or arguments given to the client: fix the call, retrying will not help. */
export class NoxusConfigError extends NoxusError {
  override name = "NoxusConfigError";
  declare readonly code: NoxusConfigErrorCode;
  constructor(
    message: string,
    options: Omit<NoxusErrorOptions<NoxusConfigErrorCode>, "retryable"> = {},
  ) {
    super(message, { ...options, code: options.code ?? "invalid_config" });
  }
}

/** Stable, machine-readable names for API failures. */
export type NoxusApiErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "validation_error"
  | "rate_limited"
  | "server_error"
  | "http_error";

export type { ValidationIssue } from "./error-detail.js";

/** What a NoxusApiError is built from: the answer's status and parsed body, and the request's method and path. */
export interface NoxusApiErrorInit {
  /** The HTTP status of the answer, e.g. 404. */
  status: number;
  /** The HTTP status text, when the server sent one. */
  statusText?: string;
  /** The parsed JSON body of the answer (or its text when it was not JSON). */
  body: unknown;
  /** The server's request id (`x-request-id`), to quote to support. */
  requestId?: string | undefined;
  /** The HTTP method, e.g. `"GET"`. */
  method: string;
  /** The path template, e.g. `/v1/workflows/{workflow_id}`. */
  path: string;
}

const CODES: Record<number, NoxusApiErrorCode> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
  422: "validation_error",
  429: "rate_limited",
};

// HTTP/2 answers carry no reason phrase; these stand in so every message has one shape.
const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  408: "Request Timeout",
  409: "Conflict",
  413: "Payload Too Large",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

const HINTS: Partial<Record<NoxusApiErrorCode, string>> = {
  bad_request: "Check the arguments against the API reference.",
  unauthorized:
    "Check the API key: it is missing, revoked, or from another deployment (sent as X-API-Key).",
  forbidden: "This key may not do that: admin endpoints need a tenant-admin key.",
  not_found:
    "Check the id: it does not exist in this key's workspace (other workspaces' resources answer 404 too).",
  conflict: "The resource changed or exists; reload it and retry.",
  payload_too_large: "The request body is too large; send fewer or smaller files per request.",
  validation_error: "The request does not match the API schema; `detail` names each field to fix.",
  rate_limited: "Too many requests; wait for the Retry-After delay before retrying.",
  server_error: "The server failed; retry later, and quote the request id if it persists.",
};

function codeFor(status: number): NoxusApiErrorCode {
  return CODES[status] ?? (status >= 500 ? "server_error" : "http_error");
}

/**
 * The server's words for the failure, without a leading reason phrase: the API (and
 * @noxus/local) write 404 details as "Not Found: no file …", which after our own
 * "404 Not Found" would say it twice.
 */
function describeBody(body: unknown, reason: string): string | undefined {
  const text = summariseDetail(errorDetail(body));
  if (text === undefined || !reason) return text;
  const lower = text.toLowerCase();
  const prefix = reason.toLowerCase();
  if (lower === prefix) return undefined;
  if (lower.startsWith(`${prefix}:`)) return text.slice(prefix.length + 1).trim() || undefined;
  return text;
}

/** A non-2xx answer from the Noxus API. */
export class NoxusApiError extends NoxusError {
  override name = "NoxusApiError";
  declare readonly code: NoxusApiErrorCode;
  readonly status: number;
  /** The parsed response body (JSON when it was JSON, else text). */
  readonly body: unknown;
  /** The `x-request-id` the server gave the request, to quote in bug reports. */
  readonly requestId: string | undefined;
  readonly method: string;
  /** The path template, never the URL: ids and query values stay out of logs. */
  readonly path: string;

  constructor(init: NoxusApiErrorInit) {
    const code = codeFor(init.status);
    const reason = init.statusText || REASONS[init.status] || "";
    const detail = describeBody(init.body, reason);
    let message = `${init.method} ${init.path} failed: ${init.status}${reason ? ` ${reason}` : ""}`;
    if (detail) message += `: ${detail}`;
    if (init.requestId) message += ` (request id ${init.requestId})`;
    super(message, {
      code,
      hint: HINTS[code],
      retryable: init.status === 408 || init.status === 429 || init.status >= 500,
    });
    this.status = init.status;
    this.body = init.body;
    this.requestId = init.requestId;
    this.method = init.method;
    this.path = init.path;
  }

  /** The server's `detail`: a message, or for 422 the list of issues. See also `errorDetail()`. */
  get detail(): unknown {
    const body = this.body as { detail?: unknown } | null;
    return body !== null && typeof body === "object" ? body.detail : undefined;
  }

  /** The `detail` of a 422 answer as a list of issues, or undefined for other answers. */
  get validationIssues(): ValidationIssue[] | undefined {
    const detail = errorDetail(this.body);
    return detail.kind === "issues" ? detail.issues : undefined;
  }

  /** NoxusError's fields plus `status`, `method`, `path` (the template), `requestId` and `body`. */
  override toJSON() {
    return {
      ...super.toJSON(),
      status: this.status,
      method: this.method,
      path: this.path,
      requestId: this.requestId,
      body: this.body,
    };
  }
}

/** 400: the server rejected the request as malformed. */
export class NoxusBadRequestError extends NoxusApiError {
  override name = "NoxusBadRequestError";
}
/** 401: the API key is missing, unknown or revoked. */
export class NoxusAuthenticationError extends NoxusApiError {
  override name = "NoxusAuthenticationError";
}
/** 403: the key may not do this (e.g. admin endpoints without a tenant-admin key). */
export class NoxusPermissionError extends NoxusApiError {
  override name = "NoxusPermissionError";
}
/** 404: no such resource in this key's workspace. */
export class NoxusNotFoundError extends NoxusApiError {
  override name = "NoxusNotFoundError";
}
/** 409: the request conflicts with the resource's current state. */
export class NoxusConflictError extends NoxusApiError {
  override name = "NoxusConflictError";
}
/** 413: the body (usually an upload) is larger than the server accepts. */
export class NoxusPayloadTooLargeError extends NoxusApiError {
  override name = "NoxusPayloadTooLargeError";
}
/** 422: the request does not match the schema; see `validationIssues`. */
export class NoxusValidationError extends NoxusApiError {
  override name = "NoxusValidationError";
}
/** 429: rate limited, after the client's own retries (if any) were used up. */
export class NoxusRateLimitError extends NoxusApiError {
  override name = "NoxusRateLimitError";
  /** How long the server asked to wait, from Retry-After / retry-after-ms. */
  retryAfterMs: number | undefined;
}
/** 5xx: the server failed. */
export class NoxusServerError extends NoxusApiError {
  override name = "NoxusServerError";
}

const CLASSES: Record<number, typeof NoxusApiError> = {
  400: NoxusBadRequestError,
  401: NoxusAuthenticationError,
  403: NoxusPermissionError,
  404: NoxusNotFoundError,
  409: NoxusConflictError,
  413: NoxusPayloadTooLargeError,
  422: NoxusValidationError,
  429: NoxusRateLimitError,
};

/** The request never got an answer: DNS, refused or reset connection, a body cut short. */
export class NoxusConnectionError extends NoxusError {
  override name = "NoxusConnectionError";
  declare readonly code: "connection_failed";
  readonly method: string;
  readonly path: string;
  constructor(method: string, path: string, cause: unknown) {
    super(`${method} ${path} failed: could not reach the Noxus API (${describeCause(cause)}).`, {
      code: "connection_failed",
      hint: "Check the base URL and the network; idempotent requests were already retried.",
      cause,
      retryable: true,
    });
    this.method = method;
    this.path = path;
  }
}

/** Lets a subclass of a transport error say more than the generic message and hint. */
export interface NoxusTimeoutErrorText {
  message?: string;
  hint?: string;
}

/** The `timeoutMs` budget ran out (all attempts and waits included). */
export class NoxusTimeoutError extends NoxusError {
  override name = "NoxusTimeoutError";
  declare readonly code: "timeout";
  readonly timeoutMs: number;
  constructor(method: string, path: string, timeoutMs: number, text: NoxusTimeoutErrorText = {}) {
    super(
      text.message ?? `${method} ${path} timed out after ${timeoutMs} ms (all attempts included).`,
      {
        code: "timeout",
        hint: text.hint ?? "Raise timeoutMs for this call or the client.",
        retryable: true,
      },
    );
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's AbortSignal fired. Never retried. */
export class NoxusAbortError extends NoxusError {
  override name = "NoxusAbortError";
  declare readonly code: "aborted";
  constructor(method: string, path: string, reason?: unknown) {
    super(`${method} ${path} was aborted by the caller.`, { code: "aborted", cause: reason });
  }
}

function describeCause(cause: unknown): string {
  let current = cause as { code?: string; message?: string; cause?: unknown } | undefined;
  // undici wraps the socket error: TypeError("fetch failed", { cause: Error("ECONNREFUSED …") }).
  while (current?.cause && !current.code) current = current.cause as typeof current;
  return current?.code ?? current?.message ?? "unknown network error";
}

/** True for any error the kit throws (a NoxusError or a subclass); narrows the type. */
export function isNoxusError(error: unknown): error is NoxusError {
  return error instanceof NoxusError;
}

/** True for a non-2xx answer from the API (a NoxusApiError or a subclass); narrows the type. */
export function isNoxusApiError(error: unknown): error is NoxusApiError {
  return error instanceof NoxusApiError;
}

/** True for a 404 answer (NoxusNotFoundError); narrows the type. */
export const isNoxusNotFoundError = (error: unknown): error is NoxusNotFoundError =>
  error instanceof NoxusNotFoundError;
/** True for a 429 answer that outlasted the retries (NoxusRateLimitError); narrows the type. */
export const isNoxusRateLimitError = (error: unknown): error is NoxusRateLimitError =>
  error instanceof NoxusRateLimitError;
/** True for a 422 answer (NoxusValidationError, see `validationIssues`); narrows the type. */
export const isNoxusValidationError = (error: unknown): error is NoxusValidationError =>
  error instanceof NoxusValidationError;
/** True when the request got no answer (DNS, refused or reset connection: NoxusConnectionError); narrows the type. */
export const isNoxusConnectionError = (error: unknown): error is NoxusConnectionError =>
  error instanceof NoxusConnectionError;
/** True when the call's `timeoutMs` budget ran out (NoxusTimeoutError); narrows the type. */
export const isNoxusTimeoutError = (error: unknown): error is NoxusTimeoutError =>
  error instanceof NoxusTimeoutError;
/** True when the caller's AbortSignal fired (NoxusAbortError); narrows the type. */
export const isNoxusAbortError = (error: unknown): error is NoxusAbortError =>
  error instanceof NoxusAbortError;

/**
 * Builds the error for a non-2xx response whose body is already parsed (as openapi-fetch
 * does). Use it to turn a `{ error, response }` result into a NoxusApiError.
 */
export function apiErrorFromResponse(
  response: Response,
  body: unknown,
  request: { method: string; path: string },
): NoxusApiError {
  const Class =
    CLASSES[response.status] ?? (response.status >= 500 ? NoxusServerError : NoxusApiError);
  const error = new Class({
    status: response.status,
    statusText: response.statusText,
    body,
    requestId: response.headers.get("x-request-id") ?? undefined,
    method: request.method,
    path: request.path,
  });
  if (error instanceof NoxusRateLimitError) error.retryAfterMs = retryAfterMs(response.headers);
  return error;
}

/**
 * The wait a response asks for: `retry-after-ms` (non-standard, milliseconds, used by some
 * gateways) first, then `Retry-After` as seconds or as an HTTP date.
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number(headers.get("retry-after-ms"));
  if (headers.has("retry-after-ms") && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get("retry-after");
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
