import { copyFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

// ESM only: a server and a CLI, loaded by Node (which can also require() ESM since 20.19).
// The spec is copied next to the build so the published package routes from the same file.
export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  sourcemap: true,
  clean: true,
  target: "node20",
  async onSuccess() {
    copyFileSync(
      fileURLToPath(import.meta.resolve("@noxus/spec/noxus.openapi.yaml")),
      "dist/noxus.openapi.yaml",
    );
  },
});
