import { expect, it } from "vitest";
import type { TestServer } from "../helpers/local.js";
import { threeNodeFlow } from "../helpers/workflow-builder.js";

/** The node catalog, workflows and versions (reference §2.3, §4). */
export function workflowsContract(harness: () => TestServer) {
  it("lists the node catalog", async () => {
    const { data } = await harness().admin.GET("/v1/nodes");
    expect(data.map((node) => node.type)).toEqual(
      expect.arrayContaining(["InputNode", "OutputNode", "TextGenerationNode", "ComposeTextNode"]),
    );
  });

  it("creates, reads, lists, updates and deletes a workflow with versions", async () => {
    const { client } = await harness().workspace();
    const { definition } = threeNodeFlow();
    const { data: created } = await client.POST("/v1/workflows", {
      body: { name: "contract-flow", type: "flow", definition },
    });
    expect(created).toMatchObject({ name: "contract-flow", type: "flow", runs_count: 0 });

    const { data: fetched } = await client.GET("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: created.id } },
    });
    expect(fetched.definition.nodes).toHaveLength(3);

    const { data: page } = await client.GET("/v1/workflows", {
      params: { query: { type: "flow", page: 1, size: 10 } },
    });
    expect(page.items.map((workflow) => workflow.id)).toEqual([created.id]);

    const { data: updated } = await client.PATCH("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: created.id }, query: { force: "True" } },
      body: { name: "contract-flow v2", type: "flow", definition },
    });
    expect(updated.name).toBe("contract-flow v2");

    const { data: version } = await client.POST("/v1/workflows/{workflow_id}/versions", {
      params: { path: { workflow_id: created.id } },
      body: { name: "v1", description: "first", definition },
    });
    expect(version).toMatchObject({ name: "v1", description: "first" });
    const { data: renamed } = await client.PATCH(
      "/v1/workflows/{workflow_id}/versions/{version_id}",
      {
        params: { path: { workflow_id: created.id, version_id: version.id } },
        body: { name: "v1.1", definition },
      },
    );
    expect(renamed).toMatchObject({ id: version.id, name: "v1.1", description: null });
    const { data: versions } = await client.GET("/v1/workflows/{workflow_id}/versions", {
      params: { path: { workflow_id: created.id } },
    });
    expect(versions.map((item) => item.name)).toEqual(["v1.1"]);

    const { data: deleted } = await client.DELETE("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: created.id } },
    });
    expect(deleted).toEqual({ success: true, id: created.id });
  });
}
