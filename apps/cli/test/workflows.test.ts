import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliBed, runNoxus, startCliBed } from "./helpers/cli.js";

const fixture = (name: string) => new URL(`./fixtures/workflows/${name}`, import.meta.url).pathname;

let bed: CliBed;
let env: Record<string, string>;
beforeAll(async () => {
  bed = await startCliBed();
  env = (await bed.workspace("workflows")).env;
});
afterAll(() => bed.close());

interface WorkflowJson {
  id: string;
  name: string;
  type: string;
  definition: { nodes: { type: string }[]; edges: unknown[] };
}
interface WorkflowRow {
  id: string;
  name: string;
  type: string;
  updatedAt: string | null;
}

const noxus = (args: string[], input?: string) =>
  runNoxus(args, { env, ...(input !== undefined ? { input } : {}) });

describe("noxus workflows", () => {
  it("creates, lists, gets and deletes workflows, by id and by name", async () => {
    const created = await noxus(["workflows", "create", "-f", fixture("greeter.json"), "--json"]);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const greeter = created.json<WorkflowJson>();
    expect(greeter).toMatchObject({ name: "Greeter", type: "flow" });
    expect(greeter.definition.nodes.map((node) => node.type)).toEqual([
      "InputNode",
      "InputNode",
      "TextGenerationNode",
      "OutputNode",
    ]);

    // A bare definition takes its name from --name; human output for people.
    const copy = await noxus([
      "workflows",
      "create",
      "--file",
      fixture("definition.json"),
      "--name",
      "Greeter copy",
    ]);
    expect(copy.code).toBe(0);
    expect(copy.stdout).toMatch(/Created workflow "Greeter copy"/);
    expect(copy.stdout).toMatch(/^inputs\s+name, greeting$/m);
    expect(copy.stdout).toMatch(/^outputs\s+Greeting$/m);
    const copyId = copy.stdout.match(/^id\s+(\S+)$/m)?.[1];
    expect(copyId).toMatch(/^[0-9a-f-]{36}$/);

    const list = await noxus(["workflows", "list", "--json"]);
    expect(list.code).toBe(0);
    const rows = list.json<WorkflowRow[]>();
    expect(rows.map((row) => row.name).sort()).toEqual(["Greeter", "Greeter copy"]);
    expect(rows.find((row) => row.name === "Greeter")).toMatchObject({
      id: greeter.id,
      type: "flow",
    });
    const table = await noxus(["workflows", "list"]);
    expect(table.stdout).toMatch(/^id\s+name\s+type\s+updated$/m);
    expect(table.stdout).toContain(greeter.id);
    expect(table.stdout).toMatch(/Greeter copy\s+flow\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);

    const byName = await noxus(["workflows", "get", "Greeter", "--json"]);
    expect(byName.code).toBe(0);
    expect(byName.json<WorkflowJson>()).toMatchObject({ id: greeter.id, name: "Greeter" });
    const byId = await noxus(["workflows", "get", greeter.id]);
    expect(byId.stdout).toMatch(/^name\s+Greeter$/m);
    expect(byId.stdout).toMatch(
      /^nodes\s+4: InputNode, InputNode, TextGenerationNode, OutputNode$/m,
    );

    // `get --json` output can be fed back to `create`.
    const deletedByName = await noxus(["workflows", "delete", "Greeter copy", "--json", "--yes"]);
    expect(deletedByName.json()).toEqual({ deleted: copyId, name: "Greeter copy" });
    const deletedById = await noxus(["workflows", "delete", greeter.id, "--yes"]);
    expect(deletedById.code).toBe(0);
    expect(deletedById.stdout).toMatch(/Deleted workflow "Greeter"/);
    const empty = await noxus(["workflows", "list", "--json"]);
    expect(empty.json()).toEqual([]);
  });

  it("round-trips `get --json` into `create`, and reads the file from stdin", async () => {
    const created = await noxus(["workflows", "create", "-f", fixture("greeter.json"), "--json"]);
    const original = created.json<WorkflowJson>();
    const dumped = await noxus(["workflows", "get", original.id, "--json"]);
    const again = await noxus(
      ["workflows", "create", "-f", "-", "--name", "Greeter again", "--json"],
      dumped.stdout,
    );
    expect(again.code).toBe(0);
    const copy = again.json<WorkflowJson>();
    expect(copy.id).not.toBe(original.id);
    expect(copy.name).toBe("Greeter again");
    expect(copy.definition.nodes).toHaveLength(4);
    for (const id of [original.id, copy.id]) {
      expect((await noxus(["workflows", "delete", id, "--yes"])).code).toBe(0);
    }
  });

  it("refuses an ambiguous name, listing the ids (exit 2)", async () => {
    const first = (
      await noxus([
        "workflows",
        "create",
        "-f",
        fixture("greeter.json"),
        "--name",
        "Twin",
        "--json",
      ])
    ).json<WorkflowJson>();
    const second = (
      await noxus([
        "workflows",
        "create",
        "-f",
        fixture("greeter.json"),
        "--name",
        "Twin",
        "--json",
      ])
    ).json<WorkflowJson>();
    const result = await noxus(["workflows", "get", "Twin"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2 workflows are named "Twin"');
    expect(result.stderr).toContain(first.id);
    expect(result.stderr).toContain(second.id);
    expect(result.stderr).toMatch(/^hint: Name the one you mean by its id/m);
    // By id, either one is fine.
    expect((await noxus(["workflows", "delete", first.id, "--yes"])).code).toBe(0);
    expect((await noxus(["workflows", "delete", "Twin", "--yes"])).code).toBe(0);
  });

  it("exits 4 for an unknown workflow, 2 for a bad file", async () => {
    const unknownName = await noxus(["workflows", "get", "No such workflow"]);
    expect(unknownName.code).toBe(4);
    expect(unknownName.stderr).toMatch(
      /^error: No workflow with the id or name "No such workflow"/m,
    );
    const unknownId = await noxus(["workflows", "delete", "00000000-0000-4000-8000-000000000999"]);
    expect(unknownId.code).toBe(4);

    const noName = await noxus(["workflows", "create", "-f", fixture("definition.json")]);
    expect(noName.code).toBe(2);
    expect(noName.stderr).toMatch(/has no "name"/);
    const missing = await noxus(["workflows", "create", "-f", fixture("nope.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read .*nope\.json: ENOENT/);
    const notJson = await noxus(["workflows", "create", "-f", "-", "--name", "X"], "{ nodes");
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/is not valid JSON/);
    const noFile = await noxus(["workflows", "create"]);
    expect(noFile.code).toBe(2);
  });

  it("exits 1 with the server's reason for a definition it rejects", async () => {
    const result = await noxus(
      ["workflows", "create", "-f", "-", "--name", "Broken"],
      JSON.stringify({ nodes: [{ id: "a", type: "NoSuchNode" }], edges: [] }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: POST \/v1\/workflows failed: 422/m);
  });
});
