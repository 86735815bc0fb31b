#!/usr/bin/env node
// `pnpm test`: every check of the repository through turbo (cached), then one closing line
// `N passed, N failed` that counts each vitest test plus each non-test check (lint,
// typecheck, generated-code drift, package exports). CI reads that line.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const TASKS = ["test", "lint", "lint:root", "typecheck", "generate:check", "check:package"];
const root = new URL("..", import.meta.url).pathname;
const packageDirs = ["spec", "docs", "packages", "apps"].flatMap((group) => {
  const dir = join(root, group);
  if (!existsSync(dir)) return [];
  if (existsSync(join(dir, "package.json"))) return [dir];
  return readdirSync(dir).map((name) => join(dir, name));
});
const reportOf = (dir) => join(dir, ".reports", "vitest.json");

// A fresh machine lacks the Chromium the browser tests drive: install it first (apt).
const chromium = spawnSync(join(root, "scripts", "ensure-chromium.sh"), { stdio: "inherit" });
if (chromium.status !== 0) {
  console.log(
    "Could not install Chromium (scripts/ensure-chromium.sh); the browser tests will fail.",
  );
}

// Reports from an earlier run must not be counted again; turbo restores them on a cache hit.
for (const dir of packageDirs) rmSync(reportOf(dir), { force: true });

const turbo = spawnSync(
  process.execPath,
  [join(root, "scripts", "turbo.mjs"), "run", ...TASKS, "--continue", ...process.argv.slice(2)],
  { stdio: "inherit", cwd: root, env: { ...process.env, TURBO_RUN_SUMMARY: "true" } },
);

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const failedTestsIn = new Map();
for (const dir of packageDirs) {
  if (!existsSync(reportOf(dir))) continue;
  const report = JSON.parse(readFileSync(reportOf(dir), "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  failedTestsIn.set(dir, report.numFailedTests);
}

// Non-test tasks count one check each. A test task that failed without a failed test to
// show for it (it crashed, or a suite failed outside any test) counts as one failure.
const runsDir = join(root, ".turbo", "runs");
const latest = existsSync(runsDir)
  ? readdirSync(runsDir)
      .filter((name) => name.endsWith(".json"))
      .map((name) => join(runsDir, name))
      .sort()
      .at(-1)
  : undefined;
if (latest) {
  const summary = JSON.parse(readFileSync(latest, "utf8"));
  for (const task of summary.tasks ?? []) {
    const exitCode = task.execution?.exitCode;
    if (task.task === "test") {
      const dir = join(root, task.directory ?? "");
      if (exitCode !== 0 && exitCode !== undefined && !(failedTestsIn.get(dir) > 0)) {
        failed += 1;
        failures.push(task.taskId);
      }
      continue;
    }
    if (exitCode === 0) passed += 1;
    else if (exitCode !== undefined && exitCode !== null) {
      failed += 1;
      failures.push(task.taskId);
    }
  }
  rmSync(latest, { force: true });
}

if (failures.length > 0) console.log(`\nFailed checks: ${failures.join(", ")}`);
const status = turbo.status ?? 1;
if (status !== 0 && failed === 0) failed = 1; // turbo itself failed (config, install): never report green
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
