import { describe, expectTypeOf, it } from "vitest";
import type {
  NodeInputRef,
  NodeOutputRef,
  UntypedNodeCatalog,
  WorkflowBuilder,
  WorkflowNodeRef,
  Workspace,
} from "../src/index.js";

// Compile-time only: what the builder accepts and rejects with @noxus/local's catalog types
// (the default), with a catalog given as a type parameter, and through the escape hatches.
// Every `@ts-expect-error` must hold: an unused one fails the type check.
declare const ws: Workspace;
declare const builder: WorkflowBuilder;

describe("the typed builder, default catalog", () => {
  it("accepts the correct forms", () => {
    const input = builder.node("InputNode", { label: "Topic" });
    const gen = builder.node("TextGenerationNode", { template: "About ((Input 1))", model: ["m"] });
    const summary = builder.node("SummaryNode");
    const output = builder.node("OutputNode").config({ label: "Result" });
    gen.config({ temperature: 0.2, max_tokens: 100, label: null });
    builder.link(input, gen.input("variables", "Input 1"));
    builder.link(gen.output("output"), summary.input("input")).link(summary, output);
    builder.linkMany(input, gen.input("variables", "Input 2"), output);
    builder.link(gen.output("on_error"), output.input());
    expectTypeOf(gen).toEqualTypeOf<
      WorkflowNodeRef<
        "TextGenerationNode",
        import("../src/index.js").DefaultNodeCatalog["TextGenerationNode"]
      >
    >();
    expectTypeOf(gen.input("variables", "x")).toEqualTypeOf<NodeInputRef>();
    expectTypeOf(gen.output()).toEqualTypeOf<NodeOutputRef>();
    builder.node("FileInputNode", { value: { uri: "https://example.com/a.pdf", name: "a.pdf" } });
  });

  it("rejects an unknown node type", () => {
    // @ts-expect-error unknown node type
    builder.node("TextGenerationNod");
    // @ts-expect-error agent-flow-only types are not in the catalog either
    builder.node("ChatAgentNode");
  });

  it("rejects an unknown config key", () => {
    // @ts-expect-error unknown config key in node(type, config)
    builder.node("TextGenerationNode", { template: "x", templat: "y" });
    // @ts-expect-error unknown config key in config()
    builder.node("OutputNode").config({ lable: "Result" });
  });

  it("rejects a config value of the wrong type", () => {
    // @ts-expect-error model is a list of strings
    builder.node("TextGenerationNode", { template: "x", model: "gpt-4o" });
    // @ts-expect-error max_tokens is a number
    builder.node("TextGenerationNode").config({ max_tokens: "100" });
    // @ts-expect-error fixed_value is a boolean
    builder.node("InputNode", { fixed_value: "yes" });
    // @ts-expect-error a file value is { uri, name? }
    builder.node("FileInputNode", { value: "https://example.com/a.pdf" });
  });

  it("rejects a missing required key where the call takes the whole config", () => {
    // @ts-expect-error template is required
    builder.node("TextGenerationNode", { label: "no template" });
    // @ts-expect-error template is required and cannot be null
    builder.node("ComposeTextNode", { template: null });
    // config() sets a part of the config: the required key is checked at save().
    builder.node("TextGenerationNode").config({ label: "later" });
  });

  it("rejects unknown input and output names", () => {
    const gen = builder.node("TextGenerationNode", { template: "x" });
    const output = builder.node("OutputNode");
    // @ts-expect-error unknown input name
    gen.input("variabls", "Input 1");
    // @ts-expect-error unknown input name
    output.input("text");
    // @ts-expect-error unknown output name
    gen.output("result");
  });

  it("rejects a key on an input that takes none, and a keyed input without its key", () => {
    const output = builder.node("OutputNode");
    const gen = builder.node("TextGenerationNode", { template: "x" });
    // @ts-expect-error the OutputNode's input takes no key
    output.input("input", "Input 1");
    // @ts-expect-error variables is keyed: link into it with a key
    gen.input("variables");
  });
});

describe("escape hatches", () => {
  it("untypedNode() takes any type and config, and its node any connector", () => {
    const custom = builder.untypedNode("MyPluginNode", { anything: [1, "two"] });
    expectTypeOf(custom).toEqualTypeOf<WorkflowNodeRef>();
    custom.config({ whatever: true });
    builder.link(custom.output("result"), custom.input("in", "key"));
  });

  it("build<UntypedNodeCatalog>() types nothing", async () => {
    const loose = await ws.workflows.build<UntypedNodeCatalog>("loose");
    loose.node("AnyNode", { any: "thing" }).input("x", "y");
  });
});

describe("a catalog given as a type parameter", () => {
  type MyCatalog = {
    TranslateNode: {
      config: { target: "fr" | "de"; formal?: boolean };
      inputs: "text";
      keyedInputs: never;
      outputs: "translation";
    };
  };

  it("types the builder with that catalog only", async () => {
    const mine = await ws.workflows.build<MyCatalog>("mine");
    const translate = mine.node("TranslateNode", { target: "fr" });
    translate.input("text");
    translate.output("translation");
    // @ts-expect-error not in this catalog
    mine.node("TextGenerationNode", { template: "x" });
    // @ts-expect-error not one of the allowed values
    mine.node("TranslateNode", { target: "es" });
    // @ts-expect-error missing required key
    mine.node("TranslateNode", { formal: true });
    // @ts-expect-error unknown output
    translate.output("output");
  });
});
