import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { loadSpec } from "../spec.js";

/**
 * The API's own description and an interactive reference page, as FastAPI services serve them:
 * `GET /openapi.json` (the spec this server routes from, with `servers` pointing here) and
 * `GET /docs` (Swagger UI, served from the installed swagger-ui-dist package). Neither is an
 * operation of the Noxus API, so neither needs a key. The page makes no request to any other
 * host (its Content-Security-Policy says so to the browser too); a key typed into its
 * "Authorize" dialog stays in the page.
 */

const require = createRequire(import.meta.url);
const SWAGGER_UI_DIR = dirname(require.resolve("swagger-ui-dist/package.json"));

// Only the two files the page loads are served, read once.
const ASSETS: Record<string, { file: string; type: string }> = {
  "swagger-ui.css": { file: "swagger-ui.css", type: "text/css; charset=utf-8" },
  "swagger-ui-bundle.js": {
    file: "swagger-ui-bundle.js",
    type: "text/javascript; charset=utf-8",
  },
};
const assetCache = new Map<string, Buffer>();

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

// `<link rel="icon" href="data:,">` stops the browser asking for /favicon.ico (a 404).
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Noxus API reference (@noxus/local)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="reference"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

// validatorUrl: null, or Swagger UI sends the spec to validator.swagger.io for a badge.
const INIT = `window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#reference",
  validatorUrl: null,
  deepLinking: true,
  persistAuthorization: false,
  queryConfigEnabled: false,
});
`;

function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export function registerApiDocs(app: FastifyInstance): void {
  app.get("/openapi.json", async (request, reply) => {
    const { document } = loadSpec();
    const servers = [{ url: originOf(request), description: "This @noxus/local server" }];
    return reply
      .type("application/json; charset=utf-8")
      .send(JSON.stringify({ ...document, servers }));
  });

  app.get("/docs", async (_request, reply) =>
    reply.type("text/html; charset=utf-8").header("content-security-policy", CSP).send(PAGE),
  );

  app.get("/docs/init.js", async (_request, reply) =>
    reply.type("text/javascript; charset=utf-8").send(INIT),
  );

  app.get<{ Params: { name: string } }>("/docs/assets/:name", async (request, reply) => {
    const asset = ASSETS[request.params.name];
    if (!asset) return reply.status(404).send({ detail: "Not Found" });
    let body = assetCache.get(asset.file);
    if (!body) {
      body = readFileSync(join(SWAGGER_UI_DIR, asset.file));
      assetCache.set(asset.file, body);
    }
    return reply.type(asset.type).header("cache-control", "public, max-age=3600").send(body);
  });
}
