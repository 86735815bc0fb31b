import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliBed, runNoxus, startCliBed } from "./helpers/cli.js";

interface WorkspaceInfo {
  id: string;
  name: string;
  description?: string | null;
}

let bed: CliBed;
beforeAll(async () => {
  bed = await startCliBed();
});
afterAll(() => bed.close());

describe("noxus admin", () => {
  it("creates, lists and deletes workspaces (--json)", async () => {
    const env = bed.adminEnv;
    const created = await runNoxus(
      ["admin", "workspaces", "create", "Data team", "--description", "ETL", "--json"],
      { env },
    );
    expect(created.code).toBe(0);
    const team = created.json<WorkspaceInfo>();
    expect(team).toMatchObject({ name: "Data team", description: "ETL" });

    const listed = await runNoxus(["admin", "workspaces", "list", "--json"], { env });
    expect(listed.code).toBe(0);
    expect(listed.json<WorkspaceInfo[]>()).toContainEqual(team);
    const human = await runNoxus(["admin", "workspaces", "list"], { env });
    expect(human.stdout).toMatch(new RegExp(`^${team.id}\\s+Data team\\s+ETL$`, "m"));

    const deleted = await runNoxus(["admin", "workspaces", "delete", team.id, "--json", "--yes"], {
      env,
    });
    expect(deleted.code).toBe(0);
    expect(deleted.json()).toEqual({ id: team.id, name: "Data team", deleted: true });
    const after = await runNoxus(["admin", "workspaces", "list", "--json"], { env });
    expect(after.json<WorkspaceInfo[]>().map((item) => item.id)).not.toContain(team.id);

    const gone = await runNoxus(["admin", "workspaces", "delete", team.id, "--yes"], { env });
    expect(gone.code).toBe(4);
  });

  it("mints a key that works, shown once and clearly labelled", async () => {
    const env = bed.adminEnv;
    const team = (
      await runNoxus(["admin", "workspaces", "create", "Keyed", "--json"], { env })
    ).json<WorkspaceInfo>();

    const minted = await runNoxus(["admin", "keys", "create", "Keyed", "--name", "etl", "--json"], {
      env,
    });
    expect(minted.code).toBe(0);
    const key = minted.json<{
      id: string;
      name: string;
      workspace_id: string;
      tenant_admin: boolean;
      key: string;
    }>();
    expect(key).toMatchObject({ name: "etl", workspace_id: team.id, tenant_admin: false });
    expect(key.key).toMatch(/^nxl_/);

    // The minted key works: whoami with it names the new workspace.
    const whoami = await runNoxus(["whoami", "--json"], {
      env: { NOXUS_API_KEY: key.key, NOXUS_BACKEND_URL: bed.server.url },
    });
    expect(whoami.code).toBe(0);
    expect(whoami.json()).toMatchObject({
      key_name: "etl",
      workspace_id: team.id,
      workspace_name: "Keyed",
      tenant_admin: false,
    });

    // Human output: the key once, on stdout, labelled; the warning on stderr.
    const human = await runNoxus(["admin", "keys", "create", team.id, "--tenant-admin"], { env });
    expect(human.code).toBe(0);
    const shown = human.stdout.match(/^API key \(shown once\): (nxl_\S+)$/m);
    expect(shown).not.toBeNull();
    expect(human.stdout.split(shown?.[1] ?? "").length).toBe(2);
    expect(human.stderr).not.toContain(shown?.[1]);
    expect(human.stderr).toMatch(/cannot be shown again/);
    expect(human.stdout).toMatch(/^tenant admin\s+yes$/m);
  });

  it("exits 3 for a key that is not tenant-admin, 4 for an unknown workspace", async () => {
    const ws = await bed.workspace("cli-admin-plain");
    for (const args of [
      ["admin", "workspaces", "list"],
      ["admin", "workspaces", "create", "Nope"],
      ["admin", "keys", "create", ws.id],
    ]) {
      const result = await runNoxus(args, { env: ws.env });
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/^error: This API key is not tenant-admin/m);
      expect(result.stderr).toMatch(/^hint: /m);
    }
    const unknown = await runNoxus(["admin", "keys", "create", "No such workspace"], {
      env: bed.adminEnv,
    });
    expect(unknown.code).toBe(4);
    expect(unknown.stdout).toBe("");
  });
});
