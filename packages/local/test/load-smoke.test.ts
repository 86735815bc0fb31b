import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The same traffic as `pnpm bench:load` (bench/load/), shortened: it checks correctness
// under load here; speed and memory figures belong to the bench.
import { prepareTraffic, runTraffic, type TrafficWorld } from "../../../bench/load/traffic.mjs";
import { startTestServer, type TestServer } from "./helpers/local.js";

const CLIENTS = 32;

describe("load smoke: 32 clients, 10 s of mixed traffic", () => {
  let local: TestServer;
  let world: TrafficWorld;
  beforeAll(async () => {
    local = await startTestServer();
    world = await prepareTraffic({
      baseUrl: local.server.url,
      adminKey: local.server.adminKey,
      clients: CLIENTS,
    });
  });
  afterAll(() => local?.close());

  it("answers every request of every class, without an error or a 5xx", async () => {
    const result = await runTraffic(world, { clients: CLIENTS, durationMs: 10_000, seed: 3 });
    expect(result.errors).toEqual([]);
    expect(result.serverErrors).toBe(0);
    // Every class was exercised, so "no errors" covers each of them.
    for (const [kind, latencies] of Object.entries(result.latencies)) {
      expect(latencies.length, kind).toBeGreaterThan(0);
    }
  }, 60_000);
});
