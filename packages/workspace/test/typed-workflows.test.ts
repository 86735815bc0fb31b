import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  generateCatalogTypes,
  generateWorkflowTypes,
  type NodeDefinition,
  WorkflowTypesStaleError,
  type Workspace,
  workflowShape,
} from "../src/index.js";
import { renderDefaultCatalog } from "../src/internal/default-catalog.js";
import { threeNodeFlow } from "./helpers/flows.js";
import { startTestBed, type TestBed } from "./helpers/server.js";

let bed: TestBed;
let ws: Workspace;
beforeAll(async () => {
  bed = await startTestBed();
  ws = await bed.workspace();
});
afterAll(() => bed.close());

const stale = async (promise: Promise<unknown>): Promise<WorkflowTypesStaleError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowTypesStaleError);
  return error as WorkflowTypesStaleError;
};

describe("the default catalog types", () => {
  it("are what the generator makes of @noxus/local's catalog, byte for byte", async () => {
    const catalog = await ws.workflows.catalog();
    const committed = readFileSync(new URL("../src/generated/catalog.ts", import.meta.url), "utf8");
    expect(renderDefaultCatalog(catalog.definitions)).toBe(committed);
    expect(committed).toMatch(/^ \* GENERATED FILE: do not edit by hand\.$/m);
  });
});

describe("generateCatalogTypes", () => {
  const entry = (type: NodeDefinition["config"][string]["type"], extra: object = {}) => ({
    type,
    description: null,
    visible: true,
    optional: true,
    default: null,
    ...extra,
  });
  const definition: NodeDefinition = {
    type: "Odd-Node",
    title: "Odd",
    description: "Ends a comment early: */ and says so.",
    integrations: [],
    inputs: [
      { name: "in put", type: "variable_type_connector" },
      { name: "plain", type: "connector" },
    ],
    outputs: [],
    config: {
      mode: entry("str", { enum: ["fast", "slow"], optional: false }),
      tags: entry("list", { items: { type: "str" } }),
      scores: entry("list", { default: [1, 2] }),
      nested: entry("dict", { properties: { depth: entry("int", { optional: false }) } }),
      anything: entry("Custom"),
    },
    is_available: true,
    visible: true,
    config_endpoint: null,
  };

  it("writes enums, list items, nested objects, quoted names and escaped comments", () => {
    const source = generateCatalogTypes([definition, { ...definition, title: "Again" }], {
      typeName: "Mine",
      register: false,
    });
    expect(source).toContain(`/** Ends a comment early: *\\/ and says so. */
  "Odd-Node": {
    config: {
      mode: "fast" | "slow";
      tags?: string[];
      scores?: number[];
      nested?: {
        depth: number;
      };
      anything?: ConfigValue;
    };
    inputs: "in put" | "plain";
    keyedInputs: "in put";
    outputs: never;
  };
};`);
    // A type listed twice is written once; only the value types used are imported.
    expect(source.match(/"Odd-Node"/g)).toHaveLength(1);
    expect(source).toContain('import type { ConfigValue } from "@noxus/workspace";');
    expect(source).not.toContain("declare module");
  });
});

describe("typed workflows at run time", () => {
  async function summariser(name: string) {
    const workflow = await ws.workflows.create({
      name,
      definition: threeNodeFlow("ComposeTextNode", "About ((Input 1))"),
    });
    const catalog = await ws.workflows.catalog();
    return {
      workflow,
      types: { id: workflow.id, name, ...workflowShape(workflow.definition, catalog.definitions) },
    };
  }

  it("runs with typed inputs and reads outputs by label", async () => {
    const { types } = await summariser("Typed");
    expect(types).toMatchObject({
      inputs: { Topic: { kind: "text", required: true } },
      outputs: ["Result"],
    });
    const typed = ws.workflows.typed(types);
    const run = await typed.run({ Topic: "cats" });
    await run.wait();
    expect(await run.output("Result")).toBe("About cats");
    expect(await run.outputs()).toEqual({ Result: "About cats" });
    expect(await typed.runSync({ Topic: "dogs" })).toMatchObject({
      outputs: { Result: "About dogs" },
    });
  });

  it("finds the workflow by name when the id of the types is not in this workspace", async () => {
    const { types } = await summariser("Copied");
    const elsewhere = { ...types, id: "00000000-0000-4000-8000-000000000000" };
    const run = await ws.workflows.typed(elsewhere).run({ Topic: "x" });
    expect(run.workflowId).toBe(types.id);
  });

  it("a stale type fails the run with the workflow's name and the differences, and nothing runs", async () => {
    const { workflow, types } = await summariser("Changing");
    const definition = structuredClone(workflow.definition);
    for (const node of definition.nodes) {
      if (node.type === "OutputNode") node.node_config = { label: "Answer" };
      if (node.type === "InputNode") node.node_config = { label: "Topic", value: "fixed" };
    }
    await ws.workflows.update(workflow.id, { definition });

    const error = await stale(ws.workflows.typed(types).run({ Topic: "x" }));
    expect(error.code).toBe("stale_workflow_types");
    expect(error.workflowName).toBe("Changing");
    expect(error.differences).toEqual([
      'input "Topic" is now optional',
      'output "Result" is gone',
      'output "Answer" is new',
    ]);
    expect(error.message).toMatch(
      /^The types of workflow "Changing" \(.+\) are stale: input "Topic" is now optional; output "Result" is gone; output "Answer" is new\. Hint: regenerate them with `noxus types workflows/,
    );
    expect(await ws.runs.list(workflow.id).toArray()).toHaveLength(0);

    // Regenerated types match again.
    const catalog = await ws.workflows.catalog();
    const fresh = await ws.workflows.get(workflow.id);
    const regenerated = {
      id: fresh.id,
      name: fresh.name,
      ...workflowShape(fresh.definition, catalog.definitions),
    };
    const run = await ws.workflows.typed(regenerated).run({});
    await run.wait();
    expect(await run.output("Answer")).toBe("About fixed");
  });

  it("a deleted workflow is reported as stale", async () => {
    const { workflow, types } = await summariser("Gone");
    await ws.workflows.delete(workflow.id);
    const error = await stale(ws.workflows.typed(types).check());
    expect(error.differences).toEqual(["no workflow of this workspace has its id or its name"]);
  });

  it("generateWorkflowTypes writes each flow's inputs and labels; repeated names get their id", async () => {
    const first = await ws.workflows.create({
      name: "Twin",
      definition: threeNodeFlow("ComposeTextNode", "((Input 1))"),
    });
    const second = await ws.workflows.create({
      name: "Twin",
      definition: threeNodeFlow("ComposeTextNode", "((Input 1))"),
    });
    const catalog = await ws.workflows.catalog();
    const source = generateWorkflowTypes([first, second], catalog.definitions, {
      constName: "mine",
    });
    expect(source).toContain(`export const mine = {
  /** Workflow "Twin" (${first.id}). */
  Twin: {
    id: "${first.id}",
    name: "Twin",
    inputs: {
      Topic: { kind: "text", required: true },
    },
    outputs: ["Result"],
  },`);
    expect(source).toContain(`  "Twin (${second.id})": {`);
    expect(source).toContain("} as const satisfies WorkflowTypeManifest;");
  });
});
