import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const run = promisify(execFile);
const specDir = fileURLToPath(new URL("..", import.meta.url));

it("lints clean with Redocly: no errors, no warnings left unexplained", async () => {
  // Exit code 1 on errors; warnings would still exit 0, so read the JSON report.
  const result = await run(
    "pnpm",
    ["exec", "redocly", "lint", "--config", "redocly.yaml", "--format", "json"],
    {
      cwd: specDir,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      maxBuffer: 16 * 1024 * 1024,
    },
  ).catch((error: { stdout?: string; stderr?: string }) => error);
  const report = JSON.parse(result.stdout?.slice(result.stdout.indexOf("{")) ?? "{}");
  const problems = (report.problems ?? []).map(
    (problem: { ruleId: string; message: string }) => `${problem.ruleId}: ${problem.message}`,
  );
  expect(problems).toEqual([]);
  expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
});
