#!/usr/bin/env node
// Runs turbo with its telemetry and update notifier off. A wrapper rather than an
// env prefix in package.json so that the scripts work the same in every shell.
import { spawnSync } from "node:child_process";
import { delimiter, join } from "node:path";

// Also works when called as `node scripts/turbo.mjs …` outside `pnpm run` (no .bin on PATH).
const bin = join(new URL("..", import.meta.url).pathname, "node_modules", ".bin");

const result = spawnSync("turbo", process.argv.slice(2), {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: {
    ...process.env,
    PATH: `${bin}${delimiter}${process.env.PATH ?? ""}`,
    TURBO_TELEMETRY_DISABLED: "1",
    TURBO_NO_UPDATE_NOTIFIER: "1",
    DO_NOT_TRACK: "1",
  },
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
