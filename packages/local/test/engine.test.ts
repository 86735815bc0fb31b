import type { components } from "@noxus/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModelProvider } from "../src/index.js";
import { startTestServer, type TestServer, type TestWorkspace } from "./helpers/local.js";
import { edge, node, readRunEvents, threeNodeFlow } from "./helpers/workflow-builder.js";

type Definition = components["schemas"]["WorkflowDefinition"];

let harness: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  harness = await startTestServer();
  ws = await harness.workspace();
});
afterAll(() => harness?.close());

async function save(workspace: TestWorkspace, definition: Definition, name = "flow") {
  const { data } = await workspace.client.POST("/v1/workflows", { body: { name, definition } });
  return data;
}

async function runToEnd(
  workspace: TestWorkspace,
  workflowId: string,
  input: Record<string, unknown>,
  extra: { workflow_version_id?: string } = {},
) {
  const { data: run } = await workspace.client.POST("/v1/workflows/{workflow_id}/runs", {
    params: { path: { workflow_id: workflowId } },
    body: { input, ...extra },
  });
  for (let attempt = 0; attempt < 500; attempt++) {
    const { data } = await workspace.client.GET("/v1/workflows/{workflow_id}/runs/{run_id}", {
      params: { path: { workflow_id: workflowId, run_id: run.id } },
    });
    if (["completed", "failed", "stopped"].includes(data.status)) return data;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`run ${run.id} did not end`);
}

describe("executing a three-node workflow", () => {
  it("Input → ComposeText → Output produces the rendered template", async () => {
    const { definition, input, middle, output } = threeNodeFlow();
    const workflow = await save(ws, definition);
    const run = await runToEnd(ws, workflow.id, { Topic: "cats" });
    expect(run.status).toBe("completed");
    expect(run.progress).toBe(100);
    expect(run.output).toEqual({ [`${output.id}::output`]: { text: "Write about cats." } });
    const details = run.progress_details as Record<string, unknown>;
    expect(details.executed_nodes).toEqual([input.id, middle.id, output.id]);
    expect(details.remaining_nodes).toEqual([]);
    expect(details.running_nodes).toEqual([]);
    const perNode = details.per_node_progress as Record<
      string,
      { status: string; progress: number }
    >;
    for (const id of [input.id, middle.id, output.id]) {
      expect(perNode[id]).toMatchObject({ status: "completed", progress: 100 });
    }
    expect(run.finished_at).not.toBeNull();
  });

  it("Input → TextGeneration → Output: the local model answers with the rendered prompt", async () => {
    const { definition, output } = threeNodeFlow(
      "TextGenerationNode",
      "Tell me about ((Input 1))!",
    );
    const workflow = await save(ws, definition);
    const run = await runToEnd(ws, workflow.id, { Topic: "the sea" });
    expect(run.output).toEqual({ [`${output.id}::output`]: { text: "Tell me about the sea!" } });
  });

  it("takes inputs by label, node id or <node_id>::input; run-time beats fixed", async () => {
    const { definition, input, output } = threeNodeFlow("ComposeTextNode", "[((Input 1))]");
    const workflow = await save(ws, definition);
    const key = `${output.id}::output`;
    for (const [inputKey, value] of [
      ["Topic", "by label"],
      [input.id, "by id"],
      [`${input.id}::input`, "by connector id"],
    ] as const) {
      const run = await runToEnd(ws, workflow.id, { [inputKey]: value });
      expect(run.output).toEqual({ [key]: { text: `[${value}]` } });
    }
    const fixedInput = {
      ...input,
      node_config: { label: "Topic", fixed_value: true, value: "fixed" },
    };
    const fixed = await save(ws, {
      ...definition,
      nodes: [fixedInput, ...definition.nodes.slice(1)],
    });
    expect((await runToEnd(ws, fixed.id, {})).output).toEqual({ [key]: { text: "[fixed]" } });
    expect((await runToEnd(ws, fixed.id, { Topic: "live" })).output).toEqual({
      [key]: { text: "[live]" },
    });
  });

  it("fills several variables of a template deterministically", async () => {
    const first = node("InputNode", { label: "First" });
    const second = node("InputNode", { label: "Second" });
    const compose = node("ComposeTextNode", { template: "((A)) and ((B)), not ((C))" });
    const out = node("OutputNode");
    const workflow = await save(ws, {
      nodes: [first, second, compose, out],
      edges: [
        edge([first, "output"], [compose, "variables", "A"]),
        edge([second, "output"], [compose, "variables", "B"]),
        edge([compose, "output"], [out, "input"]),
      ],
    });
    const run = await runToEnd(ws, workflow.id, { First: "salt", Second: "pepper" });
    expect(run.output).toEqual({ [`${out.id}::output`]: { text: "salt and pepper, not " } });
  });

  it("passes a FileInputNode's {uri, name} through, and SummaryNode echoes its text locally", async () => {
    const file = node("FileInputNode", { label: "Doc" });
    const fileOut = node("OutputNode");
    const text = node("InputNode", { label: "Text" });
    const summary = node("SummaryNode", { summary_format: "bullets", summary_topic: "cost" });
    const summaryOut = node("OutputNode");
    const workflow = await save(ws, {
      nodes: [file, fileOut, text, summary, summaryOut],
      edges: [
        edge([file, "output"], [fileOut, "input"]),
        edge([text, "output"], [summary, "input"]),
        edge([summary, "output"], [summaryOut, "input"]),
      ],
    });
    const doc = { uri: "https://example.com/report.pdf", name: "report.pdf" };
    const run = await runToEnd(ws, workflow.id, { Doc: doc, Text: "Costs rose by 3%." });
    expect(run.output).toEqual({
      [`${fileOut.id}::output`]: { text: JSON.stringify(doc), value: doc },
      [`${summaryOut.id}::output`]: { text: "Costs rose by 3%." },
    });
  });

  it("runs the definition of workflow_version_id, and 404s an unknown version", async () => {
    const { definition, middle, output } = threeNodeFlow("ComposeTextNode", "current ((Input 1))");
    const workflow = await save(ws, definition);
    const old = structuredClone(definition);
    const oldMiddle = old.nodes.find((n) => n.id === middle.id) as typeof middle;
    oldMiddle.node_config = { template: "old ((Input 1))" };
    const { data: version } = await ws.client.POST("/v1/workflows/{workflow_id}/versions", {
      params: { path: { workflow_id: workflow.id } },
      body: { name: "old", definition: old },
    });
    const key = `${output.id}::output`;
    const viaVersion = await runToEnd(
      ws,
      workflow.id,
      { Topic: "x" },
      { workflow_version_id: version.id },
    );
    expect(viaVersion).toMatchObject({
      workflow_version_id: version.id,
      output: { [key]: { text: "old x" } },
    });
    expect((await runToEnd(ws, workflow.id, { Topic: "x" })).output).toEqual({
      [key]: { text: "current x" },
    });
    const { response } = await ws.raw.POST("/v1/workflows/{workflow_id}/runs", {
      params: { path: { workflow_id: workflow.id } },
      body: { input: { Topic: "x" }, workflow_version_id: "0b5a4a43-0000-4000-8000-000000000000" },
    });
    expect(response.status).toBe(404);
  });
});

describe("bad run input", () => {
  const cases: [string, Record<string, unknown>, (string | number)[], RegExp][] = [
    ["a missing required input", {}, ["body", "input", "Topic"], /Missing input for node "Input"/],
    [
      "an unknown input key",
      { Topic: "x", Topik: "y" },
      ["body", "input", "Topik"],
      /accepted keys: /,
    ],
  ];
  it.each(cases)("%s → 422, no run written", async (_name, input, loc, msg) => {
    const workflow = await save(ws, threeNodeFlow().definition);
    const { response, error } = await ws.raw.POST("/v1/workflows/{workflow_id}/runs", {
      params: { path: { workflow_id: workflow.id } },
      body: { input },
    });
    expect(response.status).toBe(422);
    const detail = (error as { detail: { loc: unknown[]; msg: string }[] }).detail;
    expect(detail[0]?.loc).toEqual(loc);
    expect(detail[0]?.msg).toMatch(msg);
    const { data } = await ws.client.GET("/v1/workflows/{workflow_id}/runs", {
      params: { path: { workflow_id: workflow.id } },
    });
    expect(data.total).toBe(0);
  });

  it("refuses a file input that is not an object with a uri", async () => {
    const file = node("FileInputNode", { label: "Doc" });
    const out = node("OutputNode");
    const workflow = await save(ws, {
      nodes: [file, out],
      edges: [edge([file, "output"], [out, "input"])],
    });
    const { response, error } = await ws.raw.POST("/v1/workflows/{workflow_id}/runs", {
      params: { path: { workflow_id: workflow.id } },
      body: { input: { Doc: "report.pdf" } },
    });
    expect(response.status).toBe(422);
    expect((error as { detail: { loc: unknown[] }[] }).detail[0]?.loc).toEqual([
      "body",
      "input",
      "Doc",
    ]);
  });
});

describe("node failures", () => {
  // A model that fails whenever the prompt asks it to: the engine's error path, for real.
  const failing: ModelProvider = {
    name: "failing",
    async complete(request) {
      const prompt = request.messages.at(-1)?.content ?? "";
      if (prompt.includes("FAIL")) throw new Error("model overloaded");
      return { text: prompt, model: "failing" };
    },
    models: () => [],
  };
  let server: TestServer;
  let workspace: TestWorkspace;
  beforeAll(async () => {
    server = await startTestServer({ models: failing });
    workspace = await server.workspace();
  });
  afterAll(() => server?.close());

  it("a node error fails the run, with the error recorded and streamed last", async () => {
    const { definition, middle } = threeNodeFlow("TextGenerationNode", "((Input 1))");
    const workflow = await save(workspace, definition);
    const run = await runToEnd(workspace, workflow.id, { Topic: "please FAIL" });
    expect(run.status).toBe("failed");
    const error = (run as { error?: string }).error;
    expect(error).toBe(`TextGeneration (${middle.id}) failed: model overloaded`);
    const perNode = (
      run.progress_details as { per_node_progress: Record<string, { status: string }> }
    ).per_node_progress;
    expect(perNode[middle.id]?.status).toBe("failed");
    const events = await readRunEvents(server.server.url, workspace.key, run.id);
    expect(events.at(-1)?.data).toMatchObject({ workflow_status: "failed", content: error });
    expect(events.some((e) => e.data.id === middle.id && e.data.status === "failed")).toBe(true);
  });

  it("an on_error edge catches the error: the run completes along the error branch", async () => {
    const input = node("InputNode", { label: "Topic" });
    const generate = node("TextGenerationNode", { template: "((t))" });
    const happy = node("OutputNode", { label: "Happy" });
    const sad = node("OutputNode", { label: "Sad" });
    const workflow = await save(workspace, {
      nodes: [input, generate, happy, sad],
      edges: [
        edge([input, "output"], [generate, "variables", "t"]),
        edge([generate, "output"], [happy, "input"]),
        edge([generate, "on_error"], [sad, "input"]),
      ],
    });
    const run = await runToEnd(workspace, workflow.id, { Topic: "FAIL" });
    expect(run.status).toBe("completed");
    expect(run.output).toEqual({
      [`${sad.id}::output`]: { text: `TextGeneration (${generate.id}) failed: model overloaded` },
    });
    expect((run.progress_details as { skipped_nodes: string[] }).skipped_nodes).toEqual([happy.id]);
    const ok = await runToEnd(workspace, workflow.id, { Topic: "fine" });
    expect(ok.output).toEqual({ [`${happy.id}::output`]: { text: "fine" } });
  });
});
