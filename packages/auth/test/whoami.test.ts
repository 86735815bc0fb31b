import { createNoxusClient, NoxusApiError } from "@noxus/client";
import { type LocalServer, startLocalServer } from "@noxus/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiKey, apiKeyAuth, resolveCredentials, whoami } from "../src/index.js";
import { catchAsync } from "./helpers/leaks.js";

// A real Noxus-compatible server on 127.0.0.1 with a throwaway SQLite database.
let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({ database: ":memory:" });
});
afterAll(() => server?.close());

/** Creates a workspace and mints a non-admin key for it, with the admin key. */
async function mintWorkspaceKey() {
  const admin = createNoxusClient({
    baseUrl: server.url,
    auth: apiKeyAuth(server.adminKey),
    throwOnError: true,
  });
  const { data: workspace } = await admin.POST("/v1/admin/groups", {
    body: { name: `auth-test-${Date.now()}`, description: null },
  });
  const { data: key } = await admin.POST("/v1/admin/groups/{group_id}/api-keys", {
    params: { path: { group_id: workspace.id } },
    body: { name: "whoami-test", tenant_admin: false },
  });
  return { workspace, key };
}

/** What the server itself answers, to tell whether it sends `group_id`. */
async function rawMe(key: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}/v1/admin/me`, { headers: { "X-API-Key": key } });
  return (await response.json()) as Record<string, unknown>;
}

describe("whoami against @noxus/local", () => {
  it("the admin key is a tenant admin (plain client)", async () => {
    const client = createNoxusClient({ baseUrl: server.url, auth: apiKeyAuth(server.adminKey) });
    const me = await whoami(client);
    expect(me.tenantAdmin).toBe(true);
    expect(typeof me.keyId).toBe("string");
    expect(typeof me.keyName).toBe("string");
    expect(me).not.toHaveProperty("value");
    const raw = await rawMe(server.adminKey);
    expect(me.workspaceId).toBe(
      typeof raw.group_id === "string" ? server.adminWorkspaceId : undefined,
    );
  });

  it("a key minted for a new workspace is not an admin, and names that workspace (throwing client)", async () => {
    const { workspace, key } = await mintWorkspaceKey();
    const client = createNoxusClient({
      baseUrl: server.url,
      auth: apiKeyAuth(key.value),
      throwOnError: true,
    });
    const me = await whoami(client);
    expect(me).toMatchObject({ keyId: key.id, keyName: "whoami-test", tenantAdmin: false });
    // The spec makes `group_id` optional (the hosted API is not known to send it). When the
    // server sends it, it must be the new workspace's id.
    const raw = await rawMe(key.value);
    if (typeof raw.group_id === "string") expect(me.workspaceId).toBe(workspace.id);
    else expect(me.workspaceId).toBeUndefined();
    expect(me.workspaceId ?? workspace.id).toBe(workspace.id);
  });

  it("works with credentials from resolveCredentials and NOXUS_BACKEND_URL", async () => {
    const { apiKey, baseUrl } = resolveCredentials({
      env: { NOXUS_API_KEY: server.adminKey, NOXUS_BACKEND_URL: `${server.url}/` },
      baseUrl: "https://never-used.example",
    });
    expect(baseUrl).toBe(server.url);
    const me = await whoami(createNoxusClient({ baseUrl, auth: apiKeyAuth(apiKey) }));
    expect(me.tenantAdmin).toBe(true);
  });

  it("apiKeyAuth sends X-API-Key: an unknown key is refused with NoxusApiError 401, in both modes", async () => {
    const bad = ApiKey.from("nxl_ThisKeyDoesNotExistOnTheServer00000000");
    for (const throwOnError of [false, true]) {
      const client = createNoxusClient({
        baseUrl: server.url,
        auth: apiKeyAuth(bad),
        throwOnError,
      });
      const error = await catchAsync<NoxusApiError>(whoami(client));
      expect(error).toBeInstanceOf(NoxusApiError);
      expect(error.status).toBe(401);
      expect(error.path).toBe("/v1/admin/me");
      expect(JSON.stringify(error)).not.toContain(bad.reveal());
    }
  });

  it("without any auth the server answers 401 too (the header is what authenticates)", async () => {
    const error = await catchAsync<NoxusApiError>(
      whoami(createNoxusClient({ baseUrl: server.url })),
    );
    expect(error.status).toBe(401);
  });
});

describe("whoami mapping (injected fetch)", () => {
  const answer = (body: unknown, status = 200) =>
    createNoxusClient({
      baseUrl: "http://noxus.test",
      auth: apiKeyAuth("nxl_injected0000000000000000000000000000000"),
      fetch: async () =>
        new Response(JSON.stringify(body), {
          status,
          headers: { "content-type": "application/json" },
        }),
    });

  it("maps group_id to workspaceId and drops value", async () => {
    const me = await whoami(
      answer({ id: "k1", name: "ci", tenant_admin: false, value: "nxl_abcd…", group_id: "ws_9" }),
    );
    expect(me).toEqual({ keyId: "k1", keyName: "ci", tenantAdmin: false, workspaceId: "ws_9" });
  });

  it("leaves workspaceId out when the API does not send group_id", async () => {
    const me = await whoami(answer({ id: "k1", name: "ci", tenant_admin: true, value: "x" }));
    expect(me).toEqual({ keyId: "k1", keyName: "ci", tenantAdmin: true });
  });

  it("refuses an answer that is not an API key", async () => {
    const error = await catchAsync(whoami(answer({ hello: "world" })));
    expect(error.message).toMatch(/without id, name and tenant_admin/);
  });
});
