// Requests/s of GET /v1/workflows/{id}/runs/{run_id} on @noxus/local against a bare fastify
// hello-world, both in their own process, loaded by autocannon from this one, same settings.
import autocannon from "autocannon";
import { serve, threeNodeWorkflow, workspace } from "./harness.mjs";

const SETTINGS = { connections: 32, duration: 8, pipelining: 1 };
const load = (url, headers = {}) =>
  new Promise((resolve, reject) =>
    autocannon({ url, headers, ...SETTINGS }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );

const baseline = await serve("baseline");
const local = await serve("local");
const { key, client } = await workspace(local.url, local.adminKey);
const { data: workflow } = await client.POST("/v1/workflows", { body: threeNodeWorkflow() });
const { data: run } = await client.POST("/v1/workflows/{workflow_id}/runs/sync", {
  params: { path: { workflow_id: workflow.id } },
  body: { input: { text: "benchmark" } },
});

await load(`${baseline.url}/hello`); // warm-up
const bare = await load(`${baseline.url}/hello`);
await load(`${local.url}/v1/workflows/${workflow.id}/runs/${run.id}`, { "x-api-key": key });
const ours = await load(`${local.url}/v1/workflows/${workflow.id}/runs/${run.id}`, {
  "x-api-key": key,
});
baseline.stop();
local.stop();

if (ours.non2xx > 0) throw new Error(`${ours.non2xx} non-2xx answers from @noxus/local`);
const ratio = ours.requests.average / bare.requests.average;
console.log(`### GET run vs bare fastify (${SETTINGS.connections} connections, ${SETTINGS.duration} s each)

| server | req/s (mean) | latency p50 / p99 (ms) |
|---|---|---|
| bare fastify hello-world | ${bare.requests.average.toFixed(0)} | ${bare.latency.p50} / ${bare.latency.p99} |
| @noxus/local GET /v1/workflows/{id}/runs/{run_id} | ${ours.requests.average.toFixed(0)} | ${ours.latency.p50} / ${ours.latency.p99} |

Ratio: **${ratio.toFixed(2)}×** (target ≥ 0.5×)
`);
