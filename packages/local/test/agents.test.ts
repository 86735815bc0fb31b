import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_MODEL } from "../src/index.js";
import { countRows, detailText } from "./helpers/db.js";
import { startTestServer, type TestServer, type TestWorkspace } from "./helpers/local.js";

// Agents and their triggers over real HTTP against a real server and SQLite file (§2.8).

const DEFINITION = { model: [LOCAL_MODEL], temperature: 0.3, tools: [] };

async function newAgent(workspace: TestWorkspace, name = "agent", definition: object = DEFINITION) {
  const { data } = await workspace.client.POST("/v1/agents", {
    body: { name, definition: definition as typeof DEFINITION },
  });
  return data;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe("agents", () => {
  it("are created with the fields the backend sends, and both model names", async () => {
    const workspace = await server.workspace();
    const agent = await newAgent(workspace, "helper", {
      model: ["gpt-4o"],
      temperature: 0.5,
      tools: [
        { type: "code_execution", timeout: 60 },
        { type: "my_custom_tool", extra: 1 },
      ],
      persona: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "Kind" }] }],
      },
      tone: [{ text: "calm" }],
    });
    expect(agent).toMatchObject({
      name: "helper",
      group_id: workspace.id,
      description: null,
      visible: true,
      image_url: null,
      allow_public_access: false,
      deleted_at: null,
      draft_definition: null,
    });
    expect(agent.last_updated_at).toEqual(expect.any(String));
    expect(agent.definition).toEqual({
      model: ["gpt-4o"],
      model_selection: ["gpt-4o"],
      temperature: 0.5,
      max_tokens: 64000,
      tools: [
        { type: "code_execution", timeout: 60, enabled: true },
        { type: "my_custom_tool", extra: 1, enabled: true },
      ],
      persona: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "Kind" }] }],
      },
      tone: [{ text: "calm" }],
      extra_instructions: null,
      agent_flow_id: null,
    });
    const { data: fetched } = await workspace.client.GET("/v1/agents/{agent_id}", {
      params: { path: { agent_id: agent.id } },
    });
    expect(fetched).toEqual(agent);
  });

  it("are listed in pages, newest first", async () => {
    const workspace = await server.workspace();
    const first = await newAgent(workspace, "first");
    const second = await newAgent(workspace, "second");
    const third = await newAgent(workspace, "third");
    const { data: all } = await workspace.client.GET("/v1/agents", {
      params: { query: { page: 1, size: 10 } },
    });
    expect(all.items.map((agent) => agent.id)).toEqual([third.id, second.id, first.id]);
    const { data: page } = await workspace.client.GET("/v1/agents", {
      params: { query: { page: 2, size: 2 } },
    });
    expect(page).toMatchObject({ total: 3, page: 2, size: 2, pages: 2 });
    expect(page.items.map((agent) => agent.id)).toEqual([first.id]);
  });

  it("update the live definition, or with preview=true only the draft", async () => {
    const workspace = await server.workspace();
    const agent = await newAgent(workspace);
    const path = { agent_id: agent.id };
    const draft = { model_selection: ["gpt-4.1"], temperature: 0.9, tools: [] };

    const { data: previewed } = await workspace.client.PATCH("/v1/agents/{agent_id}", {
      params: { path, query: { preview: true } },
      body: { name: null, definition: draft },
    });
    expect(previewed.definition).toEqual(agent.definition);
    expect(previewed.draft_definition).toMatchObject({ model: ["gpt-4.1"], temperature: 0.9 });
    expect(previewed.name).toBe(agent.name);

    const { data: published } = await workspace.client.PATCH("/v1/agents/{agent_id}", {
      params: { path, query: { preview: false } },
      body: { name: "renamed", definition: { ...DEFINITION, temperature: 0 } },
    });
    expect(published).toMatchObject({ name: "renamed", definition: { temperature: 0 } });
    expect(published.draft_definition).toEqual(previewed.draft_definition);

    // preview defaults to false.
    const { data: again } = await workspace.client.PATCH("/v1/agents/{agent_id}", {
      params: { path },
      body: { definition: { ...DEFINITION, temperature: 0.4 } },
    });
    expect(again.definition.temperature).toBe(0.4);
  });

  it("are gone once deleted: 404 on get, update, delete and triggers", async () => {
    const workspace = await server.workspace();
    const agent = await newAgent(workspace);
    const path = { agent_id: agent.id };
    const { data: deleted } = await workspace.client.DELETE("/v1/agents/{agent_id}", {
      params: { path },
    });
    expect(deleted).toEqual({ success: true, id: agent.id });
    const answers = [
      await workspace.raw.GET("/v1/agents/{agent_id}", { params: { path } }),
      await workspace.raw.PATCH("/v1/agents/{agent_id}", {
        params: { path },
        body: { name: "x", definition: null },
      }),
      await workspace.raw.DELETE("/v1/agents/{agent_id}", { params: { path } }),
      await workspace.raw.GET("/v1/agents/{agent_id}/triggers", { params: { path } }),
      await workspace.raw.POST("/v1/agents/{agent_id}/triggers/{trigger_type}", {
        params: { path: { ...path, trigger_type: "slack" } },
        body: { team_id: "T1" },
      }),
      await workspace.raw.POST("/v1/conversations", {
        params: { query: { assistant_id: agent.id } },
        body: { name: "x", settings: null },
      }),
    ];
    for (const answer of answers) {
      expect(answer.response.status).toBe(404);
      expect(answer.error).toEqual({ detail: "Agent not found" });
    }
    const { data: listed } = await workspace.client.GET("/v1/agents");
    expect(listed.total).toBe(0);
  });

  it("deleted keep the conversations started with them", async () => {
    const workspace = await server.workspace();
    const agent = await newAgent(workspace);
    const { data: conversation } = await workspace.client.POST("/v1/conversations", {
      params: { query: { assistant_id: agent.id } },
      body: { name: "x", settings: null },
    });
    await workspace.client.DELETE("/v1/agents/{agent_id}", {
      params: { path: { agent_id: agent.id } },
    });
    const { data: after } = await workspace.client.POST("/v1/conversations/{conversation_id}", {
      params: { path: { conversation_id: conversation.id } },
      body: { content: "still there?" },
    });
    expect(after.assistant_id).toBe(agent.id);
    expect(after.messages?.at(-1)?.message_parts[0]?.content).toBe("still there?");
  });
});

describe("triggers", () => {
  it("are created for slack and teams, listed as a plain array and deleted", async () => {
    const workspace = await server.workspace();
    const agent = await newAgent(workspace);
    const path = { agent_id: agent.id };
    const { data: slack } = await workspace.client.POST(
      "/v1/agents/{agent_id}/triggers/{trigger_type}",
      {
        params: { path: { ...path, trigger_type: "slack" } },
        body: { team_id: "T123", channel: "C42", keyword: "help" },
      },
    );
    expect(slack).toEqual({
      id: expect.any(String),
      group_id: workspace.id,
      assistant_id: agent.id,
      routing_key: "slack:T123:C42",
      definition: { type: "slack", team_id: "T123", channel: "C42", keyword: "help" },
    });
    const { data: teams } = await workspace.client.POST(
      "/v1/agents/{agent_id}/triggers/{trigger_type}",
      { params: { path: { ...path, trigger_type: "teams" } }, body: { team_id: "tenant-1" } },
    );
    expect(teams).toMatchObject({
      routing_key: "teams:tenant-1",
      definition: { type: "teams", team_id: "tenant-1", channel: null, keyword: null },
    });

    const { data: listed } = await workspace.client.GET("/v1/agents/{agent_id}/triggers", {
      params: { path },
    });
    expect(listed).toEqual([slack, teams]);

    const { data: deleted } = await workspace.client.DELETE("/v1/triggers/{trigger_id}", {
      params: { path: { trigger_id: slack.id } },
    });
    expect(deleted).toEqual({ success: true, id: slack.id });
    const { data: remaining } = await workspace.client.GET("/v1/agents/{agent_id}/triggers", {
      params: { path },
    });
    expect(remaining).toEqual([teams]);
    const again = await workspace.raw.DELETE("/v1/triggers/{trigger_id}", {
      params: { path: { trigger_id: slack.id } },
    });
    expect(again.response.status).toBe(404);
    expect(again.error).toEqual({ detail: "Trigger not found" });
  });

  it("are removed with their agent", async () => {
    const workspace = await server.workspace();
    const agent = await newAgent(workspace);
    const { data: trigger } = await workspace.client.POST(
      "/v1/agents/{agent_id}/triggers/{trigger_type}",
      { params: { path: { agent_id: agent.id, trigger_type: "slack" } }, body: { team_id: "T1" } },
    );
    const before = rowCounts(server);
    await workspace.client.DELETE("/v1/agents/{agent_id}", {
      params: { path: { agent_id: agent.id } },
    });
    expect(rowCounts(server).triggers).toBe(before.triggers - 1);
    const gone = await workspace.raw.DELETE("/v1/triggers/{trigger_id}", {
      params: { path: { trigger_id: trigger.id } },
    });
    expect(gone.response.status).toBe(404);
  });
});

describe("workspace isolation", () => {
  it("hides an agent and its triggers from another workspace's key", async () => {
    const a = await server.workspace();
    const b = await server.workspace();
    const agent = await newAgent(a, "a's agent");
    const path = { agent_id: agent.id };
    const { data: trigger } = await a.client.POST("/v1/agents/{agent_id}/triggers/{trigger_type}", {
      params: { path: { ...path, trigger_type: "teams" } },
      body: { team_id: "T1" },
    });
    const answers = [
      await b.raw.GET("/v1/agents/{agent_id}", { params: { path } }),
      await b.raw.PATCH("/v1/agents/{agent_id}", {
        params: { path, query: { preview: true } },
        body: { name: "mine", definition: DEFINITION },
      }),
      await b.raw.GET("/v1/agents/{agent_id}/triggers", { params: { path } }),
      await b.raw.POST("/v1/agents/{agent_id}/triggers/{trigger_type}", {
        params: { path: { ...path, trigger_type: "slack" } },
        body: { team_id: "T2" },
      }),
      await b.raw.DELETE("/v1/triggers/{trigger_id}", {
        params: { path: { trigger_id: trigger.id } },
      }),
      await b.raw.DELETE("/v1/agents/{agent_id}", { params: { path } }),
    ];
    for (const answer of answers) expect(answer.response.status).toBe(404);
    const { data: listed } = await b.client.GET("/v1/agents");
    expect(listed.total).toBe(0);

    const { data: still } = await a.client.GET("/v1/agents/{agent_id}", { params: { path } });
    expect(still).toEqual(agent);
    const { data: triggers } = await a.client.GET("/v1/agents/{agent_id}/triggers", {
      params: { path },
    });
    expect(triggers).toEqual([trigger]);
  });
});

describe("bad input", () => {
  let workspace: TestWorkspace;
  let agentId: string;
  beforeAll(async () => {
    workspace = await server.workspace();
    agentId = (await newAgent(workspace)).id;
  });

  const cases: {
    name: string;
    method: string;
    path: () => string;
    body: unknown;
    status: number;
    detail: RegExp;
  }[] = [
    {
      name: "an agent without a definition",
      method: "POST",
      path: () => "/v1/agents",
      body: { name: "x" },
      status: 422,
      detail: /body\.definition: Field required/,
    },
    {
      name: "a definition without tools",
      method: "POST",
      path: () => "/v1/agents",
      body: { name: "x", definition: { model: ["m"], temperature: 0 } },
      status: 422,
      detail: /body\.definition\.tools: Field required/,
    },
    {
      name: "a definition without a model",
      method: "POST",
      path: () => "/v1/agents",
      body: { name: "x", definition: { temperature: 0, tools: [] } },
      status: 422,
      detail: /body\.definition\.model: Name at least one model/,
    },
    {
      name: "a tool without a type",
      method: "POST",
      path: () => "/v1/agents",
      body: { name: "x", definition: { ...DEFINITION, tools: [{ enabled: true }] } },
      status: 422,
      detail: /tools\.0\.type: Field required/,
    },
    {
      name: "a draft whose model lists disagree",
      method: "PATCH",
      path: () => `/v1/agents/${agentId}?preview=true`,
      body: { definition: { ...DEFINITION, model_selection: ["x"] } },
      status: 422,
      detail: /disagree/,
    },
    {
      name: "a non-boolean preview",
      method: "PATCH",
      path: () => `/v1/agents/${agentId}?preview=maybe`,
      body: { name: "x" },
      status: 422,
      detail: /query\.preview/,
    },
    {
      name: "an unknown trigger type",
      method: "POST",
      path: () => `/v1/agents/${agentId}/triggers/discord`,
      body: { team_id: "T1" },
      status: 422,
      detail: /path\.trigger_type: Input should be "slack" or "teams"/,
    },
    {
      name: "a trigger without team_id",
      method: "POST",
      path: () => `/v1/agents/${agentId}/triggers/slack`,
      body: { channel: "C1" },
      status: 422,
      detail: /body\.team_id: Field required/,
    },
    {
      name: "a trigger with a blank team_id",
      method: "POST",
      path: () => `/v1/agents/${agentId}/triggers/teams`,
      body: { team_id: "  " },
      status: 422,
      detail: /team_id must name the teams team/,
    },
    {
      name: "a trigger for an unknown agent",
      method: "POST",
      path: () => "/v1/agents/no-such-agent/triggers/slack",
      body: { team_id: "T1" },
      status: 404,
      detail: /Agent not found/,
    },
    {
      name: "malformed JSON",
      method: "POST",
      path: () => "/v1/agents",
      body: '{"name": ',
      status: 422,
      detail: /JSON decode error/,
    },
  ];

  for (const testCase of cases) {
    it(`${testCase.name}: ${testCase.status} with a useful detail, nothing written`, async () => {
      const before = {
        rows: rowCounts(server),
        agent: await workspace.client.GET("/v1/agents/{agent_id}", {
          params: { path: { agent_id: agentId } },
        }),
      };
      const response = await fetch(`${server.server.url}${testCase.path()}`, {
        method: testCase.method,
        headers: { "x-api-key": workspace.key, "content-type": "application/json" },
        body: typeof testCase.body === "string" ? testCase.body : JSON.stringify(testCase.body),
      });
      expect(response.status).toBe(testCase.status);
      expect(detailText(await response.json())).toMatch(testCase.detail);
      expect(rowCounts(server)).toEqual(before.rows);
      const agent = await workspace.client.GET("/v1/agents/{agent_id}", {
        params: { path: { agent_id: agentId } },
      });
      expect(agent.data).toEqual(before.agent.data);
    });
  }
});

describe("deleting a workspace", () => {
  it("removes its agents, triggers and conversations", async () => {
    const workspace = await server.workspace();
    const agent = await newAgent(workspace);
    await workspace.client.POST("/v1/agents/{agent_id}/triggers/{trigger_type}", {
      params: { path: { agent_id: agent.id, trigger_type: "slack" } },
      body: { team_id: "T1" },
    });
    const { data: conversation } = await workspace.client.POST("/v1/conversations", {
      params: { query: { assistant_id: agent.id } },
      body: { name: "x", settings: null },
    });
    await workspace.client.POST("/v1/conversations/{conversation_id}", {
      params: { path: { conversation_id: conversation.id } },
      body: { content: "hello" },
    });
    await server.admin.DELETE("/v1/admin/groups/{group_id}", {
      params: { path: { group_id: workspace.id } },
    });
    const db = new Database(server.database, { readonly: true });
    try {
      for (const table of ["agents", "agent_triggers", "conversations", "conversation_messages"]) {
        const { n } = db
          .prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE workspace_id = ?`)
          .get(workspace.id) as { n: number };
        expect(n, table).toBe(0);
      }
    } finally {
      db.close();
    }
  });
});

function rowCounts(server: TestServer) {
  return countRows(server.database, {
    agents: "agents",
    live: "SELECT COUNT(*) AS n FROM agents WHERE deleted_at IS NULL",
    triggers: "agent_triggers",
  });
}
