import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createNoxusClient } from "@noxus/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalModel } from "../src/index.js";
import { bundleChildServer, type ChildServerBundle } from "./helpers/child-server.js";
import { startTestServer, type TestServer, type TestWorkspace } from "./helpers/local.js";
import { readRunEvents, threeNodeFlow } from "./helpers/workflow-builder.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "noxus-local-restart-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function startFlowRun(workspace: TestWorkspace) {
  const flow = threeNodeFlow("TextGenerationNode", "Echo ((Input 1))");
  const { data: workflow } = await workspace.client.POST("/v1/workflows", {
    body: { name: "restart", definition: flow.definition },
  });
  const { data: run } = await workspace.client.POST("/v1/workflows/{workflow_id}/runs", {
    params: { path: { workflow_id: workflow.id } },
    body: { input: { Topic: "persist" } },
  });
  return { ...flow, workflow, run };
}

/** Polls until the TextGenerationNode (the slow one) is executing. */
async function untilNodeRuns(workspace: TestWorkspace, runId: string, nodeId: string) {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const { data } = await workspace.client.GET("/v1/runs/{run_id}", {
      params: { path: { run_id: runId } },
    });
    const running = (data.progress_details as { running_nodes?: string[] } | null)?.running_nodes;
    if (running?.includes(nodeId)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the node never started");
}

describe("graceful restart", () => {
  it("keeps finished runs and their events; in-flight runs end stopped on close()", async () => {
    const database = join(dir, "graceful.db");
    const first: TestServer = await startTestServer({
      database,
      models: createLocalModel({ delayMs: 5_000 }),
    });
    const workspace = await first.workspace();
    const slow = await startFlowRun(workspace);
    await untilNodeRuns(workspace, slow.run.id, slow.middle.id);
    const started = Date.now();
    await first.close();
    expect(Date.now() - started).toBeLessThan(4_000); // the model's wait was cancelled

    const second = await startTestServer({ database });
    try {
      const client = second.clientFor(workspace.key);
      const again = { ...workspace, client, raw: second.rawFor(workspace.key) };
      const { data: stopped } = await client.GET("/v1/runs/{run_id}", {
        params: { path: { run_id: slow.run.id } },
      });
      expect(stopped.status).toBe("stopped");
      const stoppedEvents = await readRunEvents(second.server.url, workspace.key, slow.run.id);
      expect(stoppedEvents.at(-1)?.data.workflow_status).toBe("stopped");

      const done = await startFlowRun(again);
      for (let i = 0; i < 500; i++) {
        const { data } = await client.GET("/v1/runs/{run_id}", {
          params: { path: { run_id: done.run.id } },
        });
        if (data.status === "completed") break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const before = await readRunEvents(second.server.url, workspace.key, done.run.id);
      await second.close();

      const third = await startTestServer({ database });
      try {
        const { data: kept } = await third
          .clientFor(workspace.key)
          .GET("/v1/workflows/{workflow_id}/runs/{run_id}", {
            params: { path: { workflow_id: done.workflow.id, run_id: done.run.id } },
          });
        expect(kept).toMatchObject({
          status: "completed",
          progress: 100,
          output: { [`${done.output.id}::output`]: { text: "Echo persist" } },
        });
        expect(await readRunEvents(third.server.url, workspace.key, done.run.id)).toEqual(before);
      } finally {
        await third.close();
      }
    } finally {
      await second.close();
    }
  });
});

describe("crash recovery", () => {
  let bundle: ChildServerBundle | undefined;
  afterAll(() => bundle?.dispose());

  it("marks a run that was in flight when the process died as failed", async () => {
    bundle = await bundleChildServer();
    const database = join(dir, "crash.db");
    const child = await bundle.start(database, { NOXUS_LOCAL_MODEL_DELAY_MS: "60000" });
    const { url, adminKey } = child;
    const admin = createNoxusClient({
      baseUrl: url,
      auth: { apiKey: adminKey },
      throwOnError: true,
    });
    const { data: group } = await admin.POST("/v1/admin/groups", {
      body: { name: "crash", description: null },
    });
    const { data: key } = await admin.POST("/v1/admin/groups/{group_id}/api-keys", {
      params: { path: { group_id: group.id } },
      body: { name: "crash-key" },
    });
    const workspace: TestWorkspace = {
      id: group.id,
      key: key.value,
      client: createNoxusClient({
        baseUrl: url,
        auth: { apiKey: key.value },
        throwOnError: true,
      }),
      raw: createNoxusClient({ baseUrl: url, auth: { apiKey: key.value } }),
    };
    const inFlight = await startFlowRun(workspace);
    await untilNodeRuns(workspace, inFlight.run.id, inFlight.middle.id);
    await child.crash();

    const revived = await startTestServer({ database, adminKey });
    try {
      const client = revived.clientFor(key.value);
      const { data: run } = await client.GET("/v1/runs/{run_id}", {
        params: { path: { run_id: inFlight.run.id } },
      });
      expect(run.status).toBe("failed");
      expect((run as { error?: string }).error).toMatch(
        /server restarted while this run was running/,
      );
      expect(run.finished_at).not.toBeNull();
      const events = await readRunEvents(revived.server.url, key.value, inFlight.run.id);
      expect(events.at(-1)?.data).toMatchObject({ workflow_status: "failed" });
    } finally {
      await revived.close();
    }
  });
});
