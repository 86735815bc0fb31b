import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createNoxusClient,
  type FetchLike,
  type NoxusClient,
  type NoxusThrowingClient,
} from "@noxus/client";
import { type LocalServer, type LocalServerOptions, startLocalServer } from "../../src/index.js";

export interface TestWorkspace {
  id: string;
  key: string;
  /** A throwing typed client bound to this workspace's key. */
  client: NoxusThrowingClient;
  /** The same, in { data, error } mode, for asserting error answers. */
  raw: NoxusClient;
}

export interface TestServer {
  server: LocalServer;
  /** The SQLite file behind the server (in a temp dir removed on close). */
  database: string;
  admin: NoxusThrowingClient;
  /** Clients for any key, going through the same fetch as every other client here. */
  clientFor(apiKey: string): NoxusThrowingClient;
  rawFor(apiKey: string): NoxusClient;
  /** Creates a fresh workspace with its own key, as the Python SDK's test fixture does. */
  workspace(name?: string): Promise<TestWorkspace>;
  close(): Promise<void>;
}

/**
 * A real @noxus/local on 127.0.0.1:0 with a real SQLite file in a temp dir; tests talk to
 * it over HTTP with the real @noxus/client.
 */
export async function startTestServer(
  options: LocalServerOptions & { fetch?: FetchLike } = {},
): Promise<TestServer> {
  const { fetch, ...serverOptions } = options;
  const dir = mkdtempSync(join(tmpdir(), "noxus-local-test-"));
  const database = serverOptions.database ?? join(dir, "noxus.db");
  // Ingestion as fast as it goes (no minimum training phase) unless a test asks for one.
  const server = await startLocalServer({
    keepAliveMs: 1000,
    minTrainingMs: 0,
    ...serverOptions,
    database,
  });
  const clientFor = (apiKey: string) =>
    createNoxusClient({
      baseUrl: server.url,
      auth: { apiKey },
      throwOnError: true,
      ...(fetch ? { fetch } : {}),
    });
  const rawFor = (apiKey: string) =>
    createNoxusClient({ baseUrl: server.url, auth: { apiKey }, ...(fetch ? { fetch } : {}) });
  const admin = clientFor(server.adminKey);
  let count = 0;
  return {
    server,
    database,
    admin,
    clientFor,
    rawFor,
    async workspace(name = `sdk-test-${++count}`) {
      const { data: workspace } = await admin.POST("/v1/admin/groups", {
        body: { name, description: null },
      });
      const { data: key } = await admin.POST("/v1/admin/groups/{group_id}/api-keys", {
        params: { path: { group_id: workspace.id } },
        body: { name: "test_key", tenant_admin: false },
      });
      return {
        id: workspace.id,
        key: key.value,
        client: clientFor(key.value),
        raw: rawFor(key.value),
      };
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
