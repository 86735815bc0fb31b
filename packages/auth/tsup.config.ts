import { defineConfig } from "tsup";

// Two entries: the browser-safe core and the `/node` subpath (profiles on disk).
// No "type": "module": index.js is CJS and index.mjs ESM, like @noxus/client.
export default defineConfig({
  entry: ["src/index.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
});
