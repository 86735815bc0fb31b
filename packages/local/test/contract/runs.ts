import { expect, it } from "vitest";
import type { TestServer, TestWorkspace } from "../helpers/local.js";
import { threeNodeFlow } from "../helpers/workflow-builder.js";

async function waitForEnd(workspace: TestWorkspace, workflowId: string, runId: string) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { data } = await workspace.client.GET("/v1/workflows/{workflow_id}/runs/{run_id}", {
      params: { path: { workflow_id: workflowId, run_id: runId } },
    });
    if (["completed", "failed", "stopped"].includes(data.status)) return data;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`run ${runId} did not end`);
}

/** Runs: create, sync, read, list, search and the event stream (reference §2.4, §3, §9). */
export function runsContract(harness: () => TestServer) {
  it("runs a workflow and reads it every way the API offers", async () => {
    const workspace = await harness().workspace();
    const { client } = workspace;
    const { definition, output } = threeNodeFlow("TextGenerationNode", "Say ((Input 1)).");
    const { data: workflow } = await client.POST("/v1/workflows", {
      body: { name: "contract-run-flow", type: "flow", definition },
    });

    const { data: run } = await client.POST("/v1/workflows/{workflow_id}/runs", {
      params: { path: { workflow_id: workflow.id } },
      body: { input: { Topic: "hello" } },
    });
    expect(run).toMatchObject({ status: "queued", progress: 0, input: { Topic: "hello" } });
    const ended = await waitForEnd(workspace, workflow.id, run.id);
    expect(ended.output).toEqual({ [`${output.id}::output`]: { text: "Say hello." } });

    const { data: text } = await client.GET("/v1/runs/{run_id}/events", {
      params: { path: { run_id: run.id } },
      parseAs: "text",
    });
    expect(text).toContain('"workflow_status":"completed"');

    const { data: runs } = await client.GET("/v1/workflows/{workflow_id}/runs", {
      params: { path: { workflow_id: workflow.id }, query: { page: 1, size: 10 } },
    });
    expect(runs.items.map((item) => item.id)).toEqual([run.id]);

    const { data: all } = await client.GET("/v1/runs", { params: { query: { size: 10 } } });
    expect(all.items[0]).toMatchObject({
      id: run.id,
      workflow: { id: workflow.id, name: "contract-run-flow" },
    });

    const { data: noIO } = await client.GET("/v1/runs/{run_id}", {
      params: { path: { run_id: run.id } },
    });
    expect(noIO).toMatchObject({ id: run.id, status: "completed", progress: 100 });

    const { data: found } = await client.POST("/v1/runs/search", {
      params: { query: { page: 1, size: 10 } },
      body: { query: "hello" },
    });
    expect(found.items.map((item) => item.id)).toEqual([run.id]);

    const { data: sync } = await client.POST("/v1/workflows/{workflow_id}/runs/sync", {
      params: { path: { workflow_id: workflow.id } },
      body: { input: { Topic: "sync" } },
    });
    expect(sync).toMatchObject({ output: { Result: { text: "Say sync." } } });
  });
}
