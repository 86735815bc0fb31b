import { NoxusNotFoundError } from "@noxus/client";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  type Agent,
  type AgentDefinitionInput,
  type AssistantTrigger,
  NoxusInputError,
  type Workspace,
} from "../src/index.js";
import { startTestBed, type TestBed } from "./helpers/server.js";

const DEFINITION: AgentDefinitionInput = {
  model: "gpt-4o",
  temperature: 0.2,
  tools: [{ type: "web_research" }],
  persona: "A patient support agent.",
};
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

let bed: TestBed;
let ws: Workspace;
beforeAll(async () => {
  bed = await startTestBed();
  ws = await bed.workspace("agents");
});
afterAll(() => bed.close());

const modelsOf = (settings: { model?: string[]; model_selection?: string[] }) =>
  settings.model_selection ?? settings.model;

describe("ws.agents CRUD", () => {
  it("creates, gets, updates and deletes an agent", async () => {
    const agent = await ws.agents.create({ name: "support", definition: DEFINITION });
    expect(agent.name).toBe("support");
    expect(modelsOf(agent.definition)).toEqual(["gpt-4o"]);
    expect(agent.definition.tools.map((tool) => tool.type)).toContain("web_research");
    expect(agent.definition.persona).toBe("A patient support agent.");

    const fetched = await ws.agents.get(agent.id);
    expect(fetched.id).toBe(agent.id);

    const renamed = await ws.agents.update(agent.id, { name: "support v2" });
    expect(renamed.name).toBe("support v2");
    expect(modelsOf(renamed.definition)).toEqual(["gpt-4o"]);

    // A definition read back from the API (model_selection and all) can be sent again.
    const redefined = await ws.agents.update(agent.id, {
      definition: { ...fetched.definition, model: undefined, temperature: 0.8 },
    });
    expect(redefined.definition.temperature).toBe(0.8);

    await ws.agents.delete(agent.id);
    await expect(ws.agents.get(agent.id)).rejects.toBeInstanceOf(NoxusNotFoundError);
  });

  it("a preview update writes the draft and keeps the live definition", async () => {
    const agent = await ws.agents.create({ name: "previewed", definition: DEFINITION });
    const previewed = await ws.agents.update(
      agent.id,
      { definition: { model: ["claude-4-sonnet"], temperature: 1 } },
      { preview: true },
    );
    expect(modelsOf(previewed.definition)).toEqual(["gpt-4o"]);
    expect(previewed.definition.temperature).toBe(0.2);
    expect(previewed.draft_definition && modelsOf(previewed.draft_definition)).toEqual([
      "claude-4-sonnet",
    ]);
    const live = await ws.agents.update(agent.id, {
      definition: { model: ["claude-4-sonnet"], temperature: 1 },
    });
    expect(modelsOf(live.definition)).toEqual(["claude-4-sonnet"]);
  });

  it("lists every agent across pages (the Python SDK stops at 10)", async () => {
    const own = await bed.workspace("agents-pages");
    const created: string[] = [];
    for (let i = 0; i < 12; i++) {
      created.push((await own.agents.create({ name: `agent ${i}`, definition: DEFINITION })).id);
    }
    const pages = [];
    for await (const page of own.agents.list({ pageSize: 5 }).pages()) pages.push(page);
    expect(pages.map((page) => page.items.length)).toEqual([5, 5, 2]);
    expect(pages[0]?.total).toBe(12);
    const ids = pages.flatMap((page) => page.items.map((agent) => agent.id));
    expect(new Set(ids).size).toBe(12);
    expect(ids.sort()).toEqual([...created].sort());
    expect(await own.agents.list({ pageSize: 5 }).toArray({ limit: 7 })).toHaveLength(7);
  });

  it("checks the page size the same way on every list, never clamping it", () => {
    for (const pageSize of [0, 101, 2.5]) {
      for (const list of [
        () => ws.agents.list({ pageSize }),
        () => ws.workflows.list({ pageSize }),
        () => ws.conversations.list({ pageSize }),
        () => ws.knowledgeBases.list({ pageSize }),
        () => ws.runs.listAll({ pageSize }),
      ]) {
        expect(list).toThrow(expect.objectContaining({ code: "invalid_page_size" }));
      }
    }
  });

  it("answers an unknown agent with NoxusNotFoundError", async () => {
    await expect(ws.agents.get(UNKNOWN_ID)).rejects.toBeInstanceOf(NoxusNotFoundError);
    await expect(ws.agents.update(UNKNOWN_ID, { name: "x" })).rejects.toBeInstanceOf(
      NoxusNotFoundError,
    );
    await expect(ws.agents.delete(UNKNOWN_ID)).rejects.toBeInstanceOf(NoxusNotFoundError);
    await expect(ws.agents.listTriggers(UNKNOWN_ID)).rejects.toBeInstanceOf(NoxusNotFoundError);
    await expect(
      ws.agents.addTrigger(UNKNOWN_ID, "slack", { teamId: "T1" }),
    ).rejects.toBeInstanceOf(NoxusNotFoundError);
  });

  it("refuses bad input before sending", async () => {
    await expect(ws.agents.create({ name: "x" } as never)).rejects.toThrow(/needs a definition/);
    await expect(ws.agents.create({ name: " ", definition: DEFINITION })).rejects.toBeInstanceOf(
      NoxusInputError,
    );
    await expect(
      ws.agents.create({
        name: "x",
        definition: { model: "gpt-4o", model_selection: ["other"], temperature: 0 },
      }),
    ).rejects.toThrow(/disagree/);
    await expect(
      ws.agents.create({ name: "x", definition: { ...DEFINITION, tools: [{} as never] } }),
    ).rejects.toThrow(/tools\[0\]/);
    await expect(ws.agents.get("")).rejects.toThrow(/agent id/);
    await expect(ws.agents.update(UNKNOWN_ID, {})).rejects.toMatchObject({
      code: "nothing_to_update",
    });
    expect(await ws.agents.list().toArray()).not.toContainEqual(
      expect.objectContaining({ name: "x" }),
    );
  });
});

describe("triggers", () => {
  it("adds, lists and deletes Slack and Teams triggers", async () => {
    const agent = await ws.agents.create({ name: "on call", definition: DEFINITION });
    expect(await ws.agents.listTriggers(agent.id)).toEqual([]);
    const slack = await ws.agents.addTrigger(agent.id, "slack", {
      teamId: "T123",
      channel: "C-support",
      keyword: "help",
    });
    const teams = await ws.agents.addTrigger(agent.id, "teams", { teamId: "tenant-1" });
    expect(slack.assistant_id).toBe(agent.id);
    expect(slack.definition.type).toBe("slack");
    expect(slack.definition).toMatchObject({
      team_id: "T123",
      channel: "C-support",
      keyword: "help",
    });
    expect(teams.definition.type).toBe("teams");

    const listed = await ws.agents.listTriggers(agent.id);
    expect(listed.map((t) => [t.id, t.definition.type]).sort()).toEqual(
      [
        [slack.id, "slack"],
        [teams.id, "teams"],
      ].sort(),
    );

    await ws.agents.deleteTrigger(slack.id);
    expect((await ws.agents.listTriggers(agent.id)).map((t) => t.id)).toEqual([teams.id]);
    await expect(ws.agents.deleteTrigger(slack.id)).rejects.toBeInstanceOf(NoxusNotFoundError);
  });

  it("refuses an unknown trigger type or a missing team id", async () => {
    const agent = await ws.agents.create({ name: "triggers bad input", definition: DEFINITION });
    await expect(
      ws.agents.addTrigger(agent.id, "discord" as never, { teamId: "T1" }),
    ).rejects.toMatchObject({ code: "invalid_trigger_type" });
    await expect(ws.agents.addTrigger(agent.id, "slack", { teamId: "" })).rejects.toThrow(/teamId/);
    await expect(ws.agents.deleteTrigger("")).rejects.toBeInstanceOf(NoxusInputError);
    expect(await ws.agents.listTriggers(agent.id)).toEqual([]);
  });
});

describe("types", () => {
  it("are precise (no any)", () => {
    const a = ws.agents;
    expectTypeOf(a.create).returns.resolves.toEqualTypeOf<Agent>();
    expectTypeOf(a.list().toArray).returns.resolves.toEqualTypeOf<Agent[]>();
    expectTypeOf(a.listTriggers).returns.resolves.toEqualTypeOf<AssistantTrigger[]>();
    expectTypeOf<Agent["definition"]["temperature"]>().toEqualTypeOf<number>();
    expectTypeOf(a.addTrigger).parameter(1).toEqualTypeOf<"slack" | "teams">();
  });
});
