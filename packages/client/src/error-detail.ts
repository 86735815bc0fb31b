/**
 * Reading the `detail` of an API error body. The API answers errors FastAPI's way: `detail` is
 * a message for most statuses, and for 422 a list of `{ loc, msg, type }` issues. These
 * helpers narrow it once, so callers of the non-throwing client do not repeat the checks.
 */

/** One entry of a 422 body: `{ loc, msg, type }`, FastAPI's shape. */
export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
}

/** The `detail` of an error body, narrowed: a message, validation issues, or nothing usable. */
export type ErrorDetail =
  | { kind: "message"; message: string }
  | { kind: "issues"; issues: ValidationIssue[] }
  | { kind: "none" };

export function isValidationIssues(value: unknown): value is ValidationIssue[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        item !== null &&
        typeof item === "object" &&
        typeof (item as { msg?: unknown }).msg === "string",
    )
  );
}

/**
 * Narrows the `detail` of an error: pass the `error` of a non-throwing call
 * (`const { error } = await noxus.GET(…)`), its `detail`, or a thrown NoxusApiError's `body`.
 *
 * @example
 * const detail = errorDetail(error);
 * if (detail.kind === "issues") for (const issue of detail.issues) console.log(issue.loc, issue.msg);
 * else if (detail.kind === "message") console.log(detail.message);
 */
export function errorDetail(errorOrDetail: unknown): ErrorDetail {
  const detail =
    errorOrDetail !== null && typeof errorOrDetail === "object" && !Array.isArray(errorOrDetail)
      ? (errorOrDetail as { detail?: unknown }).detail
      : errorOrDetail;
  if (typeof detail === "string" && detail.length > 0) return { kind: "message", message: detail };
  if (isValidationIssues(detail) && detail.length > 0) return { kind: "issues", issues: detail };
  return { kind: "none" };
}

// Long enough for any real detail (a list of accepted input keys included); the cap only
// guards logs against a server that echoes a whole document back.
const MAX_DETAIL_CHARS = 2_000;
const SHOWN_ISSUES = 3;

/**
 * One line for an error message. Issues are shown whole (the first three, then a count);
 * a long text is cut between words, never inside one, so an id in it stays whole or absent.
 */
export function summariseDetail(detail: ErrorDetail): string | undefined {
  if (detail.kind === "message") return cutBetweenWords(detail.message, MAX_DETAIL_CHARS);
  if (detail.kind === "none") return undefined;
  const shown = detail.issues
    .slice(0, SHOWN_ISSUES)
    .map((issue) => `${(issue.loc ?? []).join(".")}: ${issue.msg}`)
    .join("; ");
  const more = detail.issues.length - SHOWN_ISSUES;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

function cutBetweenWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const boundary = head.search(/\s\S*$/);
  return `${boundary > 0 ? head.slice(0, boundary) : head} …`;
}
