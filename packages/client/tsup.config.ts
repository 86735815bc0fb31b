import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

// No "type": "module" in package.json: tsup then emits index.js (CJS) + index.mjs (ESM),
// which avoids the __toESM(mod, 1) default-import bug of openapi-fetch under CJS
// (reference/toolchain.md §3).
export default defineConfig({
  entry: ["src/index.ts", "src/sse.ts", "src/node.ts", "src/internal.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  // Shared chunks (also for CJS) so that every entry sees the same error classes.
  splitting: true,
  target: "es2022",
  define: { __NOXUS_CLIENT_VERSION__: JSON.stringify(version) },
});
