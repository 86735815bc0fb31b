import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { hashApiKey } from "../src/domain/keys.js";
import { openSqliteStorage } from "../src/storage/sqlite/index.js";
import { MIGRATIONS } from "../src/storage/sqlite/migrations/index.js";

// The storage layer on real SQLite files: migrations, tenancy rules and cascades.
const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), "noxus-storage-"));
  dirs.push(dir);
  return join(dir, "noxus.db");
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("migrations", () => {
  it("brings a new file to the latest schema version, in WAL mode with foreign keys on", async () => {
    const file = tempDb();
    const storage = openSqliteStorage(file);
    await storage.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("refuses a file written by a newer version, saying what to do", () => {
    const file = tempDb();
    const db = new Database(file);
    db.pragma("user_version = 999");
    db.close();
    expect(() => openSqliteStorage(file)).toThrow(
      /newer @noxus\/local.*upgrade @noxus\/local or use another --db file/,
    );
  });
});

describe("tenancy", () => {
  it("creates one organization with an owner who has a personal workspace", async () => {
    const storage = openSqliteStorage(tempDb());
    const first = await storage.tenancy.ensureOrganization();
    const again = await storage.tenancy.ensureOrganization();
    expect(again).toEqual(first);
    expect(await storage.tenancy.isPersonalWorkspace(first.owner.personalWorkspaceId)).toBe(true);
    expect(await storage.tenancy.listRoles(first.owner.personalWorkspaceId)).toEqual([
      { memberId: first.owner.id, role: "owner" },
    ]);
    await storage.close();
  });

  it("gives members a role per workspace, and only the four known roles", async () => {
    const storage = openSqliteStorage(tempDb());
    const { organization, owner } = await storage.tenancy.ensureOrganization();
    const ada = await storage.tenancy.addMember(organization.id, {
      email: "ada@example.com",
      name: "Ada",
    });
    const team = await storage.tenancy.createWorkspace(organization.id, {
      name: "Team",
      ownerMemberId: owner.id,
    });
    await storage.tenancy.setRole(ada.id, team.id, "viewer");
    await storage.tenancy.setRole(ada.id, team.id, "admin");
    const roles = await storage.tenancy.listRoles(team.id);
    expect(roles).toContainEqual({ memberId: ada.id, role: "admin" });
    expect(roles).toContainEqual({ memberId: owner.id, role: "owner" });
    await expect(storage.tenancy.setRole(ada.id, team.id, "superuser" as never)).rejects.toThrow(
      /CHECK constraint/,
    );
    await expect(
      storage.tenancy.addMember(organization.id, { email: "ada@example.com", name: "Ada again" }),
    ).rejects.toThrow(/UNIQUE/);
    expect((await storage.tenancy.listWorkspaces(organization.id)).map((w) => w.name)).toEqual([
      "Owner (personal)",
      "Ada (personal)",
      "Team",
    ]);
    await storage.close();
  });

  it("deletes a workspace's keys and roles with it", async () => {
    const storage = openSqliteStorage(tempDb());
    const { organization, owner } = await storage.tenancy.ensureOrganization();
    const team = await storage.tenancy.createWorkspace(organization.id, {
      name: "Team",
      ownerMemberId: owner.id,
    });
    await storage.tenancy.createApiKey({
      workspaceId: team.id,
      name: "k",
      tenantAdmin: false,
      keyHash: hashApiKey("nxl_example"),
      keyPrefix: "nxl_exam…",
    });
    expect(await storage.tenancy.findApiKeyByHash(hashApiKey("nxl_example"))).toMatchObject({
      workspaceId: team.id,
    });
    expect(await storage.tenancy.deleteWorkspace(organization.id, team.id)).toBe(true);
    expect(await storage.tenancy.findApiKeyByHash(hashApiKey("nxl_example"))).toBeUndefined();
    expect(await storage.tenancy.listRoles(team.id)).toEqual([]);
    expect(await storage.tenancy.deleteWorkspace(organization.id, team.id)).toBe(false);
    await storage.close();
  });
});
