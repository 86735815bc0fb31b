import { defineConfig } from "tsup";

// Two entries: the browser-safe core and the `/node` subpath (profiles on disk).
// No "type": "module": index.js is CJS and index.mjs ESM, like @noxus/client.
// `splitting` is on for CJS too (esbuild only splits ESM by default): without it node.js
// would carry its own copy of the core, and an ApiKey or NoxusCredentialsError made by
// `@noxus/auth/node` would fail `instanceof` against the one from `@noxus/auth`.
export default defineConfig({
  entry: ["src/index.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  splitting: true,
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
});
