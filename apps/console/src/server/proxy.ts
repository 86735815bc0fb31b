import type { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { request as upstreamRequest } from "undici";
import { OPERATIONS, type OperationRoute } from "../generated/operations.js";
import { API_PREFIX } from "../shared/protocol.js";
import { ALLOWED_OPERATIONS } from "./allowed-operations.js";
import { BodyTooLargeError, limitBody } from "./body-limit.js";
import { sendConsoleError } from "./errors.js";
import { downstreamResponseHeaders, upstreamRequestHeaders } from "./forward-headers.js";
import type { WorkspaceState } from "./workspace-state.js";

export interface ProxyOptions {
  workspaces: WorkspaceState;
  allowAdmin: boolean;
  maxBodyBytes: number;
}

/** Route config the request log reads: which operation a request was. */
export interface RouteLabel {
  label: string;
}

const NO_BODY = new Set(["GET", "HEAD", "DELETE", "OPTIONS"]);
// Dot segments and encoded separators: the router would match them as a parameter of an
// allowed operation, but URL parsing on the way out (or the backend) would resolve them to
// another path, i.e. another operation. No Noxus id contains them.
const PATH_TRICKS = /(^|\/)\.{1,2}(\/|$)|%2e|%2f|%5c|\\/i;

/** `/v1/workflows/{workflow_id}` → `/v1/workflows/:workflow_id` (fastify's router syntax). */
function routePath(template: string): string {
  return API_PREFIX + template.replace(/\{(\w+)\}/g, ":$1");
}

/**
 * `/api/noxus/*`: the allowlisted operations, each a route of its own (so the router, not a
 * hand-written matcher, decides which operation a URL is), and a catch-all that refuses the
 * rest. Bodies are never parsed here: the request stream goes to the backend as it arrives,
 * and the response stream (SSE included) comes back the same way.
 */
export async function registerProxy(app: FastifyInstance, options: ProxyOptions): Promise<void> {
  // Hand every body over unread; the route streams request.raw itself.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", (_request, _payload, done) => done(null));

  const allowed = new Set<string>(ALLOWED_OPERATIONS);
  for (const operation of OPERATIONS) {
    if (!allowed.has(operation.operationId)) continue;
    app.route({
      method: operation.method,
      url: routePath(operation.path),
      config: { label: operation.operationId } satisfies RouteLabel,
      handler: (request, reply) => forward(request, reply, operation, options),
    });
  }
  app.all(
    `${API_PREFIX}/*`,
    { config: { label: "refused" } satisfies RouteLabel },
    (request, reply) => {
      request.raw.resume(); // discard any body: it is never forwarded
      return sendConsoleError(
        reply,
        403,
        "operation_not_allowed",
        `The console does not forward ${request.method} ${request.url.split("?")[0]}: it is not an operation the console uses.`,
      );
    },
  );
}

async function forward(
  request: FastifyRequest,
  reply: FastifyReply,
  operation: OperationRoute,
  { workspaces, allowAdmin, maxBodyBytes }: ProxyOptions,
): Promise<FastifyReply> {
  if (operation.admin && !allowAdmin) {
    request.raw.resume();
    return sendConsoleError(
      reply,
      403,
      "admin_not_allowed",
      `${operation.operationId} is an admin operation, and this console does not forward admin operations.`,
      "Start the console with --allow-admin to manage workspaces and keys from it.",
    );
  }
  const path = request.url.split("?")[0] ?? "";
  if (PATH_TRICKS.test(path)) {
    request.raw.resume();
    return sendConsoleError(
      reply,
      403,
      "operation_not_allowed",
      "The console does not forward paths with dot segments or encoded separators.",
    );
  }
  const active = workspaces.current();
  if (!active) {
    request.raw.resume();
    return sendConsoleError(
      reply,
      503,
      "no_workspace",
      "The console has no API key to call Noxus with.",
      "Log in with `noxus login`, or pick a saved workspace, then retry.",
    );
  }
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > maxBodyBytes) {
    // Refuse before reading: the client learns at once instead of after uploading it all.
    reply.header("connection", "close");
    return sendConsoleError(
      reply,
      413,
      "body_too_large",
      `The request body (${declared} bytes) is larger than the console forwards (${maxBodyBytes} bytes).`,
    );
  }

  // Browser gone (tab closed, EventSource stopped): stop the upstream call too.
  const abort = new AbortController();
  reply.raw.on("close", () => {
    if (!reply.raw.writableFinished) abort.abort();
  });

  const hasBody = !NO_BODY.has(request.method) && request.headers["content-length"] !== "0";
  let body: Transform | undefined;
  let bodyDone: Promise<void> | undefined;
  if (hasBody) {
    body = limitBody(maxBodyBytes);
    bodyDone = pipeline(request.raw, body).catch(() => {}); // failures surface through undici
  }
  const target = active.baseUrl + request.url.slice(API_PREFIX.length);
  try {
    const upstream = await upstreamRequest(target, {
      method: request.method as "GET",
      headers: upstreamRequestHeaders(request.headers, active.apiKey.reveal()),
      ...(body ? { body } : {}),
      signal: abort.signal,
      // SSE streams may be quiet for a long time; the backend's keep-alives and the browser's
      // disconnect bound them, not a body timeout.
      bodyTimeout: 0,
    });
    reply.code(upstream.statusCode).headers(downstreamResponseHeaders(upstream.headers));
    return reply.send(upstream.body);
  } catch (error) {
    await bodyDone;
    if (abort.signal.aborted) return reply; // nobody is listening any more
    if (
      error instanceof BodyTooLargeError ||
      (error as Error)?.cause instanceof BodyTooLargeError
    ) {
      reply.header("connection", "close");
      return sendConsoleError(
        reply,
        413,
        "body_too_large",
        `The request body is larger than the console forwards (${maxBodyBytes} bytes).`,
      );
    }
    return sendConsoleError(
      reply,
      502,
      "upstream_unreachable",
      `The Noxus API at ${active.baseUrl} could not be reached (${describe(error)}).`,
      "Check that the backend is running, then retry.",
    );
  }
}

/** A short, key-free reason: error codes only (messages may quote URLs, never keys, but stay terse). */
function describe(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  const cause = (error as { cause?: { code?: unknown } })?.cause?.code;
  return String(
    typeof code === "string" ? code : typeof cause === "string" ? cause : "network error",
  );
}
