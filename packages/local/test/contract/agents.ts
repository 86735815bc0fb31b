import { expect, it } from "vitest";
import type { TestServer } from "../helpers/local.js";

/** Agents and their triggers (reference §2.8). */
export function agentsContract(harness: () => TestServer) {
  it("creates, lists, updates and deletes an agent and its triggers", async () => {
    const { client, id: workspaceId } = await harness().workspace();
    const { data: agent } = await client.POST("/v1/agents", {
      body: {
        name: "contract agent",
        definition: { model: ["noxus-local-echo"], temperature: 0.3, tools: [], persona: "terse" },
      },
    });
    expect(agent).toMatchObject({
      group_id: workspaceId,
      draft_definition: null,
      deleted_at: null,
    });
    const path = { agent_id: agent.id };

    const { data: page } = await client.GET("/v1/agents", {
      params: { query: { page: 1, size: 10 } },
    });
    expect(page.items.map((item) => item.id)).toEqual([agent.id]);

    const { data: fetched } = await client.GET("/v1/agents/{agent_id}", { params: { path } });
    expect(fetched.definition.persona).toBe("terse");

    const { data: updated } = await client.PATCH("/v1/agents/{agent_id}", {
      params: { path, query: { preview: false } },
      body: { name: "renamed", definition: null },
    });
    expect(updated.name).toBe("renamed");

    const { data: trigger } = await client.POST("/v1/agents/{agent_id}/triggers/{trigger_type}", {
      params: { path: { ...path, trigger_type: "slack" } },
      body: { team_id: "T1", channel: "C1" },
    });
    expect(trigger).toMatchObject({ assistant_id: agent.id, routing_key: "slack:T1:C1" });
    const { data: triggers } = await client.GET("/v1/agents/{agent_id}/triggers", {
      params: { path },
    });
    expect(triggers.map((item) => item.id)).toEqual([trigger.id]);
    await client.DELETE("/v1/triggers/{trigger_id}", {
      params: { path: { trigger_id: trigger.id } },
    });

    const { data: conversation } = await client.POST("/v1/conversations", {
      params: { query: { assistant_id: agent.id } },
      body: { name: "with the agent", settings: null },
    });
    expect(conversation.assistant_id).toBe(agent.id);

    const { data: deleted } = await client.DELETE("/v1/agents/{agent_id}", { params: { path } });
    expect(deleted).toMatchObject({ success: true, id: agent.id });
  });
}
