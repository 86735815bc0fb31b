import { redact } from "@noxus/auth";
import type { FastifyInstance } from "fastify";
import type { RouteLabel } from "./proxy.js";

/**
 * One line per request once it is over: `GET listWorkflows 200 12ms`, or
 * `GET streamRunEvents 200 aborted 5312ms` when the browser went away first (a closed tab
 * ends an SSE stream that way). Listening to the response's `close` covers both; fastify's
 * onResponse hook would miss the aborted ones. Every line goes through @noxus/auth's redact
 * with every key the console knows, so a key can never reach the log, even by accident.
 */
export function registerRequestLog(
  app: FastifyInstance,
  write: (line: string) => void,
  secrets: () => Array<Parameters<typeof redact>[1]>,
): void {
  app.addHook("onRequest", (request, reply, done) => {
    const started = process.hrtime.bigint();
    reply.raw.once("close", () => {
      const label =
        (request.routeOptions.config as Partial<RouteLabel> | undefined)?.label ??
        (request.url.split("?")[0] || "/");
      const outcome = reply.raw.writableFinished
        ? `${reply.statusCode}`
        : `${reply.statusCode} aborted`;
      const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
      write(redact(`${request.method} ${label} ${outcome} ${ms}ms`, ...secrets()));
    });
    done();
  });
}
