import { randomUUID } from "node:crypto";
import multipart from "@fastify/multipart";
import { Ajv, type Options as AjvOptions } from "ajv";
import addFormats from "ajv-formats";
import Fastify, { type FastifyInstance } from "fastify";
import openapiGlue from "fastify-openapi-glue";
import { assembleHandlers } from "./handlers/index.js";
import { authenticate } from "./http/auth.js";
import type { ResourceGroup, ServerContext } from "./http/context.js";
import { registerApiDocs } from "./http/docs.js";
import { errorHandler } from "./http/error-handler.js";
import { loadSpec, specPath } from "./spec.js";

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

function multipartOperations(): Set<string> {
  const document = loadSpec().document as {
    paths: Record<
      string,
      Record<string, { operationId?: string; requestBody?: { content?: object } }>
    >;
  };
  const ids = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (
        operation?.requestBody?.content &&
        "multipart/form-data" in operation.requestBody.content
      ) {
        ids.add(String(operation.operationId));
      }
    }
  }
  return ids;
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
  });
  // Query, path and header values arrive as strings and are coerced to the spec's types;
  // JSON bodies are not (pydantic, behind the real API, refuses 42 for a string field).
  const paramsAjv = createAjv({ coerceTypes: "array" });
  const bodyAjv = createAjv({ coerceTypes: false });
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === "body" ? bodyAjv : paramsAjv).compile(schema),
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
  const multipartIds = multipartOperations();
  app.addHook("onRoute", (route) => {
    const operationId = (route.config as { operationId?: string } | undefined)?.operationId;
    if (operationId && multipartIds.has(operationId) && route.schema) delete route.schema.body;
  });

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
  registerApiDocs(app);
  await app.ready();
  return { app, groups };
}
