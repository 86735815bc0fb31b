import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { sendConsoleError } from "./errors.js";

/**
 * Serves the built single-page app from `appDir`. Paths that are not files and look like a
 * page (no extension) get index.html, so client-side routes survive a reload. Vite names
 * assets by content hash, so they may be cached for good; index.html never is.
 */
export async function registerStaticApp(app: FastifyInstance, appDir: string): Promise<void> {
  const built = existsSync(join(appDir, "index.html"));
  if (built) {
    await app.register(fastifyStatic, {
      root: appDir,
      wildcard: true,
      setHeaders(reply, path) {
        reply.header(
          "cache-control",
          path.endsWith(".html") ? "no-cache" : "public, max-age=31536000, immutable",
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    if (path.startsWith("/api/")) {
      return sendConsoleError(
        reply,
        404,
        "not_found",
        `No console endpoint ${request.method} ${path}.`,
      );
    }
    const isPage =
      (request.method === "GET" || request.method === "HEAD") && !/\.[a-z0-9]+$/i.test(path);
    if (!isPage) return reply.code(404).type("text/plain").send("Not found");
    if (!built) {
      return reply
        .code(503)
        .type("text/html; charset=utf-8")
        .send(
          "<!doctype html><html lang=en><title>Noxus console</title><h1>The console app is not built</h1><p>Run <code>pnpm --filter @noxus/console build</code>, then reload.</p></html>",
        );
    }
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
