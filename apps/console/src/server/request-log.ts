import { redact } from "@noxus/auth";
import type { FastifyInstance } from "fastify";
import type { RouteLabel } from "./proxy.js";

/**
 * One line per request once its answer is complete (for a stream, when it ends):
 * `GET listWorkflows 200 12ms`. Every line goes through @noxus/auth's redact with every key
 * the console knows, so a key can never reach the log, even by accident.
 */
export function registerRequestLog(
  app: FastifyInstance,
  write: (line: string) => void,
  secrets: () => Array<Parameters<typeof redact>[1]>,
): void {
  app.addHook("onResponse", async (request, reply) => {
    const label =
      (request.routeOptions.config as Partial<RouteLabel> | undefined)?.label ??
      (request.url.split("?")[0] || "/");
    const line = `${request.method} ${label} ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms`;
    write(redact(line, ...secrets()));
  });
}
