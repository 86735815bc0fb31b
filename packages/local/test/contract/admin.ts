import { expect, it } from "vitest";
import type { TestServer } from "../helpers/local.js";

/** Who-am-I, workspaces and API keys (reference §2.2). */
export function adminContract(harness: () => TestServer) {
  it("getMe describes the calling key", async () => {
    const { data } = await harness().admin.GET("/v1/admin/me");
    expect(data.tenant_admin).toBe(true);
    expect(data.value).not.toBe(harness().server.adminKey);
  });

  it("creates, lists and deletes workspaces, and mints keys", async () => {
    const { admin } = harness();
    const { data: created } = await admin.POST("/v1/admin/groups", {
      body: { name: "contract-ws", description: "for the contract suite" },
    });
    expect(created).toMatchObject({ name: "contract-ws", description: "for the contract suite" });
    const { data: key } = await admin.POST("/v1/admin/groups/{group_id}/api-keys", {
      params: { path: { group_id: created.id } },
      body: { name: "minted", tenant_admin: false },
    });
    expect(key.value).toMatch(/^nxl_/);
    const minted = harness().clientFor(key.value);
    const { data: me } = await minted.GET("/v1/admin/me");
    expect(me).toMatchObject({ id: key.id, name: "minted", tenant_admin: false });

    const { data: listed } = await admin.GET("/v1/admin/groups");
    expect(listed.map((workspace) => workspace.id)).toContain(created.id);
    await admin.DELETE("/v1/admin/groups/{group_id}", {
      params: { path: { group_id: created.id } },
    });
    const after = await harness().rawFor(key.value).GET("/v1/admin/me");
    expect(after.response.status).toBe(401);
  });
}

export function platformContract(harness: () => TestServer) {
  it("lists LLM models and chat presets", async () => {
    const { data: models } = await harness().admin.GET("/v1/models/llms");
    expect(models.length).toBeGreaterThan(0);
    const { data: presets } = await harness().admin.GET("/v1/models/llms/presets");
    expect(presets.length).toBeGreaterThan(0);
  });
}
