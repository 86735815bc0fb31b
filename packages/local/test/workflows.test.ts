import type { components } from "@noxus/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer, type TestWorkspace } from "./helpers/local.js";
import { edge, threeNodeFlow } from "./helpers/workflow-builder.js";

type Definition = components["schemas"]["WorkflowDefinition"];

let harness: TestServer;
let owner: TestWorkspace;
beforeAll(async () => {
  harness = await startTestServer();
  owner = await harness.workspace();
});
afterAll(() => harness?.close());

async function workflowIds(workspace: TestWorkspace) {
  const { data } = await workspace.client.GET("/v1/workflows", {
    params: { query: { size: 100 } },
  });
  return data.items.map((workflow) => workflow.id).sort();
}

function broken(mutate: (definition: Definition) => void): Definition {
  const { definition } = threeNodeFlow("TextGenerationNode");
  mutate(definition);
  return definition;
}

const nodeAt = (definition: Definition, index: number) =>
  definition.nodes[index] as components["schemas"]["WorkflowNode"];
const edgeAt = (definition: Definition, index: number) =>
  definition.edges[index] as components["schemas"]["WorkflowEdge"];

describe("definition validation", () => {
  const cases: [string, Definition, (string | number)[], RegExp][] = [
    [
      "unknown node type",
      broken((d) => {
        nodeAt(d, 1).type = "NoSuchNode";
      }),
      ["body", "definition", "nodes", 1, "type"],
      /Unknown node type "NoSuchNode"/,
    ],
    [
      "duplicate node id",
      broken((d) => {
        d.nodes.push({ ...nodeAt(d, 2), id: nodeAt(d, 0).id });
      }),
      ["body", "definition", "nodes", 3, "id"],
      /Duplicate node id/,
    ],
    [
      "dangling edge (target node missing)",
      broken((d) => {
        edgeAt(d, 1).to_id.node_id = "no-such-node";
      }),
      ["body", "definition", "edges", 1, "to_id", "node_id"],
      /ends at node no-such-node, which is not in the definition/,
    ],
    [
      "edge from a connector the node does not have",
      broken((d) => {
        edgeAt(d, 0).from_id.connector_name = "nope";
      }),
      ["body", "definition", "edges", 0, "from_id", "connector_name"],
      /has no output "nope" \(its outputs: output\)/,
    ],
    [
      "variable_connector edge without key",
      broken((d) => {
        edgeAt(d, 0).to_id.key = null;
      }),
      ["body", "definition", "edges", 0, "to_id", "key"],
      /key is required for variable_connector "variables"/,
    ],
    [
      "missing required config",
      broken((d) => {
        nodeAt(d, 1).node_config = { model: ["gpt-4o"] };
      }),
      ["body", "definition", "nodes", 1, "node_config", "template"],
      /Missing required config value for node "TextGeneration" \(TextGenerationNode [0-9a-f-]+\): "template"/,
    ],
    [
      "config of the wrong type",
      broken((d) => {
        nodeAt(d, 1).node_config = { template: "x", model: "gpt-4o" };
      }),
      ["body", "definition", "nodes", 1, "node_config", "model"],
      /must be a list/,
    ],
    [
      "cycle",
      broken((d) => {
        d.edges.push(edge([nodeAt(d, 2), "output"], [nodeAt(d, 1), "variables", "Loop"]));
      }),
      ["body", "definition", "edges"],
      /cycle/,
    ],
  ];

  it.each(cases)(
    "%s → 422 with a precise loc, nothing written",
    async (_name, definition, loc, msg) => {
      const before = await workflowIds(owner);
      const { error, response } = await owner.raw.POST("/v1/workflows", {
        body: { name: "bad", type: "flow", definition },
      });
      expect(response.status).toBe(422);
      const detail = (error as { detail: { loc: unknown[]; msg: string }[] }).detail;
      expect(detail, JSON.stringify(detail)).toHaveLength(1);
      expect(detail[0]?.loc).toEqual(loc);
      expect(detail[0]?.msg).toMatch(msg);
      expect(await workflowIds(owner)).toEqual(before);
    },
  );

  it("reports every problem of a definition at once", async () => {
    const definition = broken((d) => {
      nodeAt(d, 0).type = "Nope";
      nodeAt(d, 1).node_config = {};
    });
    const { error, response } = await owner.raw.POST("/v1/workflows", {
      body: { name: "bad", definition },
    });
    expect(response.status).toBe(422);
    const locs = (error as { detail: { loc: unknown[] }[] }).detail.map((issue) => issue.loc);
    expect(locs).toEqual([
      ["body", "definition", "nodes", 0, "type"],
      ["body", "definition", "nodes", 1, "node_config", "template"],
    ]);
  });

  it("refuses a definition without edges, and an unknown error handler", async () => {
    const before = await workflowIds(owner);
    const noEdges = await fetch(`${harness.server.url}/v1/workflows`, {
      method: "POST",
      headers: { "x-api-key": owner.key, "content-type": "application/json" },
      body: JSON.stringify({ name: "x", definition: { nodes: [] } }),
    });
    expect(noEdges.status).toBe(422);
    expect((await noEdges.json()).detail[0].loc).toEqual(["body", "definition", "edges"]);
    const { response, error } = await owner.raw.POST("/v1/workflows", {
      body: {
        name: "x",
        definition: threeNodeFlow().definition,
        error_handler: "6f1f7d1e-0000-4000-8000-000000000000",
      },
    });
    expect(response.status).toBe(422);
    expect((error as { detail: { loc: unknown[] }[] }).detail[0]?.loc).toEqual([
      "body",
      "error_handler",
    ]);
    expect(await workflowIds(owner)).toEqual(before);
  });

  it("validates updates and versions the same way, leaving them unchanged", async () => {
    const { definition } = threeNodeFlow();
    const { data: workflow } = await owner.client.POST("/v1/workflows", {
      body: { name: "keep me", definition },
    });
    const bad = broken((d) => {
      nodeAt(d, 1).type = "NoSuchNode";
    });
    const update = await owner.raw.PATCH("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: workflow.id } },
      body: { name: "changed", definition: bad },
    });
    expect(update.response.status).toBe(422);
    const version = await owner.raw.POST("/v1/workflows/{workflow_id}/versions", {
      params: { path: { workflow_id: workflow.id } },
      body: { name: "v", definition: bad },
    });
    expect(version.response.status).toBe(422);
    const { data: after } = await owner.client.GET("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: workflow.id } },
    });
    expect(after.name).toBe("keep me");
    expect(after.definition).toEqual(workflow.definition);
    const { data: versions } = await owner.client.GET("/v1/workflows/{workflow_id}/versions", {
      params: { path: { workflow_id: workflow.id } },
    });
    expect(versions).toEqual([]);
  });
});

describe("workflows", () => {
  it("keeps the definition as sent, extra SDK keys included", async () => {
    const { definition } = threeNodeFlow();
    const { data } = await owner.client.POST("/v1/workflows", {
      body: { name: "as sent", definition },
    });
    expect(data.definition.nodes[0]).toMatchObject({
      config_definition: {},
      connector_config: { inputs: [], outputs: [] },
      display: { position: { x: 0, y: 0 } },
    });
    expect(data).toMatchObject({ type: "flow", group_id: owner.id, error_handler: null });
  });

  it("accepts force as true/false/True/False and refuses anything else", async () => {
    const { definition } = threeNodeFlow();
    const { data: workflow } = await owner.client.POST("/v1/workflows", {
      body: { name: "forced", definition },
    });
    const patch = (force: string) =>
      fetch(`${harness.server.url}/v1/workflows/${workflow.id}?force=${force}`, {
        method: "PATCH",
        headers: { "x-api-key": owner.key, "content-type": "application/json" },
        body: JSON.stringify({ name: `forced ${force}`, type: "flow", definition }),
      });
    for (const force of ["true", "false", "True", "False"]) {
      const response = await patch(force);
      expect(response.status).toBe(200);
      expect((await response.json()).name).toBe(`forced ${force}`);
    }
    const bad = await patch("yes");
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail[0].loc).toEqual(["query", "force"]);
    const { data: after } = await owner.client.GET("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: workflow.id } },
    });
    expect(after.name).toBe("forced False");
  });

  it("filters the list by type and paginates", async () => {
    const workspace = await harness.workspace();
    const { definition } = threeNodeFlow();
    for (const name of ["a", "b", "c"]) {
      await workspace.client.POST("/v1/workflows", { body: { name, type: "flow", definition } });
    }
    await workspace.client.POST("/v1/workflows", {
      body: { name: "agent", type: "agent_flow", definition },
    });
    const { data: agents } = await workspace.client.GET("/v1/workflows", {
      params: { query: { type: "agent_flow" } },
    });
    expect(agents.items.map((workflow) => workflow.name)).toEqual(["agent"]);
    const { data: page2 } = await workspace.client.GET("/v1/workflows", {
      params: { query: { type: "flow", page: 2, size: 2 } },
    });
    expect(page2).toMatchObject({ total: 3, page: 2, size: 2, pages: 2 });
    expect(page2.items.map((workflow) => workflow.name)).toEqual(["a"]);
  });

  it("deletes a workflow: then 404 everywhere, JSON answer", async () => {
    const { data: workflow } = await owner.client.POST("/v1/workflows", {
      body: { name: "doomed", definition: threeNodeFlow().definition },
    });
    const { data } = await owner.client.DELETE("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: workflow.id } },
    });
    expect(data).toEqual({ success: true, id: workflow.id });
    const path = { params: { path: { workflow_id: workflow.id } } };
    expect((await owner.raw.GET("/v1/workflows/{workflow_id}", path)).response.status).toBe(404);
    expect((await owner.raw.DELETE("/v1/workflows/{workflow_id}", path)).response.status).toBe(404);
    expect(await workflowIds(owner)).not.toContain(workflow.id);
  });

  it("404s a version of another workflow", async () => {
    const { definition } = threeNodeFlow();
    const { data: one } = await owner.client.POST("/v1/workflows", {
      body: { name: "1", definition },
    });
    const { data: two } = await owner.client.POST("/v1/workflows", {
      body: { name: "2", definition },
    });
    const { data: version } = await owner.client.POST("/v1/workflows/{workflow_id}/versions", {
      params: { path: { workflow_id: one.id } },
      body: { name: "v", definition },
    });
    const { response } = await owner.raw.PATCH(
      "/v1/workflows/{workflow_id}/versions/{version_id}",
      {
        params: { path: { workflow_id: two.id, version_id: version.id } },
        body: { name: "v2", definition },
      },
    );
    expect(response.status).toBe(404);
  });
});

describe("workspace isolation", () => {
  it("a key of workspace B sees none of A's workflows, versions, runs or events", async () => {
    const a = await harness.workspace();
    const b = await harness.workspace();
    const { definition } = threeNodeFlow();
    const { data: workflow } = await a.client.POST("/v1/workflows", {
      body: { name: "secret", definition },
    });
    const { data: version } = await a.client.POST("/v1/workflows/{workflow_id}/versions", {
      params: { path: { workflow_id: workflow.id } },
      body: { name: "v", definition },
    });
    const { data: run } = await a.client.POST("/v1/workflows/{workflow_id}/runs", {
      params: { path: { workflow_id: workflow.id } },
      body: { input: { Topic: "secret" } },
    });
    const wf = { params: { path: { workflow_id: workflow.id } } };
    const statuses = [
      (await b.raw.GET("/v1/workflows/{workflow_id}", wf)).response.status,
      (await b.raw.PATCH("/v1/workflows/{workflow_id}", { ...wf, body: { name: "x", definition } }))
        .response.status,
      (await b.raw.GET("/v1/workflows/{workflow_id}/versions", wf)).response.status,
      (
        await b.raw.POST("/v1/workflows/{workflow_id}/versions", {
          ...wf,
          body: { name: "x", definition },
        })
      ).response.status,
      (
        await b.raw.PATCH("/v1/workflows/{workflow_id}/versions/{version_id}", {
          params: { path: { workflow_id: workflow.id, version_id: version.id } },
          body: { name: "x", definition },
        })
      ).response.status,
      (await b.raw.POST("/v1/workflows/{workflow_id}/runs", { ...wf, body: { input: {} } }))
        .response.status,
      (await b.raw.POST("/v1/workflows/{workflow_id}/runs/sync", { ...wf, body: { input: {} } }))
        .response.status,
      (await b.raw.GET("/v1/workflows/{workflow_id}/runs", wf)).response.status,
      (
        await b.raw.GET("/v1/workflows/{workflow_id}/runs/{run_id}", {
          params: { path: { workflow_id: workflow.id, run_id: run.id } },
        })
      ).response.status,
      (await b.raw.GET("/v1/runs/{run_id}", { params: { path: { run_id: run.id } } })).response
        .status,
      (
        await fetch(`${harness.server.url}/v1/runs/${run.id}/events`, {
          headers: { "x-api-key": b.key },
        })
      ).status,
      (await b.raw.DELETE("/v1/workflows/{workflow_id}", wf)).response.status,
    ];
    expect(statuses).toEqual(Array(statuses.length).fill(404));
    const { data: runs } = await b.client.GET("/v1/runs");
    expect(runs.total).toBe(0);
    const { data: found } = await b.client.POST("/v1/runs/search", { body: { query: "secret" } });
    expect(found.total).toBe(0);
    expect(await workflowIds(b)).toEqual([]);
    // A still has everything.
    expect((await a.client.GET("/v1/workflows/{workflow_id}", wf)).data.name).toBe("secret");
  });
});
