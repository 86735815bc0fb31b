/**
 * Errors a handler throws to answer with a status. The server's error handler turns them
 * into FastAPI-shaped bodies: `{detail: "<message>"}`, or for 422 `{detail: [{loc, msg, type}]}`.
 */
export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
}

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly detail: string | ValidationIssue[],
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof detail === "string" ? detail : detail.map((issue) => issue.msg).join("; "));
  }
}

/** 404 with the standard reason phrase, which the Python SDK's tests match on. */
export function notFound(what = "Not Found"): HttpError {
  return new HttpError(404, what);
}

/** 422 for one field, e.g. `invalid(["body", "definition", "nodes", 0, "type"], "Unknown node type")`. */
export function invalid(loc: (string | number)[], msg: string, type = "value_error"): HttpError {
  return new HttpError(422, [{ loc, msg, type }]);
}

export function invalidMany(issues: ValidationIssue[]): HttpError {
  return new HttpError(422, issues);
}

export function conflict(detail: string): HttpError {
  return new HttpError(409, detail);
}

export function forbidden(detail: string): HttpError {
  return new HttpError(403, detail);
}
