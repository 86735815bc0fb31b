import type { RequestEvent } from "@noxus/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type WorkflowBuilder,
  WorkflowBuilderError,
  type WorkflowNodeRef,
  Workspace,
} from "../src/node.js";
import { startTestBed, type TestBed } from "./helpers/server.js";

let bed: TestBed;
beforeAll(async () => {
  bed = await startTestBed();
});
afterAll(() => bed.close());

/** Input → TextGeneration (`Say: ((Input 1))`) → Output. */
function echoFlow(builder: WorkflowBuilder) {
  const input = builder.node("InputNode").config({ label: "Topic" });
  const gen = builder.node("TextGenerationNode").config({ template: "Say: ((Input 1))" });
  const output = builder.node("OutputNode");
  builder
    .link(input.output(), gen.input("variables", "Input 1"))
    .link(gen.output(), output.input());
  return { input, gen, output };
}

/** Runs the workflow with the raw client (runs are another group's) and returns its output map. */
async function runSync(ws: Workspace, workflowId: string, input: Record<string, string>) {
  const { data } = await ws.client.POST("/v1/workflows/{workflow_id}/runs/sync", {
    params: { path: { workflow_id: workflowId }, query: { use_output_ids: true } },
    body: { input },
  });
  expect("status" in data ? data.status : "completed").toBe("completed");
  return (data as { output: Record<string, unknown> }).output;
}

/** The error a synchronous builder call throws, for asserting on code and message. */
function thrownBy(call: () => unknown): WorkflowBuilderError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(WorkflowBuilderError);
    return error as WorkflowBuilderError;
  }
  throw new Error("expected the call to throw");
}

describe("ws.workflows.build", () => {
  it("builds Input → TextGeneration → Output, saves it, and it runs to `Say: <input>`", async () => {
    const ws = await bed.workspace();
    const builder = await ws.workflows.build("echo");
    const { input, gen, output } = echoFlow(builder);

    const workflow = await builder.save();
    expect(builder.workflowId).toBe(workflow.id);
    const { nodes, edges } = workflow.definition;
    expect(nodes.map((n) => [n.type, n.name, n.display?.position])).toEqual([
      ["InputNode", "Input", { x: 0, y: 0 }],
      ["TextGenerationNode", "Generate Text", { x: 350, y: 0 }],
      ["OutputNode", "Output", { x: 700, y: 0 }],
    ]);
    expect(nodes.every((n) => /^[0-9a-f-]{36}$/.test(n.id))).toBe(true);
    const genNode = nodes.find((n) => n.id === gen.id);
    expect(genNode?.node_config).toEqual({ template: "Say: ((Input 1))" });
    expect(genNode?.connector_config?.inputs?.[0]).toMatchObject({
      name: "variables",
      keys: ["Input 1"],
    });
    expect(genNode?.inputs).toEqual([
      { node_id: gen.id, name: "variables", fixed_value: null, type: "variable_connector" },
    ]);
    expect(edges).toHaveLength(2);
    expect(edges[0]).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      from_id: { node_id: input.id, connector_name: "output", key: null, optional: false },
      to_id: { node_id: gen.id, connector_name: "variables", key: "Input 1", optional: false },
    });
    expect(edges[1]).toMatchObject({
      from_id: { node_id: gen.id, connector_name: "output" },
      to_id: { node_id: output.id, connector_name: "input", key: null },
    });

    expect(input.inputKey).toBe(`${input.id}::input`);
    expect(output.outputKey).toBe(`${output.id}::output`);
    const result = await runSync(ws, workflow.id, { [input.inputKey]: "hello builder" });
    expect(result[output.outputKey]).toMatchObject({ text: "Say: hello builder" });
  });

  it("linkMany chains nodes, and edit() updates a saved workflow that still runs", async () => {
    const ws = await bed.workspace();
    const builder = await ws.workflows.build("chain");
    const input = builder.node("InputNode");
    const compose = builder.node("ComposeTextNode", { template: "<((x))>" });
    const output = builder.node("OutputNode", { label: "Result" });
    builder.linkMany(input, compose.input("variables", "x"), output);
    expect(builder.edges).toHaveLength(2);
    const saved = await builder.save();

    const editor = await ws.workflows.edit(saved.id);
    expect(editor.nodes.map((n) => n.id)).toEqual([input.id, compose.id, output.id]);
    const loadedCompose = editor.getNode(compose.id) as WorkflowNodeRef;
    loadedCompose.config({ template: "[((x))] via ((y))" });
    const second = editor.node("InputNode", { label: "Second" });
    editor.link(second, loadedCompose.input("variables", "y"));
    editor.name = "chain v2";
    const updated = await editor.save({ force: true });
    expect(updated).toMatchObject({ id: saved.id, name: "chain v2" });
    expect(updated.definition.nodes).toHaveLength(4);
    // The edited node keeps its earlier key and gains the new one.
    const composeNode = updated.definition.nodes.find((n) => n.id === compose.id);
    expect(composeNode?.connector_config?.inputs?.[0]?.keys).toEqual(["x", "y"]);
    expect(updated.definition.nodes[3]?.display?.position).toEqual({ x: 1050, y: 0 });

    const result = await runSync(ws, saved.id, {
      [input.inputKey]: "one",
      [second.inputKey]: "two",
    });
    expect(result[output.outputKey]).toMatchObject({ text: "[one] via two" });
  });

  it("loads the node catalog once per Workflows, however many builders", async () => {
    const base = await bed.workspace();
    const nodeCalls: RequestEvent[] = [];
    const ws = await Workspace.connect({
      apiKey: base.apiKey,
      baseUrl: bed.server.url,
      env: {},
      onRequest: (event) => {
        if (event.path === "/v1/nodes") nodeCalls.push(event);
      },
    });
    const [a, b] = await Promise.all([ws.workflows.build("a"), ws.workflows.build("b")]);
    await ws.workflows.build("c");
    expect(a.catalog).toBe(b.catalog);
    expect(a.catalog.types).toContain("TextGenerationNode");
    expect(nodeCalls).toHaveLength(1);
    expect(nodeCalls[0]?.method).toBe("GET");
  });
});

describe("builder errors", () => {
  let builder: WorkflowBuilder;
  beforeAll(async () => {
    const ws = await bed.workspace();
    builder = await ws.workflows.build("errors");
  });

  it("unknown node type → unknown_node_type with close matches", () => {
    // The types reject it too; runtime validation stays for JavaScript and other catalogs.
    // @ts-expect-error unknown node type
    const error = thrownBy(() => builder.node("TextGenerationNod"));
    expect(error.code).toBe("unknown_node_type");
    expect(error.message).toMatch(
      /^Unknown node type: TextGenerationNod \(close matches: TextGenerationNode/,
    );
    // The escape hatch skips the types, never the catalog.
    expect(thrownBy(() => builder.untypedNode("Input")).message).toContain("InputNode");
    expect(thrownBy(() => builder.untypedNode("ChatAgentNode")).code).toBe("unknown_node_type");
  });

  it("bad config key → invalid_config_key listing only the visible keys", () => {
    const gen = builder.node("TextGenerationNode");
    // @ts-expect-error unknown config key
    const error = thrownBy(() => gen.config({ templat: "x" }));
    expect(error.code).toBe("invalid_config_key");
    expect(error.message).toMatch(
      /^Invalid config key: templat \(possible: template, model, label\)/,
    );
    // Hidden keys are valid, just not advertised.
    expect(() => gen.config({ temperature: 0.2 })).not.toThrow();
  });

  it("wrong value type → invalid_config_value, and the node is left unchanged", () => {
    const gen = builder.node("TextGenerationNode", { template: "ok" });
    // @ts-expect-error wrong value type (model is a list)
    const error = thrownBy(() => gen.config({ template: "new", model: "gpt-4o" }));
    expect(error.code).toBe("invalid_config_value");
    expect(error.message).toMatch(/^Invalid config value for model .*expected a list/);
    expect(gen.configValues).toEqual({ template: "ok" });
  });

  it("missing required config → missing_config at save(), before any request", async () => {
    const ws = await bed.workspace();
    const b = await ws.workflows.build("incomplete");
    const gen = b.node("TextGenerationNode").config({ label: "no template" });
    const error = await b.save().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkflowBuilderError);
    expect(error).toMatchObject({ code: "missing_config" });
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Missing required config value for node "Generate Text" \\(TextGenerationNode ${gen.id}\\): template`,
      ),
    );
    expect(await ws.workflows.list().toArray()).toHaveLength(0);
  });

  it("variable link without key → variable_key_required", () => {
    const input = builder.node("InputNode");
    const compose = builder.node("ComposeTextNode", { template: "((a))" });
    // @ts-expect-error a keyed input needs its key
    const direct = thrownBy(() => compose.input("variables"));
    expect(direct.code).toBe("variable_key_required");
    expect(direct.message).toMatch(/^key is required for variable_connector/);
    expect(thrownBy(() => builder.link(input, compose)).code).toBe("variable_key_required");
    expect(thrownBy(() => builder.linkMany(input, compose)).code).toBe("variable_key_required");
  });

  it("unknown connector → unknown_connector naming the node's connectors", () => {
    const output = builder.node("OutputNode");
    // @ts-expect-error unknown input name
    const error = thrownBy(() => output.input("text"));
    expect(error.code).toBe("unknown_connector");
    expect(error.message).toMatch(/has no input "text"; its inputs: input\.$/);
    // @ts-expect-error unknown output name
    expect(thrownBy(() => output.output("result")).code).toBe("unknown_connector");
  });

  it("links that cannot be → invalid_link", async () => {
    const input = builder.node("InputNode");
    const other = await bed.workspace().then((ws) => ws.workflows.build("other"));
    const foreign = other.node("OutputNode");
    expect(thrownBy(() => builder.link(input, foreign)).code).toBe("invalid_link");
    expect(thrownBy(() => builder.link(input, input)).code).toBe("invalid_link");
    // @ts-expect-error a key on an input that takes none
    expect(thrownBy(() => input.input("input", "k")).code).toBe("invalid_link");
  });

  it("defaults to the first output that is not on_error", () => {
    const gen = builder.node("TextGenerationNode");
    expect(gen.output().name).toBe("output");
    expect(gen.output("on_error").address).toBe(`${gen.id}::on_error`);
  });
});
