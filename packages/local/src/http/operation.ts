import type { FastifyReply, FastifyRequest } from "fastify";
import type { BodyOf, OperationId, PathOf, QueryOf, ResultOf } from "../api-types.js";

/**
 * The request of one operation, typed from the spec: `params`, `query` and `body` are what
 * the route's schema validated (and coerced) before the handler runs. Parts the operation
 * does not have are `never`, so reading them is a compile error. Multipart bodies are not
 * schema-validated (file streams); their handlers read them with readUploadedFiles.
 */
export type OperationRequest<Id extends OperationId> = FastifyRequest<{
  Params: PathOf<Id>;
  Querystring: QueryOf<Id>;
  Body: BodyOf<Id>;
}>;

/**
 * What a handler may return: the operation's 200 JSON shape, which the server serialises,
 * or the reply itself when the handler answered on its own (an SSE stream, a file download,
 * a cached pre-serialised body).
 */
export type OperationResult<Id extends OperationId> = ResultOf<Id> | FastifyReply;

export type OperationHandler<Id extends OperationId> = (
  request: OperationRequest<Id>,
  reply: FastifyReply,
) => Promise<OperationResult<Id>>;

/**
 * Handlers keyed by operationId. Written as an object literal of this type, each method's
 * `request` is typed for its operation and its return value is checked against the spec's
 * response: a handler returning the wrong shape does not compile.
 */
export type OperationHandlers = { [Id in OperationId]?: OperationHandler<Id> };

/** One handler with its operation erased: what the router registers by operationId. */
export type AnyHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/**
 * Erases the per-operation types for routing. Sound because the router registers each
 * handler only on the route of its own operationId, whose schema validated the request.
 */
export function routeHandler<Id extends OperationId>(handler: OperationHandler<Id>): AnyHandler {
  return handler as unknown as AnyHandler;
}
