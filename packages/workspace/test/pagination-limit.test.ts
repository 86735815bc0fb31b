import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NoxusInputError, Workspace } from "../src/index.js";
import { type CountingProxy, startCountingProxy } from "./helpers/counting-proxy.js";
import { startTestBed, type TestBed } from "./helpers/server.js";

// toArray({ limit }) and take(n) fetch no more than needed: counted at the server.

let bed: TestBed;
let proxy: CountingProxy;
let ws: Workspace;
beforeAll(async () => {
  bed = await startTestBed();
  const direct = await bed.workspace("pagination-limit");
  for (let i = 0; i < 12; i++) {
    await direct.agents.create({
      name: `agent-${String(i).padStart(2, "0")}`,
      definition: { model: "noxus-local-echo", temperature: 0 },
    });
  }
  proxy = await startCountingProxy(bed.server.url);
  ws = await Workspace.connect({ apiKey: direct.apiKey, baseUrl: proxy.url, env: {} });
});
afterAll(async () => {
  await proxy?.close();
  await bed?.close();
});

/** The requests one call made through the proxy. */
async function requestsOf(call: () => Promise<unknown>): Promise<string[]> {
  const before = proxy.requests.length;
  await call();
  return proxy.requests.slice(before);
}

describe("Paginated limits", () => {
  it("toArray({ limit: 5 }) is one request for a page of 5", async () => {
    let items: unknown[] = [];
    const requests = await requestsOf(async () => {
      items = await ws.agents.list().toArray({ limit: 5 });
    });
    expect(items).toHaveLength(5);
    expect(requests).toEqual(["GET /v1/agents?page=1&size=5"]);
  });

  it("take(n) asks for n items, and a larger limit only for the pages it needs", async () => {
    expect(await requestsOf(() => ws.agents.list().take(3))).toEqual([
      "GET /v1/agents?page=1&size=3",
    ]);
    // A limit above the page size: pages of pageSize until the limit is reached, no more.
    const requests = await requestsOf(async () => {
      const items = await ws.agents.list({ pageSize: 4 }).toArray({ limit: 9 });
      expect(items).toHaveLength(9);
    });
    expect(requests).toEqual([
      "GET /v1/agents?page=1&size=4",
      "GET /v1/agents?page=2&size=4",
      "GET /v1/agents?page=3&size=4",
    ]);
    // No limit: every item, in pages of 100.
    const all = await requestsOf(async () => {
      expect(await ws.agents.list().toArray()).toHaveLength(12);
    });
    expect(all).toEqual(["GET /v1/agents?page=1&size=100"]);
  });

  it("limit 0 asks for nothing; a bad limit is a NoxusInputError", async () => {
    expect(await requestsOf(() => ws.agents.list().toArray({ limit: 0 }))).toEqual([]);
    await expect(ws.agents.list().toArray({ limit: -1 })).rejects.toBeInstanceOf(NoxusInputError);
    await expect(ws.agents.list().take(2.5)).rejects.toBeInstanceOf(NoxusInputError);
  });
});
