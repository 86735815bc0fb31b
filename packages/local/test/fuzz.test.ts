import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnownIds } from "./fuzz/arbitraries.js";
import { describeReport, runFuzz } from "./fuzz/runner.js";
import { apiFor, buildWorld, completedRun, snapshotWorkspace } from "./fuzz/world.js";
import { startTestServer, type TestServer, type TestWorkspace } from "./helpers/local.js";

// The short profile runs in `pnpm test`; `pnpm fuzz --seed N --runs M` runs a long one
// (FUZZ_SEED, FUZZ_RUNS, FUZZ_HUGE come from there). A failure prints the seed to replay.
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const runs = Number(process.env.FUZZ_RUNS ?? 300);
const long = process.env.FUZZ_PROFILE === "long";

describe(`schema-driven fuzz (seed ${seed}, ${runs} requests)`, () => {
  let local: TestServer;
  let target: TestWorkspace;
  let bystander: TestWorkspace;
  let targetIds: KnownIds;
  let bystanderIds: KnownIds;
  let before: unknown;

  beforeAll(async () => {
    local = await startTestServer();
    target = await local.workspace("fuzz target");
    bystander = await local.workspace("bystander");
    targetIds = await buildWorld(local.server.url, target.key, target.id);
    bystanderIds = await buildWorld(local.server.url, bystander.key, bystander.id);
    before = await snapshotWorkspace(local.server.url, bystander.key, bystanderIds);
  }, 60_000);
  afterAll(() => local?.close());

  it(
    "answers every request without a 5xx, in bounded time, with a JSON detail on every 4xx; then still works and nothing else changed",
    async () => {
      const report = await runFuzz({
        baseUrl: local.server.url,
        apiKey: target.key,
        known: targetIds,
        seed,
        runs,
        profile: long
          ? { hugeString: 3 * 1024 * 1024, nestingDepth: 100_000 }
          : { hugeString: 256 * 1024, nestingDepth: 5_000 },
        answerBoundMs: 30_000,
        concurrency: 4,
      });
      console.log(describeReport(report));
      expect(report.failures, `replay with: pnpm fuzz --seed ${seed} --runs ${runs}`).toEqual([]);
      expect(report.withoutDetail, `replay with: pnpm fuzz --seed ${seed} --runs ${runs}`).toEqual(
        [],
      );

      // The server still serves a real run, for the fuzzed workspace too.
      const api = apiFor(local.server.url, target.key);
      const workflow = await api<{ id: string }>("POST", "/v1/workflows", {
        name: "after the fuzz",
        definition: (await import("./helpers/workflow-builder.js")).threeNodeFlow().definition,
      });
      const run = await completedRun(api, workflow.id, "survival");
      expect(run.status).toBe("completed");

      // The file is sound, and the workspace no request could touch reads back the same.
      const db = new Database(local.database, { readonly: true });
      try {
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      } finally {
        db.close();
      }
      expect(await snapshotWorkspace(local.server.url, bystander.key, bystanderIds)).toEqual(
        before,
      );
    },
    long ? 3_600_000 : 60_000,
  );
});
