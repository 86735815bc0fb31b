import {
  isNoxusApiError,
  isNoxusError,
  NoxusConnectionError,
  NoxusRateLimitError,
  NoxusTimeoutError,
} from "@noxus/client";

/** What the page shows for a failed call: a sentence, the fields to fix, and whether to retry. */
export interface ReadableError {
  title: string;
  detail: string | undefined;
  /** 422: one line per field, e.g. "input.text: Field required". */
  issues: string[];
  retryable: boolean;
  /** 429: how long the server asked to wait. */
  retryAfterSeconds: number | undefined;
  /** 502 from the console server: the backend is down; shown as a banner. */
  upstreamDown: boolean;
}

function detailText(detail: unknown): string | undefined {
  return typeof detail === "string" && detail.length > 0 ? detail : undefined;
}

/** Turns any error a call can raise into words; never a stack trace. */
export function readableError(error: unknown): ReadableError {
  const base: ReadableError = {
    title: "Something went wrong.",
    detail: undefined,
    issues: [],
    retryable: true,
    retryAfterSeconds: undefined,
    upstreamDown: false,
  };
  if (isNoxusApiError(error)) {
    const detail = detailText(error.detail);
    const issues = (error.validationIssues ?? []).map((issue) => {
      const where = (issue.loc ?? []).filter((part) => part !== "body").join(".");
      return where ? `${where}: ${issue.msg}` : issue.msg;
    });
    const code = (error.body as { code?: unknown } | null)?.code;
    switch (true) {
      case error.status === 422:
        return { ...base, title: "Some values are not valid.", detail, issues, retryable: false };
      case error.status === 404:
        return {
          ...base,
          title: "Not found.",
          detail: detail ?? "It does not exist in this workspace, or it was deleted.",
          retryable: false,
        };
      case error instanceof NoxusRateLimitError: {
        const wait = error.retryAfterMs;
        return {
          ...base,
          title: "Too many requests.",
          detail: detail ?? "The API asked to slow down.",
          retryAfterSeconds: wait === undefined ? undefined : Math.ceil(wait / 1000),
        };
      }
      case error.status === 502 || code === "upstream_unreachable":
        return {
          ...base,
          title: "The Noxus backend cannot be reached.",
          detail,
          upstreamDown: true,
        };
      case error.status === 401 || error.status === 403:
        return { ...base, title: "Not allowed.", detail: detail ?? error.hint, retryable: false };
      case error.status === 503 && code === "no_workspace":
        return { ...base, title: "No workspace is configured.", detail, retryable: false };
      default:
        return {
          ...base,
          title: `The API answered ${error.status}.`,
          detail,
          retryable: error.retryable,
        };
    }
  }
  if (error instanceof NoxusConnectionError || error instanceof NoxusTimeoutError) {
    return {
      ...base,
      title: "The console server cannot be reached.",
      detail: "Check that `noxus-console serve` (or `pnpm start`) is still running.",
    };
  }
  if (isNoxusError(error) || error instanceof Error) return { ...base, detail: error.message };
  return base;
}
