import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliBed, runNoxus, startCliBed } from "./helpers/cli.js";

interface AgentJson {
  id: string;
  name: string;
  definition: { model_selection?: string[]; temperature: number; persona?: string | null };
}

let bed: CliBed;
let env: Record<string, string>;
beforeAll(async () => {
  bed = await startCliBed();
  env = (await bed.workspace("cli-agents")).env;
});
afterAll(() => bed.close());

describe("noxus agents", () => {
  it("creates, lists, gets and deletes an agent, by name and by id (--json round trip)", async () => {
    const created = await runNoxus(
      [
        "agents",
        "create",
        "Support",
        "--model",
        "gpt-4o",
        "--temperature",
        "0.3",
        "--persona",
        "Kind",
        "--json",
      ],
      { env },
    );
    expect(created.code).toBe(0);
    const agent = created.json<AgentJson>();
    expect(agent).toMatchObject({
      name: "Support",
      definition: { model_selection: ["gpt-4o"], temperature: 0.3, persona: "Kind" },
    });

    const listed = await runNoxus(["agents", "list", "--json"], { env });
    expect(listed.json<AgentJson[]>().map((item) => item.id)).toEqual([agent.id]);
    const human = await runNoxus(["agents", "list"], { env });
    expect(human.stdout).toMatch(new RegExp(`${agent.id}\\s+Support\\s+gpt-4o`));

    const got = await runNoxus(["agents", "get", "Support", "--json"], { env });
    expect(got.json<AgentJson>()).toMatchObject({ id: agent.id, name: "Support" });

    const deleted = await runNoxus(["agents", "delete", "Support", "--yes", "--json"], { env });
    expect(deleted.code).toBe(0);
    expect(deleted.json()).toEqual({ id: agent.id, name: "Support", deleted: true });
    expect((await runNoxus(["agents", "list", "--json"], { env })).json()).toEqual([]);

    const gone = await runNoxus(["agents", "get", agent.id], { env });
    expect(gone.code).toBe(4);
    expect(gone.stderr).toMatch(/^hint: .*noxus agents list/m);
  });

  it("creates an agent from a definition file; a missing model is a usage error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "noxus-agent-"));
    const file = join(dir, "definition.json");
    writeFileSync(file, JSON.stringify({ model: ["gpt-4o-mini"], temperature: 0.7, tools: [] }));
    const created = await runNoxus(["agents", "create", "Filed", "-f", file, "--json"], { env });
    expect(created.code).toBe(0);
    expect(created.json<AgentJson>().definition).toMatchObject({
      model_selection: ["gpt-4o-mini"],
      temperature: 0.7,
    });

    const noModel = await runNoxus(["agents", "create", "Nothing"], { env });
    expect(noModel.code).toBe(2);
    expect(noModel.stderr).toMatch(/^error: An agent needs a model/m);
    expect(noModel.stderr).toMatch(/^hint: Give --model/m);
  });

  it("chat with an unknown agent points at `noxus agents list`", async () => {
    const result = await runNoxus(["chat", "Suport"], { env, input: "" });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^hint: List them with `noxus agents list`/m);
  });
});

describe("destructive commands", () => {
  const cases: { what: string; create: string[]; delete: (ref: string) => string[] }[] = [
    {
      what: "agents",
      create: ["agents", "create", "Doomed", "--model", "m"],
      delete: (ref) => ["agents", "delete", ref],
    },
    { what: "kb", create: ["kb", "create", "Doomed"], delete: (ref) => ["kb", "delete", ref] },
  ];
  for (const testCase of cases) {
    it(`${testCase.what} delete refuses without a terminal and without --yes (exit 2), deletes with --yes`, async () => {
      const { id } = (await runNoxus([...testCase.create, "--json"], { env })).json<{
        id: string;
      }>();
      const refused = await runNoxus(testCase.delete(id), { env });
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe("");
      expect(refused.stderr).toMatch(/refused without confirmation/);
      expect(refused.stderr).toMatch(/^hint: Pass --yes/m);
      // Still there.
      expect((await runNoxus([testCase.what, "list", "--json"], { env })).stdout).toContain(id);

      const confirmed = await runNoxus([...testCase.delete(id), "--yes"], { env });
      expect(confirmed.code).toBe(0);
      expect((await runNoxus([testCase.what, "list", "--json"], { env })).stdout).not.toContain(id);
    });
  }
});
