// The API reference page: Swagger UI (copied from the installed swagger-ui-dist, no CDN) with
// the spec embedded as a script, so the page works opened straight from disk (a browser will
// not fetch a JSON file next to a file:// page).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const require = createRequire(import.meta.url);
const swaggerUiDir = dirname(require.resolve("swagger-ui-dist/package.json"));
const specFile = fileURLToPath(import.meta.resolve("@noxus/spec/noxus.openapi.yaml"));

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Noxus API reference</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="swagger-ui.css">
</head>
<body>
<p style="font-family: sans-serif; margin: 1em 2em"><a href="../index.html">Noxus kit documentation</a>
· <a href="openapi.yaml">openapi.yaml</a> · <a href="openapi.json">openapi.json</a></p>
<div id="reference"></div>
<script src="swagger-ui-bundle.js"></script>
<script src="spec.js"></script>
<script src="init.js"></script>
</body>
</html>
`;

// validatorUrl: null, or Swagger UI sends the spec to validator.swagger.io for a badge.
const INIT = `window.ui = SwaggerUIBundle({
  spec: window.NOXUS_SPEC,
  dom_id: "#reference",
  validatorUrl: null,
  deepLinking: true,
  queryConfigEnabled: false,
});
`;

/** Writes dist/api/. Returns the number of operations in the spec. */
export function buildApiReference(outDir) {
  const dir = join(outDir, "api");
  mkdirSync(dir, { recursive: true });
  const yamlText = readFileSync(specFile, "utf8");
  const spec = parse(yamlText);
  for (const file of ["swagger-ui.css", "swagger-ui-bundle.js"]) {
    copyFileSync(join(swaggerUiDir, file), join(dir, file));
  }
  writeFileSync(join(dir, "openapi.yaml"), yamlText);
  writeFileSync(join(dir, "openapi.json"), `${JSON.stringify(spec, null, 2)}\n`);
  // "</" cannot close the script early: JSON escapes it.
  const json = JSON.stringify(spec).replaceAll("</", "<\\/");
  writeFileSync(join(dir, "spec.js"), `window.NOXUS_SPEC = ${json};\n`);
  writeFileSync(join(dir, "init.js"), INIT);
  writeFileSync(join(dir, "index.html"), PAGE);
  const methods = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);
  return Object.values(spec.paths).flatMap((item) =>
    Object.keys(item).filter((k) => methods.has(k)),
  ).length;
}
