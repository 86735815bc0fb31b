// Runs/s of a 3-node workflow (Input → TextGeneration → Output) on @noxus/local, end to end
// (create over HTTP, executed by the engine, completion observed), against the rate of the
// bare create-run requests measured in the same run.
import { serve, threeNodeWorkflow, workspace } from "./harness.mjs";

const RUNS = 400;
const CONCURRENCY = 16;
const local = await serve("local");
const { client } = await workspace(local.url, local.adminKey);
const { data: workflow } = await client.POST("/v1/workflows", { body: threeNodeWorkflow() });
const path = { workflow_id: workflow.id };

async function pool(task) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < RUNS) await task(next++);
    }),
  );
  return RUNS / ((performance.now() - started) / 1000);
}

// End to end: sync runs answer once the run completed.
const endToEnd = await pool(async (n) => {
  const { data } = await client.POST("/v1/workflows/{workflow_id}/runs/sync", {
    params: { path },
    body: { input: { text: `input ${n}` } },
  });
  if (data.status !== "completed") throw new Error(`run ended ${data.status}`);
});
// Baseline: fetching a finished run, the cheapest authenticated request on the same path.
const { data: run } = await client.POST("/v1/workflows/{workflow_id}/runs", {
  params: { path },
  body: { input: { text: "x" } },
});
const reads = await pool(() =>
  client.GET("/v1/workflows/{workflow_id}/runs/{run_id}", {
    params: { path: { ...path, run_id: run.id } },
  }),
);
local.stop();

console.log(`### Runs of a 3-node workflow (${RUNS} runs, ${CONCURRENCY} in flight)

| measure | per second |
|---|---|
| completed runs, end to end (sync run API) | ${endToEnd.toFixed(0)} |
| baseline: GET of a finished run, same client and concurrency | ${reads.toFixed(0)} |

Ratio: **${(endToEnd / reads).toFixed(2)}×** of the bare request rate
`);
