import { createNoxusClient } from "@noxus/client";
import { type LocalServer, type LocalServerOptions, startLocalServer } from "@noxus/local";
import { Workspace } from "../../src/node.js";

export interface TestBed {
  server: LocalServer;
  /** A fresh workspace (own key) opened through Workspace.connect, as a user would. */
  workspace(name?: string): Promise<Workspace & { apiKey: string }>;
  /** The tenant-admin workspace of the server. */
  admin(): Promise<Workspace>;
  close(): Promise<void>;
}

// An empty environment: NOXUS_BACKEND_URL or NOXUS_API_KEY of the machine must not leak in.
const NO_ENV = {};

/** A real @noxus/local on 127.0.0.1:0 (in-memory SQLite), reached over HTTP. */
export async function startTestBed(options: LocalServerOptions = {}): Promise<TestBed> {
  const server = await startLocalServer({ keepAliveMs: 1000, ...options });
  const adminClient = createNoxusClient({
    baseUrl: server.url,
    auth: { apiKey: server.adminKey },
    throwOnError: true,
  });
  let count = 0;
  return {
    server,
    async workspace(name = `ws-test-${++count}`) {
      const { data: group } = await adminClient.POST("/v1/admin/groups", { body: { name } });
      const { data: key } = await adminClient.POST("/v1/admin/groups/{group_id}/api-keys", {
        params: { path: { group_id: group.id } },
        body: { name: "test" },
      });
      const ws = await Workspace.connect({ apiKey: key.value, baseUrl: server.url, env: NO_ENV });
      return Object.assign(ws, { apiKey: key.value });
    },
    admin: () => Workspace.connect({ apiKey: server.adminKey, baseUrl: server.url, env: NO_ENV }),
    close: () => server.close(),
  };
}
