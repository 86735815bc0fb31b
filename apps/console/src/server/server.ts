import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyFormbody from "@fastify/formbody";
import { NoxusCredentialsError } from "@noxus/auth/node";
import Fastify, { type FastifyError } from "fastify";
import { type ConsoleSession, SESSION_PATH, SWITCH_WORKSPACE_PATH } from "../shared/protocol.js";
import { sendConsoleError } from "./errors.js";
import { loopbackHosts, registerGuards } from "./guards.js";
import { TokenLogin } from "./login.js";
import { isLoopbackHost } from "./loopback.js";
import {
  type ConsoleServerOptions,
  DEFAULT_HOST,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_PORT,
} from "./options.js";
import { registerProxy } from "./proxy.js";
import { registerRequestLog } from "./request-log.js";
import { registerStaticApp } from "./static-app.js";
import { WorkspaceState } from "./workspace-state.js";

export interface ConsoleServer {
  /** Where to open the console, e.g. `http://127.0.0.1:8485/`. */
  url: string;
  port: number;
  /** The workspace state: which key and backend requests go to. */
  workspaces: WorkspaceState;
  close(): Promise<void>;
}

/** Thrown for options the console cannot start with; `message` says what to fix. */
export class ConsoleStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConsoleStartError";
  }
}

// Long enough that guessing it, at the login's rate limit, is hopeless.
const MIN_TOKEN_LENGTH = 16;
// The app's own JSON endpoints take a profile name; nothing bigger.
const CONSOLE_JSON_LIMIT = 64 * 1024;
// Next to the built server (dist/server/), the built app is dist/app/.
const DEFAULT_APP_DIR = fileURLToPath(new URL("../app/", import.meta.url));

/**
 * Starts the console: the built app, the console endpoints and the `/api/noxus/*` forwarder.
 * @throws ConsoleStartError for a non-loopback host without a token; NoxusCredentialsError
 * for credentials that are named but wrong (e.g. an unknown profile).
 */
export async function startConsoleServer(
  options: ConsoleServerOptions = {},
): Promise<ConsoleServer> {
  const env = options.env ?? process.env;
  const host = options.host ?? DEFAULT_HOST;
  const token = options.token ?? env.NOXUS_CONSOLE_TOKEN ?? undefined;
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new ConsoleStartError(
      `The console token must be at least ${MIN_TOKEN_LENGTH} characters long (e.g. \`openssl rand -hex 16\`).`,
    );
  }
  if (!isLoopbackHost(host) && !token) {
    throw new ConsoleStartError(
      `Refusing to listen on ${host}: a console reachable from other machines needs a token. Pass --token <secret> (or set NOXUS_CONSOLE_TOKEN), or listen on 127.0.0.1.`,
    );
  }
  const allowAdmin = options.allowAdmin ?? false;
  const workspaces = new WorkspaceState({
    apiKey: options.apiKey,
    profile: options.profile,
    baseUrl: options.baseUrl,
    env,
    configDir: options.configDir,
  });
  const login = token ? new TokenLogin(token) : undefined;
  const allowedHosts = new Set<string>();
  const write = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));

  // forceCloseConnections: an open SSE stream must not keep close() (Ctrl-C) waiting forever.
  const app = Fastify({
    bodyLimit: CONSOLE_JSON_LIMIT,
    exposeHeadRoutes: false,
    forceCloseConnections: true,
  });
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return sendConsoleError(reply, 413, "body_too_large", "The request body is too large.");
    }
    if (status >= 400 && status < 500) {
      return sendConsoleError(reply, status, "bad_request", error.message);
    }
    write(`console error: ${error.name}`);
    return sendConsoleError(reply, 500, "internal_error", "The console failed to answer.");
  });
  registerRequestLog(app, write, () => [...workspaces.secrets(), token]);
  // Cookies and form posts serve the token login only; without it they would cost every request.
  if (login) {
    await app.register(fastifyCookie);
    await app.register(fastifyFormbody);
  }
  registerGuards(app, { login, allowedHosts });
  login?.register(app);

  app.get(SESSION_PATH, { config: { label: "session" } }, async (_request, reply) => {
    const session: ConsoleSession = await workspaces.session(allowAdmin);
    return reply.header("cache-control", "no-store").send(session);
  });
  app.post(
    SWITCH_WORKSPACE_PATH,
    { config: { label: "switch-workspace" } },
    async (request, reply) => {
      const name = (request.body as { profile?: unknown } | undefined)?.profile;
      if (typeof name !== "string" || name.length === 0) {
        return sendConsoleError(
          reply,
          400,
          "bad_request",
          'Send {"profile": "<saved profile name>"}.',
        );
      }
      try {
        workspaces.switchTo(name);
      } catch (error) {
        if (error instanceof NoxusCredentialsError) {
          const status = error.code === "unknown_profile" ? 404 : 400;
          const code = error.code === "unknown_profile" ? "unknown_profile" : "bad_request";
          return sendConsoleError(reply, status, code, error.message);
        }
        throw error;
      }
      return reply.header("cache-control", "no-store").send(await workspaces.session(allowAdmin));
    },
  );

  await app.register(async (scope) =>
    registerProxy(scope, {
      workspaces,
      allowAdmin,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    }),
  );
  await registerStaticApp(app, options.appDir ?? DEFAULT_APP_DIR);

  await app.listen({ port: options.port ?? DEFAULT_PORT, host });
  const address = app.server.address();
  const port =
    typeof address === "object" && address ? address.port : (options.port ?? DEFAULT_PORT);
  const shownHost = host.includes(":") ? `[${host}]` : host;
  for (const name of loopbackHosts(port)) allowedHosts.add(name);
  allowedHosts.add(`${shownHost.toLowerCase()}:${port}`);
  const urlHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : shownHost;
  return {
    url: `http://${urlHost}:${port}/`,
    port,
    workspaces,
    close: () => app.close(),
  };
}
