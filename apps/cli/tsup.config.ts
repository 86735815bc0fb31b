import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

// One ESM executable; dependencies stay external (installed with the package).
export default defineConfig({
  entry: ["src/cli.ts"],
  format: ["esm"],
  sourcemap: true,
  clean: true,
  target: "node20",
  define: { __NOXUS_CLI_VERSION__: JSON.stringify(version) },
});
