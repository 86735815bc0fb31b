import { defineConfig } from "tsup";

// The server only: ESM for Node, next to the app Vite builds into dist/app/ (the server finds
// it there). The app is not bundled here.
export default defineConfig({
  entry: { cli: "src/server/cli.ts", index: "src/server/index.ts" },
  outDir: "dist/server",
  format: ["esm"],
  target: "node20",
  platform: "node",
  // Only dist/server: dist/app is Vite's.
  clean: true,
  sourcemap: true,
  dts: false,
  splitting: true,
});
