// Per-request overhead of @noxus/client (auth, markers, retry transport, error layer on)
// against raw fetch, on the same loopback server (its own process), in the same run.
//   pnpm build && pnpm --filter @noxus/bench client
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createNoxusClient } from "@noxus/client";
import createClient from "openapi-fetch";

const child = spawn(process.execPath, [new URL("./server.mjs", import.meta.url).pathname], {
  stdio: ["ignore", "pipe", "inherit"],
});
const [line] = await once(createInterface({ input: child.stdout }), "line");
const { url } = JSON.parse(line);

const KEY = "nxl_bench_key";
const noxus = createNoxusClient({ baseUrl: url, auth: { apiKey: KEY }, throwOnError: true });
const bareClient = createClient({ baseUrl: url, headers: { "X-API-Key": KEY } });
const subjects = {
  "raw fetch": async () => {
    const response = await fetch(`${url}/v1/nodes`, { headers: { "X-API-Key": KEY } });
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  },
  // openapi-fetch with no middleware: our layers' cost is the difference from this.
  "openapi-fetch alone": () => bareClient.GET("/v1/nodes"),
  "@noxus/client": () => noxus.GET("/v1/nodes"),
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
console.log(`| measure | raw fetch | openapi-fetch alone | @noxus/client | ratio client / raw | target |
|---|---|---|---|---|---|
| median latency, sequential (ms) | ${lat("raw fetch").toFixed(3)} | ${lat("openapi-fetch alone").toFixed(3)} | ${lat(ours).toFixed(3)} | ${(lat(ours) / lat("raw fetch")).toFixed(3)} | ≤ 1.10 |
| throughput at concurrency 32 (req/s) | ${tput("raw fetch").toFixed(0)} | ${tput("openapi-fetch alone").toFixed(0)} | ${tput(ours).toFixed(0)} | ${(tput(ours) / tput("raw fetch")).toFixed(3)} | ≥ 0.95 |`);
