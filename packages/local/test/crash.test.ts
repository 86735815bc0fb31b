import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFor, newWorkspace } from "./helpers/api.js";
import { bundleChildServer, type ChildServerBundle } from "./helpers/child-server.js";
import { startTestServer, type TestServer } from "./helpers/local.js";
import { waitFor } from "./helpers/wait.js";
import { threeNodeFlow } from "./helpers/workflow-builder.js";

// kill -9 of a real server process in the middle of three kinds of work at once (the
// ingestion of 100 documents, 50 in-flight runs, a burst of concurrent creates), then a
// restart on the same file. Whatever the moment of the kill, every write acknowledged (2xx)
// before it must be there, the file must be sound, and nothing half-done may look done.
// One kill for the three keeps the test short (two server starts, not six). The figures
// printed at the end go in bench/README.md.

const figures: string[] = [];
let bundle: ChildServerBundle;
let dir: string;
let database: string;
let revived: TestServer;

interface Work {
  key: string;
  acknowledged: string[];
}
const ingestion: Work & { kbId: string } = { key: "", acknowledged: [], kbId: "" };
const runs: Work = { key: "", acknowledged: [] };
const burst: Work & { created: { kind: string; id: string; name: string }[]; fired: number } = {
  key: "",
  acknowledged: [],
  created: [],
  fired: 300,
};

function readDb<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(database, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

async function startIngestion(url: string, adminKey: string) {
  const ws = await newWorkspace(url, adminKey, "ingest");
  ingestion.key = ws.key;
  const api = apiFor(url, ws.key);
  const kb = await api<{ id: string }>("POST", "/v1/knowledge-bases", { name: "crash kb" });
  ingestion.kbId = kb.id;
  for (let batch = 0; batch < 10; batch++) {
    const form = new FormData();
    for (let n = 0; n < 10; n++) {
      const id = batch * 10 + n;
      form.append("files", new File([`# Doc ${id}\n\nfact number ${id}`], `doc-${id}.md`));
    }
    ingestion.acknowledged.push(
      ...(await api<string[]>("POST", `/v1/knowledge-bases/${kb.id}/upload_train`, form)),
    );
  }
}

async function startRuns(url: string, adminKey: string) {
  const ws = await newWorkspace(url, adminKey, "runs");
  runs.key = ws.key;
  const api = apiFor(url, ws.key);
  const workflow = await api<{ id: string }>("POST", "/v1/workflows", {
    name: "slow",
    definition: threeNodeFlow("TextGenerationNode", "Echo ((Input 1))").definition,
  });
  const created = await Promise.all(
    Array.from({ length: 50 }, (_, n) =>
      api<{ id: string }>("POST", `/v1/workflows/${workflow.id}/runs`, {
        input: { Topic: `run ${n}` },
      }),
    ),
  );
  runs.acknowledged.push(...created.map((run) => run.id));
  await waitFor(async () => {
    const run = await api<{ status: string }>("GET", `/v1/runs/${created[0]?.id}`);
    return run.status === "running" ? true : undefined;
  }, "the first run to be running");
}

/** Fires the burst; resolves once 100 creates are acknowledged (the moment to kill). */
async function startBurst(url: string, adminKey: string) {
  const ws = await newWorkspace(url, adminKey, "burst");
  burst.key = ws.key;
  const api = apiFor(url, ws.key);
  const definition = threeNodeFlow().definition;
  const kinds = ["workflows", "knowledge-bases", "agents"] as const;
  let enough: () => void = () => {};
  const hundred = new Promise<void>((resolve) => {
    enough = resolve;
  });
  const attempts = Array.from({ length: burst.fired }, async (_, n) => {
    const kind = kinds[n % kinds.length] as (typeof kinds)[number];
    const name = `burst ${n}`;
    const body =
      kind === "workflows"
        ? { name, definition }
        : kind === "agents"
          ? { name, definition: { model: ["gpt-4o"], temperature: 0.1, tools: [], persona: "" } }
          : { name };
    try {
      const created = await api<{ id: string }>("POST", `/v1/${kind}`, body);
      burst.created.push({ kind, id: created.id, name });
      if (burst.created.length === 100) enough();
    } catch {
      // Cut off by the kill: not acknowledged, so nothing is promised.
    }
  });
  return { hundred, settled: Promise.allSettled(attempts) };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "noxus-local-crash-"));
  database = join(dir, "crash.db");
  bundle = await bundleChildServer();
  // A training phase long enough that the kill lands while documents are in flight, and a
  // model slow enough that runs are still running.
  const child = await bundle.start(database, {
    NOXUS_LOCAL_TRAINING_MIN_MS: "3000",
    NOXUS_LOCAL_MODEL_DELAY_MS: "60000",
  });
  await startRuns(child.url, child.adminKey);
  await startIngestion(child.url, child.adminKey);
  const { hundred, settled } = await startBurst(child.url, child.adminKey);
  await hundred;
  // Kill once the first documents are trained: the later batches are then still in flight.
  const childApi = apiFor(child.url, ingestion.key);
  await waitFor(async () => {
    const kb = await childApi<{ trained_documents: number }>(
      "GET",
      `/v1/knowledge-bases/${ingestion.kbId}`,
    );
    return kb.trained_documents > 0 ? true : undefined;
  }, "the first trained document");
  await child.crash();
  await settled;
  burst.acknowledged = burst.created.map((created) => created.id);
  revived = await startTestServer({ database, adminKey: child.adminKey });
}, 120_000);

afterAll(async () => {
  await revived?.close();
  bundle?.dispose();
  rmSync(dir, { recursive: true, force: true });
  console.log(`crash figures:\n${figures.join("\n")}`);
});

describe("kill -9 mid-work, then restart on the same file", () => {
  it("leaves a sound database file", () => {
    const db = new Database(database, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      db.close();
    }
  });

  it("ingestion of 100 documents: acknowledged uploads kept, nothing half-ingested trained, counters equal the rows", async () => {
    const present = readDb<{ id: string }>(
      "SELECT id FROM kb_runs WHERE kb_id = ?",
      ingestion.kbId,
    ).map((row) => row.id);
    expect(present).toEqual(expect.arrayContaining(ingestion.acknowledged));
    // A trained document has its chunks: none is trained half-way.
    const hollow = readDb<{ id: string }>(
      "SELECT d.id FROM kb_documents d WHERE d.kb_id = ? AND d.status = 'trained' AND NOT EXISTS (SELECT 1 FROM kb_chunks c WHERE c.document_id = d.id)",
      ingestion.kbId,
    );
    expect(hollow).toEqual([]);
    const trainedAtRestart = readDb<{ n: number }>(
      "SELECT COUNT(*) AS n FROM kb_documents WHERE kb_id = ? AND status = 'trained'",
      ingestion.kbId,
    )[0]?.n;
    // Interrupted runs resume on restart; then every acknowledged document is trained.
    const api = apiFor(revived.server.url, ingestion.key);
    const settled = await waitFor(async () => {
      const kb = await api<Record<string, unknown>>("GET", `/v1/knowledge-bases/${ingestion.kbId}`);
      return kb.status === "training" ? undefined : kb;
    }, "the interrupted ingestion to resume and end");
    const rows = readDb<{ status: string; n: number }>(
      "SELECT status, COUNT(*) AS n FROM kb_documents WHERE kb_id = ? GROUP BY status",
      ingestion.kbId,
    );
    const count = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
    expect(settled).toMatchObject({
      status: "trained",
      total_documents: 100,
      trained_documents: count("trained"),
      training_documents: count("training"),
      error_documents: count("error"),
    });
    expect(count("trained")).toBe(100);
    figures.push(
      `ingestion of 100 documents: ${ingestion.acknowledged.length} acknowledged, ${present.length} present after the kill (${trainedAtRestart} trained at the kill, none half-ingested), 100 trained once the restart resumed the rest`,
    );
  });

  it("50 in-flight runs: each acknowledged run is there, failed with a reason", async () => {
    const api = apiFor(revived.server.url, runs.key);
    const after = await Promise.all(
      runs.acknowledged.map((id) =>
        api<{ status: string; error?: string; finished_at: string | null }>(
          "GET",
          `/v1/runs/${id}`,
        ),
      ),
    );
    for (const run of after) {
      expect(run.status).toBe("failed");
      expect(run.error).toMatch(/server restarted while this run was (running|queued)/);
      expect(run.finished_at).not.toBeNull();
    }
    const running = after.filter((run) => /was running/.test(run.error ?? "")).length;
    figures.push(
      `50 in-flight runs: ${runs.acknowledged.length} acknowledged, ${after.length} present after the kill, all failed with a reason (${running} were running, ${after.length - running} queued)`,
    );
  });

  it("a burst of concurrent creates: every acknowledged create is there", async () => {
    const api = apiFor(revived.server.url, burst.key);
    const found = await Promise.all(
      burst.created.map((created) =>
        api<{ name: string }>("GET", `/v1/${created.kind}/${created.id}`),
      ),
    );
    expect(found.map((item) => item.name)).toEqual(burst.created.map((item) => item.name));
    figures.push(
      `burst of ${burst.fired} concurrent creates: ${burst.acknowledged.length} acknowledged before the kill, ${found.length} present after the restart`,
    );
  });
});
