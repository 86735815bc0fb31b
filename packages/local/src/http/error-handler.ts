import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { HttpError, type ValidationIssue } from "./errors.js";

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

// Where FastAPI says a parameter came from, for each part fastify validates.
const LOCATION: Record<string, string> = {
  body: "body",
  querystring: "query",
  params: "path",
  headers: "header",
};

// FastAPI/pydantic error types, so that clients matching on them keep working.
const TYPES: Record<string, string> = {
  required: "missing",
  type: "type_error",
  enum: "enum",
  const: "literal_error",
  minimum: "greater_than_equal",
  maximum: "less_than_equal",
  exclusiveMinimum: "greater_than",
  exclusiveMaximum: "less_than",
  minLength: "string_too_short",
  maxLength: "string_too_long",
  minItems: "too_short",
  maxItems: "too_long",
  format: "value_error",
  anyOf: "union_error",
  oneOf: "union_error",
  pattern: "string_pattern_mismatch",
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Turns ajv's report into FastAPI's `detail` list: `[{loc, msg, type}]`. */
export function toValidationIssues(context: string, issues: AjvIssue[]): ValidationIssue[] {
  const where = LOCATION[context] ?? context;
  const seen = new Set<string>();
  const result: ValidationIssue[] = [];
  for (const issue of issues) {
    const loc: (string | number)[] = [where];
    for (const part of issue.instancePath.split("/").filter(Boolean)) {
      const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
      loc.push(/^\d+$/.test(key) ? Number(key) : key);
    }
    let msg = capitalise(issue.message ?? "Invalid value");
    if (issue.keyword === "required") {
      loc.push(String(issue.params.missingProperty));
      msg = "Field required";
    } else if (issue.keyword === "enum") {
      const allowed = (issue.params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      msg = `Input should be ${allowed.join(" or ")}`;
    }
    const key = `${loc.join(".")}|${msg}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ loc, msg, type: TYPES[issue.keyword] ?? "value_error" });
  }
  return result;
}

/**
 * One place that decides what a failure looks like on the wire. Bad input is always a 4xx
 * with a `detail` that says what to fix; only a bug in the server is a 500.
 */
export function errorHandler(
  error: FastifyError & { validation?: AjvIssue[]; validationContext?: string },
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof HttpError) {
    return reply.status(error.statusCode).headers(error.headers).send({ detail: error.detail });
  }
  if (error.validation) {
    const issues = toValidationIssues(error.validationContext ?? "body", error.validation);
    return reply.status(422).send({ detail: issues });
  }
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return reply.status(422).send({
        detail: [
          { loc: ["body"], msg: `JSON decode error: ${error.message}`, type: "json_invalid" },
        ],
      });
    case "FST_ERR_CTP_BODY_TOO_LARGE":
    case "FST_REQ_FILE_TOO_LARGE":
    case "FST_FILES_LIMIT":
    case "FST_PARTS_LIMIT":
    case "FST_FIELDS_LIMIT":
      return reply.status(413).send({ detail: `Request too large: ${error.message}` });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return reply
        .status(415)
        .send({ detail: `Unsupported content type: ${request.headers["content-type"] ?? "none"}` });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return reply.status(status).send({ detail: error.message });
  }
  request.log.error({ err: error }, "unhandled error");
  return reply.status(500).send({ detail: "Internal Server Error" });
}
