// How soon run.wait() notices that the server finished a run: SSE (our default) against
// polling every 5 s (the Python SDK's fallback, reference §3.2), in the same run. Server and
// client share this process, so `finished_at` and the client's clock are the same clock.
import { createLocalModel } from "@noxus/local";
import { greeter, localWorkspace, mean, percentile } from "./common.mjs";

const model = createLocalModel({ delayMs: 300 }); // the run is in flight when wait() starts
const sse = await localWorkspace({ models: model });
// Polling only: a fetch that refuses the events stream, so wait() falls back to polling.
const polling = await localWorkspace(
  { models: model },
  {
    fetch: (request, init) =>
      new URL(request.url).pathname.endsWith("/events")
        ? Promise.reject(new TypeError("no SSE"))
        : fetch(request, init),
  },
);

async function lag(ws, workflowId, waitOptions) {
  const run = await ws.runs.create(workflowId, { name: "x" });
  const final = await run.wait(waitOptions);
  return Date.now() - Date.parse(final.finished_at);
}

const sseWorkflow = await greeter(sse.ws);
const pollWorkflow = await greeter(polling.ws);
const sseLags = [];
for (let i = 0; i < 30; i++) sseLags.push(await lag(sse.ws, sseWorkflow.id, {}));
const pollLags = [];
for (let i = 0; i < 4; i++)
  pollLags.push(await lag(polling.ws, pollWorkflow.id, { pollIntervalMs: 5000 }));
await sse.server.close();
await polling.server.close();

console.log(`### run.wait(): delay between the server finishing a run and wait() resolving

| mode | runs | mean (ms) | p95 / max (ms) |
|---|---|---|---|
| SSE (default) | ${sseLags.length} | ${mean(sseLags).toFixed(1)} | ${percentile(sseLags, 95)} / ${Math.max(...sseLags)} |
| polling every 5 s (Python SDK fallback) | ${pollLags.length} | ${mean(pollLags).toFixed(0)} | ${percentile(pollLags, 95)} / ${Math.max(...pollLags)} |

SSE max **${Math.max(...sseLags)} ms** (target ≤ 50 ms); ${(mean(pollLags) / Math.max(1, mean(sseLags))).toFixed(0)}× sooner than 5 s polling on average
`);
