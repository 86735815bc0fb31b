import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer, type TestWorkspace } from "./helpers/local.js";

let harness: TestServer;
let member: TestWorkspace;
beforeAll(async () => {
  harness = await startTestServer({ maxJsonBytes: 64 * 1024 });
  member = await harness.workspace("tenancy-member");
});
afterAll(() => harness.close());

const send = (path: string, init: RequestInit = {}) => fetch(`${harness.server.url}${path}`, init);

describe("authentication", () => {
  it("answers 401 without a key, with a detail saying what to send", async () => {
    const response = await send("/v1/workflows");
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      detail: "Not authenticated: send your API key in the X-API-Key header.",
    });
  });

  it("answers 401 for an unknown key, before looking at the request", async () => {
    const response = await send("/v1/admin/groups", {
      method: "POST",
      headers: { "X-API-Key": "nxl_not-a-key", "content-type": "application/json" },
      body: "{ not json",
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ detail: "Invalid API key." });
  });

  it("reads the header case-insensitively (the docs spell it X-API-KEY)", async () => {
    const response = await send("/v1/admin/me", { headers: { "X-API-KEY": member.key } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      name: "test_key",
      tenant_admin: false,
      group_id: member.id,
      group_name: "tenancy-member",
    });
  });
});

describe("tenant-admin endpoints", () => {
  it.each([
    ["GET", "/v1/admin/groups", undefined],
    ["POST", "/v1/admin/groups", { name: "nope" }],
    ["DELETE", "/v1/admin/groups/00000000-0000-0000-0000-000000000000", undefined],
    ["POST", "/v1/admin/groups/00000000-0000-0000-0000-000000000000/api-keys", { name: "k" }],
  ])("%s %s answers 403 to a workspace key", async (method, path, body) => {
    const response = await send(path, {
      method,
      headers: { "X-API-Key": member.key, "content-type": "application/json" },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      detail: "This endpoint needs a tenant-admin API key.",
    });
  });

  it("refuses to delete the calling key's own workspace or a personal workspace", async () => {
    const own = await harness
      .rawFor(harness.server.adminKey)
      .DELETE("/v1/admin/groups/{group_id}", {
        params: { path: { group_id: harness.server.adminWorkspaceId } },
      });
    expect(own.response.status).toBe(409);
    expect(own.error).toEqual({
      detail: "A key cannot delete its own workspace; use a key of another workspace.",
    });
  });

  it("answers 404 for an unknown workspace", async () => {
    const { response, error } = await harness
      .rawFor(harness.server.adminKey)
      .POST("/v1/admin/groups/{group_id}/api-keys", {
        params: { path: { group_id: "missing" } },
        body: { name: "k" },
      });
    expect(response.status).toBe(404);
    expect(error).toEqual({ detail: "Workspace not found" });
  });

  it("validates bodies into FastAPI's 422 shape and writes nothing", async () => {
    const admin = harness.rawFor(harness.server.adminKey);
    const before = (await harness.admin.GET("/v1/admin/groups")).data;
    for (const body of [{}, { name: "" }, { name: 42 }]) {
      const { response, error } = await admin.POST("/v1/admin/groups", { body: body as never });
      expect(response.status).toBe(422);
      expect((error as { detail: { loc: unknown[] }[] }).detail[0]?.loc).toEqual(["body", "name"]);
    }
    expect((await harness.admin.GET("/v1/admin/groups")).data).toEqual(before);
  });
});

describe("HTTP behaviour", () => {
  it("gives every response an x-request-id, and keeps one the caller sent", async () => {
    for (const response of [
      await send("/v1/admin/me", { headers: { "X-API-Key": member.key } }),
      await send("/v1/admin/me"),
      await send("/v1/nowhere", { headers: { "X-API-Key": member.key } }),
    ]) {
      expect(response.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{32}$/);
    }
    const traced = await send("/v1/admin/me", {
      headers: { "X-API-Key": member.key, "x-request-id": "trace-123" },
    });
    expect(traced.headers.get("x-request-id")).toBe("trace-123");
  });

  it("answers unknown routes 404 Not Found with a JSON body", async () => {
    const response = await send("/v1/nowhere", { headers: { "X-API-Key": member.key } });
    expect(response.status).toBe(404);
    expect(response.statusText).toBe("Not Found");
    expect(await response.json()).toEqual({ detail: "Not Found" });
  });

  it("answers malformed JSON 422 and oversized JSON 413", async () => {
    const headers = {
      "X-API-Key": harness.server.adminKey,
      "content-type": "application/json",
    };
    const malformed = await send("/v1/admin/groups", { method: "POST", headers, body: "{ nope" });
    expect(malformed.status).toBe(422);
    expect((await malformed.json()).detail[0]).toMatchObject({
      loc: ["body"],
      type: "json_invalid",
    });
    const huge = await send("/v1/admin/groups", {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "x".repeat(70 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect((await huge.json()).detail).toMatch(/too large/i);
  });
});

describe("key storage", () => {
  it("keeps no API key recoverable from the database file", async () => {
    const minted = await harness.workspace("tenancy-keys");
    const file = await startTestServer();
    const keys = [harness.server.adminKey, member.key, minted.key];
    await harness.server.close(); // checkpoints the WAL into the main file
    const bytes = readFileSync(harness.database).toString("latin1");
    for (const key of keys) {
      expect(bytes).not.toContain(key);
      expect(bytes).not.toContain(key.slice(4, 24));
    }
    expect(bytes).toContain(member.key.slice(0, 8)); // the display prefix is all that is kept
    await file.close();
  });
});
