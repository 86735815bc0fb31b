#!/usr/bin/env node
// Size budget of the main entry: dist/index.mjs with everything it imports from this
// package, minified, dependencies (openapi-fetch) left out. Fails `pnpm test` when exceeded.
import { build } from "esbuild";

// 12 000 until the error model gained code/hint/retryable on every class, errorDetail() and
// reason phrases for HTTP/2 answers (about 1.1 kB minified).
const BUDGET_BYTES = 13_500;
const result = await build({
  entryPoints: [new URL("../dist/index.mjs", import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: "esm",
  platform: "neutral",
  packages: "external",
  write: false,
  logLevel: "error",
});
const bytes = result.outputFiles[0].contents.byteLength;
const verdict = bytes <= BUDGET_BYTES ? "within" : "OVER";
console.log(
  `@noxus/client main entry, minified: ${bytes} bytes (${verdict} the ${BUDGET_BYTES}-byte budget)`,
);
if (bytes > BUDGET_BYTES) process.exit(1);
