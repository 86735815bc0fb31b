import { NoxusNotFoundError, type WorkflowDefinition } from "@noxus/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NoxusInputError, type Workspace } from "../src/node.js";
import { startTestBed, type TestBed } from "./helpers/server.js";

let bed: TestBed;
beforeAll(async () => {
  bed = await startTestBed();
});
afterAll(() => bed.close());

const MISSING_ID = "00000000-0000-4000-8000-000000000000";

/** A one-node definition written by hand, as a user of create() without the builder would. */
function inputOnly(label: string): WorkflowDefinition {
  const id = crypto.randomUUID();
  return {
    nodes: [{ id, type: "InputNode", name: "Input", node_config: { label } }],
    edges: [],
  };
}

async function createMany(ws: Workspace, count: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const workflow = await ws.workflows.create({
      name: `${prefix}-${i}`,
      definition: { nodes: [], edges: [] },
    });
    ids.push(workflow.id);
  }
  return ids;
}

describe("ws.workflows CRUD", () => {
  it("creates, gets, updates (force, partial) and deletes a workflow over HTTP", async () => {
    const ws = await bed.workspace();
    const created = await ws.workflows.create({ name: "crud", definition: inputOnly("Topic") });
    expect(created.type).toBe("flow");
    expect(created.definition.nodes).toHaveLength(1);

    const fetched = await ws.workflows.get(created.id);
    expect(fetched).toMatchObject({ id: created.id, name: "crud", group_id: ws.id });

    const handler = await ws.workflows.create({ name: "handler", definition: inputOnly("Err") });
    const renamed = await ws.workflows.update(
      created.id,
      { name: "crud-renamed", definition: inputOnly("Subject"), errorHandler: handler.id },
      { force: true },
    );
    expect(renamed.name).toBe("crud-renamed");
    expect(renamed.error_handler).toBe(handler.id);
    expect(renamed.definition.nodes[0]?.node_config).toEqual({ label: "Subject" });

    // A partial update keeps what it does not name: the API would clear the error handler.
    const partial = await ws.workflows.update(created.id, { name: "crud-3" });
    expect(partial).toMatchObject({ name: "crud-3", error_handler: handler.id });
    expect(partial.definition.nodes[0]?.node_config).toEqual({ label: "Subject" });
    const cleared = await ws.workflows.update(created.id, { errorHandler: null });
    expect(cleared.error_handler ?? null).toBeNull();

    await ws.workflows.delete(created.id);
    await expect(ws.workflows.get(created.id)).rejects.toBeInstanceOf(NoxusNotFoundError);
  });

  it("throws NoxusNotFoundError for a workflow id that does not exist", async () => {
    const ws = await bed.workspace();
    await expect(ws.workflows.get(MISSING_ID)).rejects.toBeInstanceOf(NoxusNotFoundError);
    await expect(ws.workflows.update(MISSING_ID, { name: "x" })).rejects.toBeInstanceOf(
      NoxusNotFoundError,
    );
    await expect(ws.workflows.delete(MISSING_ID)).rejects.toBeInstanceOf(NoxusNotFoundError);
    await expect(ws.workflows.versions.list(MISSING_ID)).rejects.toBeInstanceOf(NoxusNotFoundError);
    await expect(ws.workflows.edit(MISSING_ID)).rejects.toBeInstanceOf(NoxusNotFoundError);
  });

  it("refuses bad arguments before sending, with NoxusInputError saying what to fix", async () => {
    const ws = await bed.workspace();
    await expect(ws.workflows.get("")).rejects.toThrow(
      new NoxusInputError(
        "invalid_id",
        "The workflow id must be a non-empty string, got an empty string.",
      ),
    );
    await expect(
      ws.workflows.create({ name: "", definition: { nodes: [], edges: [] } }),
    ).rejects.toMatchObject({ name: "NoxusInputError", code: "invalid_name" });
    await expect(
      ws.workflows.create({
        name: "x",
        definition: { nodes: [] } as unknown as WorkflowDefinition,
      }),
    ).rejects.toThrow(/definition must be an object with `nodes` and `edges` arrays/);
    await expect(
      ws.workflows.create({
        name: "x",
        definition: { nodes: [], edges: [] },
        type: "pipeline" as "flow",
      }),
    ).rejects.toThrow(/type must be one of flow, agent_flow, handler, ingestion/);
    await expect(ws.workflows.update(MISSING_ID, {})).rejects.toMatchObject({
      code: "nothing_to_update",
    });
    expect(() => ws.workflows.list({ pageSize: 0 })).toThrow(
      /pageSize must be an integer from 1 to 100, got number 0/,
    );
  });

  it("aborts a call through its signal", async () => {
    const ws = await bed.workspace();
    const controller = new AbortController();
    controller.abort();
    await expect(ws.workflows.list({ signal: controller.signal }).toArray()).rejects.toMatchObject({
      name: "NoxusAbortError",
    });
    await expect(ws.workflows.catalog({ signal: controller.signal })).rejects.toMatchObject({
      name: "NoxusAbortError",
    });
  });
});

describe("ws.workflows.versions", () => {
  it("creates, lists (plain array) and updates versions", async () => {
    const ws = await bed.workspace();
    const workflow = await ws.workflows.create({ name: "versioned", definition: inputOnly("A") });
    const v1 = await ws.workflows.versions.create(workflow.id, {
      name: "v1",
      description: "first",
      definition: workflow.definition,
    });
    expect(v1).toMatchObject({ name: "v1", description: "first" });
    const v2 = await ws.workflows.versions.create(workflow.id, {
      name: "v2",
      definition: inputOnly("B"),
    });
    const updated = await ws.workflows.versions.update(workflow.id, v1.id, {
      name: "v1-final",
      description: null,
      definition: inputOnly("C"),
    });
    expect(updated).toMatchObject({ id: v1.id, name: "v1-final" });
    expect(updated.definition.nodes[0]?.node_config).toEqual({ label: "C" });

    const versions = await ws.workflows.versions.list(workflow.id);
    expect(Array.isArray(versions)).toBe(true);
    expect(versions.map((v) => v.id).sort()).toEqual([v1.id, v2.id].sort());
    await expect(
      ws.workflows.versions.update(workflow.id, MISSING_ID, {
        name: "x",
        definition: inputOnly("D"),
      }),
    ).rejects.toBeInstanceOf(NoxusNotFoundError);
  });
});

describe("ws.workflows.list", () => {
  it("walks every page: 25 workflows, pageSize 10 → pages 1, 2, 3 and every id once", async () => {
    const ws = await bed.workspace();
    const ids = await createMany(ws, 25, "paged");

    const pages: { page: number; count: number; pages: number }[] = [];
    for await (const page of ws.workflows.list({ pageSize: 10 }).pages()) {
      pages.push({ page: page.page, count: page.items.length, pages: page.pages });
    }
    expect(pages).toEqual([
      { page: 1, count: 10, pages: 3 },
      { page: 2, count: 10, pages: 3 },
      { page: 3, count: 5, pages: 3 },
    ]);

    const seen: string[] = [];
    for await (const workflow of ws.workflows.list({ pageSize: 10 })) seen.push(workflow.id);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect([...seen].sort()).toEqual([...ids].sort());

    const first12 = await ws.workflows.list({ pageSize: 10 }).toArray({ limit: 12 });
    expect(first12.map((w) => w.id)).toEqual(seen.slice(0, 12));
  });

  it("filters by type", async () => {
    const ws = await bed.workspace();
    const [flowId] = await createMany(ws, 1, "a-flow");
    const agentFlow = await ws.workflows.create({
      name: "an-agent-flow",
      type: "agent_flow",
      definition: { nodes: [], edges: [] },
    });
    const agentFlows = await ws.workflows.list({ type: "agent_flow" }).toArray();
    expect(agentFlows.map((w) => w.id)).toEqual([agentFlow.id]);
    const flows = await ws.workflows.list({ type: "flow" }).toArray();
    expect(flows.map((w) => w.id)).toEqual([flowId]);
    expect(await ws.workflows.list().toArray()).toHaveLength(2);
  });
});
