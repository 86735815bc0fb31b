/** Log levels, most severe first; a logger prints its level and everything above it. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Anything shaped like `console`. Messages never carry headers or bodies, so never a key. */
export interface NoxusLogger {
  error(message: string, data?: object): void;
  warn(message: string, data?: object): void;
  info(message: string, data?: object): void;
  debug(message: string, data?: object): void;
}

/** One attempt about to be sent. `requestId` is shared by all attempts of one call. */
export interface RequestEvent {
  requestId: string;
  attempt: number;
  method: string;
  url: string;
  /** The spec's path template, e.g. `/v1/workflows/{workflow_id}`. */
  path: string;
}

/** The outcome of one attempt: a status, or an error; and whether another attempt follows. */
export interface ResponseEvent extends RequestEvent {
  status?: number;
  error?: Error;
  /** The server's x-request-id, to quote in bug reports. */
  serverRequestId?: string;
  durationMs: number;
  /** Set when the client will retry after this many ms. */
  retryInMs?: number;
}

export interface Hooks {
  onRequest?: (event: RequestEvent) => void;
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
