import { defineConfig } from "tsup";

// The server only: ESM for Node, next to the app Vite builds into dist/app/ (the server finds
// it there). The app is not bundled here.
export default defineConfig({
  entry: { "server/cli": "src/server/cli.ts", "server/index": "src/server/index.ts" },
  outDir: "dist",
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: false,
  sourcemap: true,
  dts: false,
  splitting: true,
});
