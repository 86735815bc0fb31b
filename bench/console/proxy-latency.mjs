// A GET through the console's forwarder vs the same GET straight to @noxus/local (goal: p50
// ≤ 1.3×). Each server runs in its own process, as deployed: the built `noxus-console serve`
// in front of `@noxus/local`. Requests alternate between the two paths so the shared
// machine's drift hits both alike; medians (and p95) of each path's samples are reported.
//   pnpm build && pnpm --filter @noxus/bench console
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
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

const consoleChild = spawn(process.execPath, [CONSOLE_CLI, "serve", "--port", "0"], {
  env: {
    PATH: process.env.PATH,
    HOME: "/nonexistent",
    NOXUS_API_KEY: key,
    NOXUS_BACKEND_URL: local.url,
  },
  stdio: ["ignore", "pipe", "inherit"],
});
const consoleUrl = await new Promise((resolve, reject) => {
  consoleChild.on("exit", (code) => reject(new Error(`noxus-console exited with ${code}`)));
  createInterface({ input: consoleChild.stdout }).on("line", (line) => {
    // After the start-up lines, the request log keeps coming: read and drop it.
    const found = /^Noxus console: (\S+?)\/?$/.exec(line)?.[1];
    if (found) resolve(found);
  });
});

const subjects = {
  direct: () => fetch(`${local.url}${path}`, { headers: { "X-API-Key": key } }),
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
local.stop();

const p50 = (name) => percentile(samples[name], 50);
const p95 = (name) => percentile(samples[name], 95);
console.log(`GET a finished run (${ROUNDS} alternating requests each, after 200 warm-up rounds)

| path | p50 (ms) | p95 (ms) |
|---|---|---|
| straight to @noxus/local | ${p50("direct").toFixed(3)} | ${p95("direct").toFixed(3)} |
| through the console | ${p50("via console").toFixed(3)} | ${p95("via console").toFixed(3)} |
| **ratio** | **${(p50("via console") / p50("direct")).toFixed(2)}×** | ${(p95("via console") / p95("direct")).toFixed(2)}× |

Goal: p50 ratio ≤ 1.3×.`);
process.exit(0);
