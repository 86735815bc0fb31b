// Per-request overhead of @noxus/client (auth, markers, retry transport, error layer on)
// against raw fetch, on the same loopback server (its own process), in the same run.
//   pnpm build && pnpm --filter @noxus/bench client
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createNoxusClient } from "@noxus/client";
import createClient from "openapi-fetch";

// Two servers, each in its own process: a trivial one (the client's overhead laid bare)
// and @noxus/local answering a real API read (a finished run).
const target = process.argv[2] === "local" ? "local" : "trivial";
const script = target === "local" ? "../local/serve.mjs" : "./server.mjs";
const child = spawn(process.execPath, [new URL(script, import.meta.url).pathname, "local"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const [line] = await once(createInterface({ input: child.stdout }), "line");
const { url, adminKey } = JSON.parse(line);

let KEY = "nxl_bench_key";
let path = "/v1/nodes";
let params = {};
if (target === "local") {
  const { threeNodeWorkflow, workspace } = await import("../local/harness.mjs");
  const { key, client } = await workspace(url, adminKey);
  const { data: workflow } = await client.POST("/v1/workflows", { body: threeNodeWorkflow() });
  const { data: run } = await client.POST("/v1/workflows/{workflow_id}/runs/sync", {
    params: { path: { workflow_id: workflow.id } },
    body: { input: { text: "bench" } },
  });
  KEY = key;
  path = "/v1/workflows/{workflow_id}/runs/{run_id}";
  params = { path: { workflow_id: workflow.id, run_id: run.id } };
}
const concrete = path
  .replace("{workflow_id}", params.path?.workflow_id)
  .replace("{run_id}", params.path?.run_id);
const noxus = createNoxusClient({ baseUrl: url, auth: { apiKey: KEY }, throwOnError: true });
const bareClient = createClient({ baseUrl: url, headers: { "X-API-Key": KEY } });
const subjects = {
  "raw fetch": async () => {
    const response = await fetch(`${url}${concrete}`, { headers: { "X-API-Key": KEY } });
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  },
  // openapi-fetch with no middleware: our layers' cost is the difference from this.
  "openapi-fetch alone": () => bareClient.GET(path, { params }),
  "@noxus/client": () => noxus.GET(path, { params }),
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function latency(fn, n) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

async function throughput(fn, concurrency, total) {
  let started = 0;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < total) {
        started++;
        await fn();
      }
    }),
  );
  return total / ((performance.now() - begin) / 1000);
}

// Latency: one call of each subject in turn, 5,000 times, so that the machine's drift (this
// is a shared VM) hits all of them alike; the median of each subject's samples is reported.
for (const fn of Object.values(subjects)) await latency(fn, 500);
const results = Object.fromEntries(
  Object.keys(subjects).map((name) => [name, { lat: [], tput: [] }]),
);
for (let i = 0; i < 5000; i++) {
  for (const [name, fn] of Object.entries(subjects)) {
    const start = process.hrtime.bigint();
    await fn();
    results[name].lat.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
// Throughput: alternating rounds, median of seven.
for (let round = 0; round < 7; round++) {
  for (const [name, fn] of Object.entries(subjects))
    results[name].tput.push(await throughput(fn, 32, 3000));
}
child.kill("SIGTERM");

const lat = (name) => median(results[name].lat);
const tput = (name) => median(results[name].tput);
const ours = "@noxus/client";
console.log(`Server: ${target === "local" ? "@noxus/local, GET a finished run" : "trivial loopback server, GET /v1/nodes"}

| measure | raw fetch | openapi-fetch alone | @noxus/client | ratio client / raw | target |
|---|---|---|---|---|---|
| median latency, sequential (ms) | ${lat("raw fetch").toFixed(3)} | ${lat("openapi-fetch alone").toFixed(3)} | ${lat(ours).toFixed(3)} | ${(lat(ours) / lat("raw fetch")).toFixed(3)} | ≤ 1.10 |
| throughput at concurrency 32 (req/s) | ${tput("raw fetch").toFixed(0)} | ${tput("openapi-fetch alone").toFixed(0)} | ${tput(ours).toFixed(0)} | ${(tput(ours) / tput("raw fetch")).toFixed(3)} | ≥ 0.95 |`);
