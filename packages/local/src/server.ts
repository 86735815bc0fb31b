import { randomUUID } from "node:crypto";
import multipart from "@fastify/multipart";
import { Ajv, type Options as AjvOptions } from "ajv";
import addFormats from "ajv-formats";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import openapiGlue from "fastify-openapi-glue";
import { assembleHandlers } from "./handlers/index.js";
import { authenticate } from "./http/auth.js";
import { bodyPolicies, enforceContentType, requireBody } from "./http/content-type.js";
import type { ResourceGroup, ServerContext } from "./http/context.js";
import { errorHandler } from "./http/error-handler.js";
import { boundIntegers } from "./http/integer-bounds.js";
import { specPath } from "./spec.js";

function createAjv(options: AjvOptions): Ajv {
  const ajv = new Ajv({
    // The spec keeps `default`s inside anyOf (e.g. KB settings), which strict ajv refuses.
    strict: false,
    allErrors: true,
    useDefaults: true,
    removeAdditional: false,
    ...options,
  });
  addFormats(ajv);
  return ajv;
}

export interface BuiltApp {
  app: FastifyInstance;
  groups: ResourceGroup[];
}

/**
 * The HTTP app: routes and request validation come from the spec through
 * fastify-openapi-glue; handlers come from the resource groups, by operationId.
 */
export async function buildApp(
  context: ServerContext,
  options: { logger?: boolean } = {},
): Promise<BuiltApp> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: context.config.maxJsonBytes,
    requestIdHeader: "x-request-id",
    genReqId: () => `req_${randomUUID().replaceAll("-", "")}`,
    // close() must not wait for clients' idle keep-alive or abandoned stream connections.
    forceCloseConnections: true,
    // Ids are uuids; a longer path segment is refused (414) before routing, with a detail.
    routerOptions: { maxParamLength: 500 },
    // Errors of the router itself (a path that is not valid percent-encoding, a segment over
    // maxParamLength) get the same `{detail}` body as every other 4xx.
    frameworkErrors: (error, _request, rawReply) => {
      const reply = rawReply as FastifyReply;
      const status = error.statusCode ?? 400;
      const detail =
        error.code === "FST_ERR_BAD_URL"
          ? "The request path is not valid: check its percent-encoding (e.g. a lone %)."
          : error.code === "FST_ERR_MAX_PARAM_LENGTH"
            ? "A path segment is too long: ids are at most 500 characters."
            : error.message;
      void reply.status(status).send({ detail });
    },
  });
  // Query, path and header values arrive as strings and are coerced to the spec's types;
  // JSON bodies are not (pydantic, behind the real API, refuses 42 for a string field).
  const paramsAjv = createAjv({ coerceTypes: "array" });
  const bodyAjv = createAjv({ coerceTypes: false });
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === "body" ? bodyAjv : paramsAjv).compile(boundIntegers(schema)),
  );
  // An empty body with a JSON content type (e.g. a DELETE from some clients) is "no body",
  // not a parse error; routes that need a body then answer 422 "Field required".
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    if (typeof body === "string" && body.trim() === "") return done(null, undefined);
    return parseJson(request, body as string, done);
  });
  // Responses are plain JSON.stringify: the spec's response schemas are open (the real API
  // adds fields), so a schema-driven serializer would silently drop fields.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ detail: "Not Found" }));
  app.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    done();
  });
  app.decorateRequest("auth", null as never);

  await app.register(multipart, {
    limits: { fileSize: context.config.maxFileBytes, files: 1000, fields: 100, parts: 1100 },
  });

  // Multipart bodies are read by their handlers (file streams cannot be schema-validated
  // as JSON); their parameters are still validated from the spec.
  const policies = bodyPolicies();
  app.addHook("onRoute", (route) => {
    const operationId = (route.config as { operationId?: string } | undefined)?.operationId;
    const multipart =
      operationId && policies.get(operationId)?.mediaTypes.includes("multipart/form-data");
    if (multipart && route.schema) delete route.schema.body;
  });
  // After authentication (a request without a valid key is a 401 whatever its body).
  app.addHook("preParsing", enforceContentType);
  app.addHook("preValidation", requireBody);

  const { handlers, groups } = assembleHandlers(context);
  const onRequest = authenticate(context.storage.tenancy);
  await app.register(openapiGlue, {
    specification: specPath(),
    // The glue merges these into the route it builds (method and url come from the spec);
    // its types ask for a complete RouteOptions, hence the cast.
    operationResolver: ((operationId: string) => ({
      handler: handlers[operationId],
      onRequest,
      config: { operationId },
    })) as never,
  });
  await app.ready();
  return { app, groups };
}
