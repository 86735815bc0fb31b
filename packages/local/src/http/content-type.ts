import type { FastifyReply, FastifyRequest } from "fastify";
import { loadSpec } from "../spec.js";
import { HttpError, invalid } from "./errors.js";

/** What an operation accepts as a request body, read from its `requestBody` in the spec. */
export interface BodyPolicy {
  /** Media types of `requestBody.content`, lower case, e.g. `application/json`. */
  mediaTypes: string[];
  required: boolean;
}

type SpecOperation = {
  operationId?: string;
  requestBody?: { required?: boolean; content?: object };
};

let policies: Map<string, BodyPolicy> | undefined;

/** Body policies by operationId, for the operations that take a body. Read once. */
export function bodyPolicies(): Map<string, BodyPolicy> {
  if (policies) return policies;
  const document = loadSpec().document as { paths: Record<string, Record<string, SpecOperation>> };
  policies = new Map();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      const content = operation?.requestBody?.content;
      if (!operation?.operationId || !content) continue;
      policies.set(operation.operationId, {
        mediaTypes: Object.keys(content).map((type) => type.toLowerCase()),
        required: operation.requestBody?.required === true,
      });
    }
  }
  return policies;
}

function operationIdOf(request: FastifyRequest): string | undefined {
  return (request.routeOptions.config as { operationId?: string } | undefined)?.operationId;
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers["content-length"];
  if (length !== undefined) return Number(length) > 0;
  return request.headers["transfer-encoding"] !== undefined;
}

/**
 * One content-type policy for every operation, checked before the body is parsed: a body
 * sent to an operation that takes one must have one of the media types the spec lists
 * (parameters such as `charset` aside), else 415 naming the expected type. Without this,
 * a parser fastify happens to have (text/plain) would hand a handler a body its schema
 * never validated. Operations without a body ignore whatever is sent.
 */
export async function enforceContentType<Payload>(
  request: FastifyRequest,
  _reply: FastifyReply,
  payload: Payload,
): Promise<Payload> {
  const operationId = operationIdOf(request);
  const policy = operationId ? bodyPolicies().get(operationId) : undefined;
  if (!policy || !hasBody(request)) return payload;
  const header = request.headers["content-type"] ?? "";
  const mediaType = header.split(";")[0]?.trim().toLowerCase() ?? "";
  const expected = policy.mediaTypes.join(" or ");
  if (!policy.mediaTypes.includes(mediaType)) {
    const sent = mediaType ? `"${header.slice(0, 100)}"` : "no Content-Type";
    throw new HttpError(415, `Unsupported content type: ${sent}. Send the body as ${expected}.`);
  }
  if (mediaType === "multipart/form-data" && !/;\s*boundary=/i.test(header)) {
    throw new HttpError(
      415,
      "Unsupported content type: multipart/form-data without a boundary parameter. Let your HTTP client build the multipart body (it adds the boundary).",
    );
  }
  return payload;
}

/**
 * A required JSON body that was not sent (no body, or an empty one) is a 422 "Field
 * required" at `body`, as FastAPI answers; fastify would otherwise skip its validation.
 */
export async function requireBody(request: FastifyRequest, _reply: FastifyReply) {
  const operationId = operationIdOf(request);
  const policy = operationId ? bodyPolicies().get(operationId) : undefined;
  if (!policy?.required || !policy.mediaTypes.includes("application/json")) return;
  if (request.body === undefined) throw invalid(["body"], "Field required", "missing");
}
