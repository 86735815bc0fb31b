import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ExtraNode } from "@noxus/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliBed, runNoxus, startCliBed } from "./helpers/cli.js";
import { makeProject, runProgram, typeErrors } from "./helpers/typescript.js";

// A node type @noxus/local does not ship: a server configured with it stands for a user's
// server with a plugin node, whose catalog the user regenerates types from.
const SHOUT: ExtraNode = {
  definition: {
    type: "ShoutNode",
    title: "Shout",
    description: "Upper-cases its text and adds a suffix.",
    integrations: [],
    inputs: [{ name: "text", type: "connector" }],
    outputs: [{ name: "loud", type: "connector" }],
    config: {
      suffix: { type: "str", description: "Added at the end.", optional: false, default: null },
      times: { type: "int", description: "How many times.", optional: true, default: 1 },
    },
    is_available: true,
    visible: true,
    config_endpoint: null,
  },
  run: (inputs, config) => ({
    loud: `${String(inputs.text).toUpperCase()}${String(config.suffix)}`.repeat(
      Number(config.times ?? 1),
    ),
  }),
};

const shoutProgram = (node: string, link: string) => `import { Workspace } from "@noxus/workspace";

const ws = await Workspace.connect();
const builder = await ws.workflows.build("Shouter");
const input = builder.node("InputNode", { label: "text" });
const shout = ${node};
const output = builder.node("OutputNode", { label: "Loud" });
builder.link(input, ${link}).link(shout.output("loud"), output);
const workflow = await builder.save();
const run = await ws.runs.create(workflow.id, { text: "hello" });
await run.wait();
console.log(await run.output("Loud"));
`;

describe("noxus types catalog", () => {
  let bed: CliBed;
  let env: Record<string, string>;
  beforeAll(async () => {
    bed = await startCliBed({ extraNodes: [SHOUT] });
    env = (await bed.workspace("types")).env;
  });
  afterAll(() => bed.close());

  it("prints the catalog's types, the server's extra node included", async () => {
    const result = await runNoxus(["types", "catalog"], { env });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ \* GENERATED FILE: do not edit by hand\.$/m);
    expect(result.stdout).toContain(`  ShoutNode: {
    config: {
      /** Added at the end. */
      suffix: string;
      /** How many times. */
      times?: number;
    };
    inputs: "text";
    keyedInputs: never;
    outputs: "loud";
  };`);
    expect(result.stdout).toContain("interface NoxusRegister");
    const unregistered = await runNoxus(["types", "catalog", "--no-register"], { env });
    expect(unregistered.code).toBe(0);
    expect(unregistered.stdout).toContain("export type NodeCatalogTypes = {");
    expect(unregistered.stdout).not.toContain("NoxusRegister");
  });

  // Type checks take seconds each on a busy machine: a generous budget, not a timing claim.
  it("regenerated types make a program using the extra node compile, and it runs", {
    timeout: 180_000,
  }, async () => {
    const dir = await makeProject({
      "good.ts": shoutProgram(
        `builder.node("ShoutNode", { suffix: "!", times: 2 })`,
        `shout.input("text")`,
      ),
      "bad.ts": shoutProgram(
        `builder.node("ShoutNode", { suffix: "!", tims: 2 })`,
        `shout.input("txt")`,
      ),
    });
    const out = join(dir, "noxus-catalog.ts");
    const written = await runNoxus(["types", "catalog", "--out", out, "--json"], { env });
    expect(written.code).toBe(0);
    expect(written.json()).toEqual({ file: out, node_types: 8 });
    expect(readFileSync(out, "utf8")).toContain("ShoutNode");

    expect(typeErrors(dir, ["good.ts", "noxus-catalog.ts"])).toEqual([]);
    // Without the regenerated types the default catalog (@noxus/local's) does not know the node.
    expect(typeErrors(dir, ["good.ts"]).join("\n")).toMatch(
      /good\.ts:6: Argument of type '"ShoutNode"' is not assignable/,
    );
    const errors = typeErrors(dir, ["bad.ts", "noxus-catalog.ts"]).join("\n");
    expect(errors).toMatch(/bad\.ts:6: [\s\S]*'tims' does not exist/);
    expect(errors).toMatch(/bad\.ts:8: Argument of type '"txt"' is not assignable/);

    const ran = await runProgram(dir, ["good.ts", "noxus-catalog.ts"], "good.ts", env);
    expect(ran.stderr).toBe("");
    expect(ran.stdout).toBe("HELLO!HELLO!\n");
  });
});

describe("noxus types workflows", () => {
  let bed: CliBed;
  let env: Record<string, string>;
  beforeAll(async () => {
    bed = await startCliBed({ seed: "demo" });
    const key = bed.server.demo?.apiKey as string;
    env = { NOXUS_API_KEY: key, NOXUS_BACKEND_URL: bed.server.url };
  });
  afterAll(() => bed.close());

  const summariseProgram = (
    run: string,
    read: string,
  ) => `import { Workspace } from "@noxus/workspace";
import { workflowTypes } from "./noxus-workflows.js";

const ws = await Workspace.connect();
const summarise = ws.workflows.typed(workflowTypes.Summarise);
const run = await summarise.run(${run});
await run.wait();
const summary: string = await run.output(${read});
console.log(summary);
`;

  it("types the demo's Summarise: a typed program compiles and runs, mistakes do not compile", {
    timeout: 180_000,
  }, async () => {
    const dir = await makeProject({
      "good.ts": summariseProgram(`{ text: "Typed at compile time." }`, `"Summary"`),
      "wrong-label.ts": summariseProgram(`{ text: "x" }`, `"Sumary"`),
      "missing-input.ts": summariseProgram("{}", `"Summary"`),
      "unknown-input.ts": summariseProgram(`{ text: "x", txt: "y" }`, `"Summary"`),
    });
    const out = join(dir, "noxus-workflows.ts");
    const written = await runNoxus(["types", "workflows", "--out", out], { env });
    expect(written.stderr).toBe("");
    expect(written.stdout).toBe(`Wrote the types of 1 workflow to ${out}.\n`);
    expect(readFileSync(out, "utf8")).toContain(`    inputs: {
      text: { kind: "text", required: true },
    },
    outputs: ["Summary"],`);

    const files = (name: string) => [name, "noxus-workflows.ts"];
    expect(typeErrors(dir, files("good.ts"))).toEqual([]);
    expect(typeErrors(dir, files("wrong-label.ts")).join("\n")).toMatch(
      /wrong-label\.ts:8: Argument of type '"Sumary"' is not assignable to parameter of type '"Summary"'/,
    );
    expect(typeErrors(dir, files("missing-input.ts")).join("\n")).toMatch(
      /missing-input\.ts:6: [\s\S]*Property 'text' is missing/,
    );
    expect(typeErrors(dir, files("unknown-input.ts")).join("\n")).toMatch(
      /unknown-input\.ts:6: [\s\S]*'txt' does not exist/,
    );

    const ran = await runProgram(dir, files("good.ts"), "good.ts", env);
    expect(ran.stderr).toBe("");
    expect(ran.stdout).toBe("Summarise in one paragraph: Typed at compile time.\n");
  });
});
