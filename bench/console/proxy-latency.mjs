// A GET through the console's forwarder vs the same GET straight to @noxus/local (goal: p50
// ≤ 1.3×). Each server runs in its own process, as deployed: the built `noxus-console serve`
// in front of `@noxus/local`. A bare forwarder (bare-forwarder.mjs: node:http + undici, no
// checks, no log) shows what the extra hop alone costs. Requests alternate between the paths
// so the shared machine's drift hits all alike; medians (and p95) of each path are reported.
//   pnpm build && pnpm --filter @noxus/bench console
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { percentile, serve, threeNodeWorkflow, workspace } from "../local/harness.mjs";

const ROUNDS = Number(process.argv[2] ?? 3000);
const CONSOLE_CLI = new URL("../../apps/console/dist/server/cli.js", import.meta.url).pathname;

const local = await serve("local");
const { key, client } = await workspace(local.url, local.adminKey);
const { data: workflow } = await client.POST("/v1/workflows", { body: threeNodeWorkflow() });
const { data: run } = await client.POST("/v1/workflows/{workflow_id}/runs/sync", {
  params: { path: { workflow_id: workflow.id } },
  body: { input: { text: "bench" } },
});
const path = `/v1/workflows/${workflow.id}/runs/${run.id}`;

// The console's stdout (start-up lines, then one log line per request) goes to a file, so
// that reading its log costs this process nothing while it measures.
const logFile = join(mkdtempSync(join(tmpdir(), "noxus-console-bench-")), "console.log");
const consoleChild = spawn(process.execPath, [CONSOLE_CLI, "serve", "--port", "0"], {
  env: {
    PATH: process.env.PATH,
    HOME: "/nonexistent",
    NOXUS_API_KEY: key,
    NOXUS_BACKEND_URL: local.url,
  },
  stdio: ["ignore", openSync(logFile, "w"), "inherit"],
});
let consoleUrl;
while (!consoleUrl) {
  if (consoleChild.exitCode !== null) {
    throw new Error(`noxus-console exited with ${consoleChild.exitCode}`);
  }
  await sleep(50);
  consoleUrl = /^Noxus console: (\S+?)\/?$/m.exec(readFileSync(logFile, "utf8"))?.[1];
}

const bareChild = spawn(
  process.execPath,
  [new URL("./bare-forwarder.mjs", import.meta.url).pathname, local.url, key],
  { stdio: ["ignore", "pipe", "inherit"] },
);
const [bareLine] = await once(createInterface({ input: bareChild.stdout }), "line");
const bareUrl = JSON.parse(bareLine).url;

const subjects = {
  direct: () => fetch(`${local.url}${path}`, { headers: { "X-API-Key": key } }),
  "bare forwarder": () => fetch(`${bareUrl}${path}`),
  "via console": () => fetch(`${consoleUrl}/api/noxus${path}`),
};
for (const [name, call] of Object.entries(subjects)) {
  const response = await call();
  if (response.status !== 200)
    throw new Error(`${name}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

const samples = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
for (let i = 0; i < ROUNDS + 200; i++) {
  for (const [name, call] of Object.entries(subjects)) {
    const start = process.hrtime.bigint();
    const response = await call();
    await response.arrayBuffer();
    if (i >= 200) samples[name].push(Number(process.hrtime.bigint() - start) / 1e6); // 200 warm-up rounds
  }
}
consoleChild.kill("SIGTERM");
bareChild.kill("SIGTERM");
local.stop();

const p50 = (name) => percentile(samples[name], 50);
const p95 = (name) => percentile(samples[name], 95);
console.log(`GET a finished run (${ROUNDS} alternating requests each, after 200 warm-up rounds)

| path | p50 (ms) | p95 (ms) |
|---|---|---|
| straight to @noxus/local | ${p50("direct").toFixed(3)} | ${p95("direct").toFixed(3)} |
| through a bare forwarder (the hop alone) | ${p50("bare forwarder").toFixed(3)} | ${p95("bare forwarder").toFixed(3)} |
| through the console | ${p50("via console").toFixed(3)} | ${p95("via console").toFixed(3)} |
| **console / direct** | **${(p50("via console") / p50("direct")).toFixed(2)}×** | ${(p95("via console") / p95("direct")).toFixed(2)}× |
| bare forwarder / direct | ${(p50("bare forwarder") / p50("direct")).toFixed(2)}× | ${(p95("bare forwarder") / p95("direct")).toFixed(2)}× |

Goal: p50 ratio ≤ 1.3×.`);
process.exit(0);
