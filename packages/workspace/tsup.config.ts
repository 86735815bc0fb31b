import { defineConfig } from "tsup";

// The browser-safe core and the `/node` subpath (uploads from file paths). Shared chunks,
// also for CJS, so both entries see the same classes.
export default defineConfig({
  entry: ["src/index.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  target: "es2022",
});
