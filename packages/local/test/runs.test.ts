import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalModel } from "../src/index.js";
import { startTestServer, type TestServer, type TestWorkspace } from "./helpers/local.js";
import { readRunEvents, threeNodeFlow } from "./helpers/workflow-builder.js";

// A slow model (300 ms per answer) keeps runs in flight long enough to watch and stop them.
let harness: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  harness = await startTestServer({ models: createLocalModel({ delayMs: 300 }) });
  ws = await harness.workspace();
});
afterAll(() => harness?.close());

async function saveFlow(workspace: TestWorkspace, template = "Say ((Input 1))", name = "flow") {
  const flow = threeNodeFlow("TextGenerationNode", template);
  const { data } = await workspace.client.POST("/v1/workflows", {
    body: { name, definition: flow.definition },
  });
  return { workflow: data, ...flow };
}

async function startRun(workspace: TestWorkspace, workflowId: string, input: object, extra = {}) {
  const { data } = await workspace.client.POST("/v1/workflows/{workflow_id}/runs", {
    params: { path: { workflow_id: workflowId } },
    body: { input: input as Record<string, unknown>, ...extra },
  });
  return data;
}

async function waitForStatus(workspace: TestWorkspace, runId: string, statuses: string[]) {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const { data } = await workspace.client.GET("/v1/runs/{run_id}", {
      params: { path: { run_id: runId } },
    });
    if (statuses.includes(String(data.status))) return data;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`run ${runId} never reached ${statuses.join("/")}`);
}

describe("run lifecycle", () => {
  it("answers queued at once, then runs to completed with progress", async () => {
    const { workflow, output } = await saveFlow(ws);
    const run = await startRun(ws, workflow.id, { Topic: "hi" });
    expect(run).toMatchObject({
      status: "queued",
      progress: 0,
      output: null,
      finished_at: null,
      group_id: ws.id,
      workflow_id: workflow.id,
    });
    const running = await waitForStatus(ws, run.id, ["running"]);
    expect(running.progress).toBeGreaterThanOrEqual(0);
    expect(running.progress).toBeLessThan(100);
    const done = await waitForStatus(ws, run.id, ["completed"]);
    expect(done.progress).toBe(100);
    const { data: full } = await ws.client.GET("/v1/workflows/{workflow_id}/runs/{run_id}", {
      params: { path: { workflow_id: workflow.id, run_id: run.id } },
    });
    expect(full.output).toEqual({ [`${output.id}::output`]: { text: "Say hi" } });
  });
});

describe("the event stream", () => {
  it("streams node and state events and ends with the terminal content event", async () => {
    const { workflow, input, middle, output } = await saveFlow(ws);
    const run = await startRun(ws, workflow.id, { Topic: "stream" });
    const events = await readRunEvents(harness.server.url, ws.key, run.id);
    const last = events.at(-1);
    expect(last).toMatchObject({
      type: "content",
      data: { status: "completed", workflow_status: "completed" },
    });
    expect(events.filter((e) => e.data.workflow_status !== undefined)).toHaveLength(1);
    const nodeStatuses = events
      .filter((e) => e.type === "content" && e.data.workflow_status === undefined)
      .map((e) => `${e.data.id}:${e.data.status}`);
    expect(nodeStatuses).toEqual([
      `${input.id}:running`,
      `${input.id}:completed`,
      `${middle.id}:running`,
      `${middle.id}:completed`,
      `${output.id}:running`,
      `${output.id}:completed`,
    ]);
    const generated = events.find((e) => e.data.id === middle.id && e.data.status === "completed");
    expect(generated?.data.content).toBe("Say stream");
    const states = events.filter((e) => e.type === "state");
    expect(states[0]?.data.status).toBe("queued");
    expect(states.at(-1)?.data).toMatchObject({ status: "completed", progress: 100 });
    const seqs = events.map((e) => Number(e.redisId.split("-")[1]));
    expect(seqs).toEqual(seqs.map((_, index) => index + 1));
  });

  it("resumes after an etag with no loss and no duplicates; a late subscriber gets it all", async () => {
    const { workflow } = await saveFlow(ws);
    const run = await startRun(ws, workflow.id, { Topic: "resume" });
    const first = await readRunEvents(harness.server.url, ws.key, run.id, { stopAfter: 3 });
    expect(first).toHaveLength(3);
    const rest = await readRunEvents(harness.server.url, ws.key, run.id, {
      etag: first.at(-1)?.redisId as string,
    });
    expect(rest.at(-1)?.data.workflow_status).toBe("completed");
    const late = await readRunEvents(harness.server.url, ws.key, run.id);
    expect([...first, ...rest]).toEqual(late);
    // After the terminal event there is nothing more: the stream closes at once.
    const after = await readRunEvents(harness.server.url, ws.key, run.id, {
      etag: late.at(-1)?.redisId as string,
    });
    expect(after).toEqual([]);
  });

  it("refuses a malformed etag and an unknown run", async () => {
    const { workflow } = await saveFlow(ws);
    const run = await startRun(ws, workflow.id, { Topic: "x" });
    const bad = await fetch(`${harness.server.url}/v1/runs/${run.id}/events?etag=yesterday`, {
      headers: { "x-api-key": ws.key },
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail[0].loc).toEqual(["query", "etag"]);
    const missing = await fetch(`${harness.server.url}/v1/runs/nope/events`, {
      headers: { "x-api-key": ws.key },
    });
    expect(missing.status).toBe(404);
    await waitForStatus(ws, run.id, ["completed"]);
  });
});

describe("stopping", () => {
  it("deleting the workflow stops its in-flight run", async () => {
    const { workflow, middle } = await saveFlow(ws);
    const run = await startRun(ws, workflow.id, { Topic: "doomed" });
    const stream = readRunEvents(harness.server.url, ws.key, run.id);
    // Wait until the slow model is working on the TextGenerationNode.
    for (;;) {
      const { data } = await ws.client.GET("/v1/runs/{run_id}", {
        params: { path: { run_id: run.id } },
      });
      const running = (data.progress_details as { running_nodes?: string[] } | null)?.running_nodes;
      if (running?.includes(middle.id)) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await ws.client.DELETE("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: workflow.id } },
    });
    // DELETE answers once the run has stopped.
    const { data: stopped } = await ws.client.GET("/v1/runs/{run_id}", {
      params: { path: { run_id: run.id } },
    });
    expect(stopped.status).toBe("stopped");
    expect(stopped.finished_at).not.toBeNull();
    const events = await stream;
    expect(events.at(-1)?.data).toMatchObject({ workflow_status: "stopped" });
    const { data: all } = await ws.client.GET("/v1/runs");
    expect(all.items.find((item) => item.id === run.id)?.status).toBe("stopped");
  });
});

describe("callbacks", () => {
  it("POSTs the final run to callback_url", async () => {
    const received: { body: Record<string, unknown>; request: IncomingMessage }[] = [];
    const receiver = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        received.push({ body: JSON.parse(body), request });
        response.end("{}");
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    try {
      const port = (receiver.address() as AddressInfo).port;
      const { workflow, output } = await saveFlow(ws);
      const run = await startRun(
        ws,
        workflow.id,
        { Topic: "cb" },
        {
          callback_url: `http://127.0.0.1:${port}/hook?token=abc`,
        },
      );
      await waitForStatus(ws, run.id, ["completed"]);
      for (let i = 0; i < 200 && received.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(received).toHaveLength(1);
      expect(received[0]?.request.method).toBe("POST");
      expect(received[0]?.request.url).toBe("/hook?token=abc");
      expect(received[0]?.request.headers["content-type"]).toBe("application/json");
      expect(received[0]?.body).toMatchObject({
        id: run.id,
        status: "completed",
        progress: 100,
        output: { [`${output.id}::output`]: { text: "Say cb" } },
      });
    } finally {
      receiver.close();
    }
  });

  it.each(["ftp://example.com/hook", "not a url", "/relative/hook"])(
    "refuses callback_url %j with 422 and writes nothing",
    async (url) => {
      const { workflow } = await saveFlow(ws);
      const { response, error } = await ws.raw.POST("/v1/workflows/{workflow_id}/runs", {
        params: { path: { workflow_id: workflow.id } },
        body: { input: { Topic: "x" }, callback_url: url },
      });
      expect(response.status).toBe(422);
      expect((error as { detail: { loc: unknown[] }[] }).detail[0]?.loc).toEqual([
        "body",
        "callback_url",
      ]);
      const { data } = await ws.client.GET("/v1/workflows/{workflow_id}/runs", {
        params: { path: { workflow_id: workflow.id } },
      });
      expect(data.total).toBe(0);
    },
  );

  it("an unreachable callback is logged and harms nothing", async () => {
    const { workflow } = await saveFlow(ws);
    const run = await startRun(
      ws,
      workflow.id,
      { Topic: "x" },
      {
        callback_url: "http://127.0.0.1:9/unreachable",
      },
    );
    expect((await waitForStatus(ws, run.id, ["completed", "failed"])).status).toBe("completed");
  });
});

describe("sync runs", () => {
  it("returns {id, output} by label, by output ids, or the output only", async () => {
    const { workflow, output } = await saveFlow(ws, "Hello ((Input 1))");
    const path = { path: { workflow_id: workflow.id } };
    const { data: byLabel } = await ws.client.POST("/v1/workflows/{workflow_id}/runs/sync", {
      params: path,
      body: { input: { Topic: "you" } },
    });
    expect(byLabel).toMatchObject({
      output: { Result: { text: "Hello you" } },
      status: "completed",
    });
    const { data: byId } = await ws.client.POST("/v1/workflows/{workflow_id}/runs/sync", {
      params: { ...path, query: { use_output_ids: true } },
      body: { input: { Topic: "ids" } },
    });
    expect((byId as { output: unknown }).output).toEqual({
      [`${output.id}::output`]: { text: "Hello ids" },
    });
    const { data: only } = await ws.client.POST("/v1/workflows/{workflow_id}/runs/sync", {
      params: { ...path, query: { output_only: true } },
      body: { input: { Topic: "only" } },
    });
    expect(only).toEqual({ Result: { text: "Hello only" } });
    const id = (byLabel as { id: string }).id;
    const { data: stored } = await ws.client.GET("/v1/runs/{run_id}", {
      params: { path: { run_id: id } },
    });
    expect(stored.status).toBe("completed");
  });

  it("validates like an async run", async () => {
    const { workflow } = await saveFlow(ws);
    const { response } = await ws.raw.POST("/v1/workflows/{workflow_id}/runs/sync", {
      params: { path: { workflow_id: workflow.id } },
      body: { input: {} },
    });
    expect(response.status).toBe(422);
  });
});

describe("lists and search", () => {
  it("lists a workflow's runs and all runs, newest first, and searches them", async () => {
    const workspace = await harness.workspace();
    const alpha = await saveFlow(workspace, "((Input 1))", "Alpha report");
    const beta = await saveFlow(workspace, "((Input 1))", "Beta digest");
    const a1 = await startRun(workspace, alpha.workflow.id, { Topic: "apples" });
    const a2 = await startRun(workspace, alpha.workflow.id, { Topic: "pears" });
    const b1 = await startRun(workspace, beta.workflow.id, { Topic: "plums" });
    for (const run of [a1, a2, b1]) await waitForStatus(workspace, run.id, ["completed"]);

    const { data: alphaRuns } = await workspace.client.GET("/v1/workflows/{workflow_id}/runs", {
      params: { path: { workflow_id: alpha.workflow.id }, query: { size: 1, page: 2 } },
    });
    expect(alphaRuns).toMatchObject({ total: 2, page: 2, size: 1, pages: 2 });
    expect(alphaRuns.items.map((run) => run.id)).toEqual([a1.id]);

    const { data: all } = await workspace.client.GET("/v1/runs");
    expect(all.items.map((run) => run.id)).toEqual([b1.id, a2.id, a1.id]);
    expect(all.items[0]).toMatchObject({
      workflow: { id: beta.workflow.id, name: "Beta digest", type: "flow" },
      output: { [`${beta.output.id}::output`]: { text: "plums" } },
    });

    const search = async (query: string) =>
      (await workspace.client.POST("/v1/runs/search", { body: { query } })).data.items
        .map((run) => run.id)
        .sort();
    expect(await search("PEARS")).toEqual([a2.id]);
    expect(await search("alpha")).toEqual([a1.id, a2.id].sort());
    expect(await search("plums")).toEqual([b1.id]);
    expect(await search("nothing like this")).toEqual([]);
    const { data: workflow } = await workspace.client.GET("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: alpha.workflow.id } },
    });
    expect(workflow.runs_count).toBe(2);
    expect(workflow.last_run_at).toBe(a2.created_at);
  });
});

describe("reading finished runs", () => {
  it("answers the same JSON every time, and 404 once the workflow is deleted or for another workspace", async () => {
    const { definition } = threeNodeFlow("ComposeTextNode", "Cached ((Input 1))");
    const { data: workflow } = await ws.client.POST("/v1/workflows", {
      body: { name: "cached reads", type: "flow", definition },
    });
    const { data: sync } = await ws.client.POST("/v1/workflows/{workflow_id}/runs/sync", {
      params: { path: { workflow_id: workflow.id } },
      body: { input: { Topic: "x" } },
    });
    const path = `/v1/workflows/${workflow.id}/runs/${sync.id}`;
    const read = (key: string) =>
      fetch(`${harness.server.url}${path}`, { headers: { "x-api-key": key } });
    const first = await read(ws.key);
    const second = await read(ws.key);
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    expect(second.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await first.json();
    expect(body).toMatchObject({ id: sync.id, status: "completed" });
    expect(await second.json()).toEqual(body);

    const other = await harness.workspace();
    expect((await read(other.key)).status).toBe(404);
    await ws.client.DELETE("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: workflow.id } },
    });
    expect((await read(ws.key)).status).toBe(404);
  });
});
