/**
 * Recipes for the common jobs with @noxus/workspace, each a test that runs in CI against a
 * local server (@noxus/local), so the code shown in the READMEs cannot rot. Against the
 * hosted platform, connect with `await Workspace.connect()` (NOXUS_API_KEY) instead.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type LocalServer, startLocalServer } from "@noxus/local";
import {
  fromPaths,
  NoxusError,
  NoxusInputError,
  NoxusNotFoundError,
  type RunManyResult,
  Workspace,
} from "@noxus/workspace/node";
import { afterAll, beforeAll, expect, it } from "vitest";

let server: LocalServer;
let ws: Workspace;

beforeAll(async () => {
  server = await startLocalServer({ seed: "demo" });
  ws = await Workspace.connect({ apiKey: server.demo?.apiKey, baseUrl: server.url, env: {} });
});
afterAll(() => server.close());

async function summarise() {
  const [workflow] = (await ws.workflows.list().toArray()).filter((w) => w.name === "Summarise");
  if (!workflow) throw new Error("the demo workflow is missing");
  return workflow;
}

it("pages through a list: lazily, by page, or just the first few", async () => {
  const workflow = await summarise();
  for (const text of ["a", "b", "c"]) await ws.runs.create(workflow.id, { text });

  // Every item, a page at a time (memory holds one page).
  let seen = 0;
  for await (const _run of ws.runs.list(workflow.id)) seen++;
  expect(seen).toBeGreaterThanOrEqual(3);

  // Page by page, e.g. to show "page 1 of 3".
  for await (const page of ws.runs.list(workflow.id, { pageSize: 2 }).pages()) {
    expect(page.items.length).toBeLessThanOrEqual(2);
  }

  // Only the first few: no more is fetched than asked for.
  const newest = await ws.runs.list(workflow.id).take(2);
  const five = await ws.runs.list(workflow.id).toArray({ limit: 5 });
  expect(newest).toHaveLength(2);
  expect(five.length).toBeLessThanOrEqual(5);
});

it("runs a batch: bounded concurrency, per-item results, progress as they finish", async () => {
  const workflow = await summarise();
  const inputs = ["one", "two", "three", "four"].map((text) => ({ text }));
  const finished: number[] = [];
  const results: RunManyResult[] = await ws.runs.runMany(workflow.id, inputs, {
    concurrency: 2,
    onResult: (_result, index) => {
      finished.push(index); // e.g. append a line to a report
    },
  });
  expect(finished.sort()).toEqual([0, 1, 2, 3]);
  const summaries = await Promise.all(
    results.map((r) => (r.ok ? r.handle.output("Summary") : Promise.reject(r.error))),
  );
  expect(summaries[0]).toBe("Summarise in one paragraph: one");
});

it("uploads a folder to a knowledge base, waits for training, searches", async () => {
  const dir = mkdtempSync(join(tmpdir(), "noxus-recipe-"));
  mkdirSync(join(dir, "birds"));
  writeFileSync(join(dir, "birds", "kestrel.txt"), "The kestrel hovers before it dives.");
  writeFileSync(join(dir, "birds", "owl.md"), "Owls hunt at night.");
  writeFileSync(join(dir, "broken.pdf"), "not really a pdf");

  const kb = await ws.knowledgeBases.create({ name: "Birds" });
  const files = await fromPaths([dir]); // recursively; hidden files skipped
  const upload = await kb.upload(files, { prefix: "/birds", onProgress: () => {} });
  const training = await kb.waitUntilTrained({ upload, timeoutMs: 60_000 });

  // Failures are reported, not thrown: one bad file does not hide the others.
  expect(training.failedDocuments.map((doc) => doc.name)).toEqual(["broken.pdf"]);
  expect(training.failedDocuments[0]?.error?.message).toMatch(/Unsupported file type/);

  const [best] = await kb.search("what hovers", { limit: 3 });
  expect(best?.document_source.name).toBe("kestrel.txt");
});

it("handles errors by class and code, with a hint for people", async () => {
  // A bad argument: thrown before any request.
  const input = await ws.knowledgeBases.create({ name: "" }).catch((error: unknown) => error);
  expect(input).toBeInstanceOf(NoxusInputError);

  // An API answer: a NoxusApiError subclass with status, code and hint.
  const missing = await ws.workflows
    .get("00000000-0000-4000-8000-000000000000")
    .catch((error: unknown) => error);
  expect(missing).toBeInstanceOf(NoxusNotFoundError);
  if (missing instanceof NoxusError) {
    expect(missing.code).toBe("not_found");
    // Log both: the message says what went wrong, the hint what to do; neither repeats the other.
    expect(missing.message).not.toContain(missing.hint ?? "\u0000");
  }
});
