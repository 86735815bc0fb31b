// Per-request cost of @noxus/client (auth, retry transport, error layer on), over fetch and
// over @noxus/client/node's undici transport, against raw fetch and raw undici.request, on
// the same loopback server (its own process), in the same run.
//   pnpm build && node bench/client/overhead.mjs [local] [--rounds N]
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createNoxusClient } from "@noxus/client";
import { createNoxusClient as createNodeClient } from "@noxus/client/node";
import createClient from "openapi-fetch";
import { Agent, request } from "undici";

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
const noxusNode = createNodeClient({ baseUrl: url, auth: { apiKey: KEY }, throwOnError: true });
const bareClient = createClient({ baseUrl: url, headers: { "X-API-Key": KEY } });
// undici's own keep-alive agent, as a user of undici.request would have.
const agent = new Agent();
const subjects = {
  "raw fetch": async () => {
    const response = await fetch(`${url}${concrete}`, { headers: { "X-API-Key": KEY } });
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  },
  "raw undici.request": async () => {
    const { statusCode, body } = await request(`${url}${concrete}`, {
      headers: { "X-API-Key": KEY },
      dispatcher: agent,
    });
    if (statusCode !== 200) throw new Error(String(statusCode));
    return body.json();
  },
  // openapi-fetch with no middleware, on the global fetch.
  "openapi-fetch alone": () => bareClient.GET(path, { params }),
  "@noxus/client (fetch)": () => noxus.GET(path, { params }),
  "@noxus/client/node": () => noxusNode.GET(path, { params }),
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
// Throughput: alternating rounds (default 7), each subject's median and its spread (min–max).
const roundsAt = process.argv.indexOf("--rounds");
const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 7;
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
for (let round = 0; round < rounds; round++) {
  const order = Object.entries(subjects);
  if (round % 2) order.reverse(); // no subject always runs right after the same one
  for (const [name, fn] of order) results[name].tput.push(await throughput(fn, 32, 3000));
}
child.kill("SIGTERM");
await agent.close();

const lat = (name) => median(results[name].lat);
const tput = (name) => median(results[name].tput);
const spread = (name) =>
  `${Math.min(...results[name].tput).toFixed(0)}–${Math.max(...results[name].tput).toFixed(0)}`;
const base = "raw fetch";
const names = Object.keys(subjects);
console.log(`Server: ${target === "local" ? "@noxus/local, GET a finished run" : "trivial loopback server, GET /v1/nodes"}; ${rounds} throughput rounds

| subject | median latency (ms) | × raw fetch | throughput c=32 (req/s), median | spread (min–max) | × raw fetch |
|---|---|---|---|---|---|
${names
  .map(
    (name) =>
      `| ${name} | ${lat(name).toFixed(3)} | ${(lat(name) / lat(base)).toFixed(2)} | ${tput(name).toFixed(0)} | ${spread(name)} | ${(tput(name) / tput(base)).toFixed(2)} |`,
  )
  .join("\n")}

Targets: @noxus/client/node ≤ 0.90× latency and ≥ 1.5× throughput of raw fetch; the fetch path ≤ 1.25× / ≥ 0.8×.`);
