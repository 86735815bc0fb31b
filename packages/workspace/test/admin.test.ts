import { inspect } from "node:util";
import { ApiKey } from "@noxus/auth";
import { NoxusConflictError, NoxusNotFoundError } from "@noxus/client";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  Admin,
  type MintedApiKey,
  NoxusInputError,
  type Workspace,
  type WorkspaceInfo,
} from "../src/index.js";
import { startTestBed, type TestBed } from "./helpers/server.js";

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

let bed: TestBed;
let adminWs: Workspace;
let admin: Admin;
beforeAll(async () => {
  bed = await startTestBed();
  adminWs = await bed.admin();
  if (!adminWs.admin) throw new Error("the server's admin key should be tenant-admin");
  admin = adminWs.admin;
});
afterAll(() => bed.close());

describe("ws.admin", () => {
  it("exists only for tenant-admin keys", async () => {
    expect(admin).toBeInstanceOf(Admin);
    const plain = await bed.workspace("not-admin");
    expect(plain.isTenantAdmin).toBe(false);
    expect(plain.admin).toBeUndefined();
  });

  it("lists, creates and deletes workspaces", async () => {
    const created = await admin.workspaces.create({ name: "Data team", description: "ETL jobs" });
    expect(created).toMatchObject({ name: "Data team", description: "ETL jobs" });
    const bare = await admin.workspaces.create({ name: "No description" });
    expect(bare.description ?? null).toBeNull();

    const listed = await admin.workspaces.list();
    expect(Array.isArray(listed)).toBe(true);
    expect(listed.map((w) => w.id)).toEqual(expect.arrayContaining([created.id, bare.id]));

    await admin.workspaces.delete(created.id);
    const after = await admin.workspaces.list();
    expect(after.map((w) => w.id)).not.toContain(created.id);
    expect(after.map((w) => w.id)).toContain(bare.id);
    await expect(admin.workspaces.delete(created.id)).rejects.toBeInstanceOf(NoxusNotFoundError);
    // The API keeps a key from deleting its own workspace.
    await expect(admin.workspaces.delete(adminWs.id as string)).rejects.toBeInstanceOf(
      NoxusConflictError,
    );
  });

  it("mints a key that opens the new workspace", async () => {
    const team = await admin.workspaces.create({ name: "Minted" });
    const minted = await admin.apiKeys.create(team.id, { name: "etl" });
    expect(minted).toMatchObject({ name: "etl", tenantAdmin: false, workspaceId: team.id });
    expect(minted.key).toBeInstanceOf(ApiKey);

    const teamWs = await admin.apiKeys.connect(minted);
    expect(teamWs.id).toBe(team.id);
    expect(teamWs.name).toBe("Minted");
    expect(teamWs.isTenantAdmin).toBe(false);
    expect(teamWs.admin).toBeUndefined();
    // The key works for real: what it creates lands in its workspace.
    const agent = await teamWs.agents.create({
      name: "team agent",
      definition: { model: "gpt-4o", temperature: 0 },
    });
    expect(agent.group_id ?? team.id).toBe(team.id);
  });

  it("mints a tenant-admin key when asked", async () => {
    const team = await admin.workspaces.create({ name: "Admins" });
    const minted = await admin.apiKeys.create(team.id, { name: "root", tenantAdmin: true });
    expect(minted.tenantAdmin).toBe(true);
    const teamWs = await admin.apiKeys.connect(minted);
    expect(teamWs.isTenantAdmin).toBe(true);
    expect(teamWs.admin).toBeInstanceOf(Admin);
  });

  it("never prints the minted key in full", async () => {
    const team = await admin.workspaces.create({ name: "Secrets" });
    const minted = await admin.apiKeys.create(team.id, { name: "secret" });
    const secret = minted.key.reveal();
    expect(secret.length).toBeGreaterThan(20);
    for (const text of [
      JSON.stringify(minted),
      inspect(minted, { depth: 10, showHidden: true }),
      String(minted),
      `${minted.key}`,
      String(minted.key),
      JSON.stringify({ nested: [minted] }),
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(JSON.stringify(minted)).toContain(minted.key.masked);
  });

  it("refuses bad input and unknown workspaces", async () => {
    await expect(admin.workspaces.create({ name: "" })).rejects.toBeInstanceOf(NoxusInputError);
    await expect(admin.apiKeys.create("", { name: "k" })).rejects.toThrow(/workspace id/);
    await expect(admin.apiKeys.create(UNKNOWN_ID, { name: " " })).rejects.toThrow(/API key name/);
    await expect(
      admin.apiKeys.create(UNKNOWN_ID, { name: "k", tenantAdmin: "yes" as never }),
    ).rejects.toThrow(/tenantAdmin/);
    await expect(admin.apiKeys.create(UNKNOWN_ID, { name: "k" })).rejects.toBeInstanceOf(
      NoxusNotFoundError,
    );
    await expect(admin.workspaces.delete(UNKNOWN_ID)).rejects.toBeInstanceOf(NoxusNotFoundError);
  });
});

describe("types", () => {
  it("are precise (no any)", () => {
    expectTypeOf<Workspace["admin"]>().toEqualTypeOf<Admin | undefined>();
    expectTypeOf(admin.workspaces.list).returns.resolves.toEqualTypeOf<WorkspaceInfo[]>();
    expectTypeOf(admin.apiKeys.create).returns.resolves.toEqualTypeOf<MintedApiKey>();
    expectTypeOf<MintedApiKey["key"]>().toEqualTypeOf<ApiKey>();
    expectTypeOf(admin.apiKeys.connect).returns.resolves.toEqualTypeOf<Workspace>();
  });
});
