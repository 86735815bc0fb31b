/** Log levels, most severe first; a logger prints its level and everything above it. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Anything shaped like `console`. Messages never carry headers or bodies, so never a key. */
export interface NoxusLogger {
  /** Errors. `data`, when given, is a RequestEvent or ResponseEvent. */
  error(message: string, data?: object): void;
  /** A failed attempt that will be retried. */
  warn(message: string, data?: object): void;
  /** Informational lines. */
  info(message: string, data?: object): void;
  /** One line per attempt sent and answered. */
  debug(message: string, data?: object): void;
}

/** One attempt about to be sent. `requestId` is shared by all attempts of one call. */
export interface RequestEvent {
  /** The client's id for the call (not the server's), the same on every attempt. */
  requestId: string;
  /** 0 for the first attempt, 1 for the first retry, and so on. */
  attempt: number;
  /** The HTTP method, e.g. `"POST"`. */
  method: string;
  /** The full URL sent, query string included (never credentials: they travel in headers). */
  url: string;
  /** The spec's path template, e.g. `/v1/workflows/{workflow_id}`. */
  path: string;
}

/** The outcome of one attempt: a status, or an error; and whether another attempt follows. */
export interface ResponseEvent extends RequestEvent {
  /** The HTTP status, when an answer arrived. */
  status?: number;
  /** Why no answer arrived (connection lost, timeout, abort). */
  error?: Error;
  /** The server's x-request-id, to quote in bug reports. */
  serverRequestId?: string;
  /** How long the attempt took, in ms. */
  durationMs: number;
  /** Set when the client will retry after this many ms. */
  retryInMs?: number;
}

/** Callbacks the client calls around each attempt, for metrics and tracing. */
export interface Hooks {
  /** Called just before each attempt is sent (retries included). Must not throw. */
  onRequest?: (event: RequestEvent) => void;
  /** Called when each attempt ends, with its status or error and whether a retry follows. Must not throw. */
  onResponse?: (event: ResponseEvent) => void;
}

const ORDER: LogLevel[] = ["off", "error", "warn", "info", "debug"];

export function levelLogger(
  level: LogLevel,
  logger: NoxusLogger,
): (at: Exclude<LogLevel, "off">, message: string, data?: object) => void {
  const limit = ORDER.indexOf(level);
  return (at, message, data) => {
    if (ORDER.indexOf(at) <= limit) logger[at](message, data);
  };
}
