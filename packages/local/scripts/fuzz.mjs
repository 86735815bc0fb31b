#!/usr/bin/env node
// `pnpm fuzz --seed N --runs M`: the long profile of the schema-driven fuzz (test/fuzz.test.ts)
// against a real @noxus/local: multi-megabyte strings, 100 000-deep nesting, as many requests
// as asked. The same seed sends the same requests; the summary line prints both.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: String(Date.now() % 1_000_000) },
    runs: { type: "string", default: "5000" },
  },
});
for (const [name, value] of Object.entries(values)) {
  if (!/^\d+$/.test(value)) {
    console.error(`--${name} must be a whole number, not "${value}"`);
    process.exit(2);
  }
}
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const result = spawnSync(
  process.execPath,
  [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "test/fuzz.test.ts"],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, FUZZ_SEED: values.seed, FUZZ_RUNS: values.runs, FUZZ_PROFILE: "long" },
  },
);
process.exit(result.status ?? 1);
