import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLocalModel, type ModelProvider } from "@noxus/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliBed, runNoxus, startCliBed } from "./helpers/cli.js";

const fixture = (path: string) => new URL(`./fixtures/${path}`, import.meta.url).pathname;

/**
 * The local echo model, slowed down (so a batch can be interrupted mid-way) and counting
 * its calls by greeting, so a test can tell how often each batch's inputs really ran;
 * "boom" in a prompt makes it fail.
 */
const calls = new Map<string, number>();
function countingModel(): ModelProvider {
  const local = createLocalModel({ delayMs: 200 });
  return {
    name: "counting",
    models: () => local.models(),
    async complete(request) {
      const prompt = request.messages.at(-1)?.content ?? "";
      const greeting = prompt.split(",")[0] ?? "";
      calls.set(greeting, (calls.get(greeting) ?? 0) + 1);
      if (prompt.includes("boom")) throw new Error("the model exploded on boom");
      return local.complete(request);
    },
  };
}

let bed: CliBed;
let env: Record<string, string>;
beforeAll(async () => {
  bed = await startCliBed({ models: countingModel() });
  env = (await bed.workspace("runs")).env;
});
afterAll(() => bed.close());

const noxus = (args: string[], options: Parameters<typeof runNoxus>[1] = {}) =>
  runNoxus(args, { env, ...options });

async function createWorkflow(name: string): Promise<string> {
  const created = await noxus([
    "workflows",
    "create",
    "-f",
    fixture("workflows/greeter.json"),
    "--name",
    name,
    "--json",
  ]);
  expect(created.code).toBe(0);
  return created.json<{ id: string }>().id;
}

interface BatchLine {
  index: number;
  input: Record<string, string>;
  ok: boolean;
  runId?: string;
  status?: string;
  outputs?: Record<string, string>;
  error?: string;
}

const readLines = (path: string): BatchLine[] =>
  existsSync(path)
    ? readFileSync(path, "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line) as BatchLine)
    : [];

function writeInputs(greeting: string, count: number, names?: (i: number) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "noxus-batch-"));
  const path = join(dir, "in.jsonl");
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({ name: names?.(i) ?? `n${i}`, greeting }),
  );
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

async function runCount(workflow: string): Promise<number> {
  const result = await noxus(["runs", "list", workflow, "--limit", "0", "--json"]);
  expect(result.code).toBe(0);
  return result.json<unknown[]>().length;
}

describe("noxus runs list / get", () => {
  it("lists a workflow's runs and shows one, with or without --workflow", async () => {
    const workflowId = await createWorkflow("Listed");
    const first = await noxus([
      "run",
      "Listed",
      "-i",
      "name=Ada",
      "-i",
      "greeting=Hi",
      "--wait",
      "--json",
    ]);
    const second = await noxus([
      "run",
      "Listed",
      "-i",
      "name=Bo",
      "-i",
      "greeting=Yo",
      "--wait",
      "--json",
    ]);
    const ids = [first, second].map((result) => result.json<{ id: string }>().id);

    const list = await noxus(["runs", "list", "Listed", "--json"]);
    expect(list.code).toBe(0);
    const rows =
      list.json<{ id: string; workflow_id: string; status: string; progress: number }[]>();
    expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
    expect(rows.every((row) => row.status === "completed" && row.workflow_id === workflowId)).toBe(
      true,
    );
    const limited = await noxus(["runs", "list", workflowId, "-n", "1", "--json"]);
    expect(limited.json<unknown[]>()).toHaveLength(1);
    const table = await noxus(["runs", "list", "Listed"]);
    expect(table.stdout).toMatch(/^id\s+status\s+progress\s+created\s+finished\s+took$/m);
    expect(table.stdout).toMatch(new RegExp(`^${ids[0]}\\s+completed\\s+100%`, "m"));
    const all = await noxus(["runs", "list", "--json"]);
    expect(all.json<{ id: string }[]>().map((row) => row.id)).toEqual(expect.arrayContaining(ids));
    // Without a workflow: each run names its workflow, and says how long it took.
    const named = all.json<{ id: string; workflow_name: string; duration_ms: number }[]>();
    expect(named.find((row) => row.id === ids[0])).toMatchObject({
      workflow_name: "Listed",
      duration_ms: expect.any(Number),
    });
    const allTable = await noxus(["runs", "list"]);
    expect(allTable.stdout).toMatch(/^id\s+workflow\s+status\s+created\s+finished\s+took$/m);
    expect(allTable.stdout).toMatch(
      new RegExp(`^${ids[0]}\\s+Listed\\s+completed.*\\d+(\\.\\d)? m?s$`, "m"),
    );

    // Without --workflow the run is found among the workspace's runs.
    const found = await noxus(["runs", "get", ids[1] as string, "--json"]);
    expect(found.code).toBe(0);
    expect(found.json()).toMatchObject({
      id: ids[1],
      workflow_id: workflowId,
      workflow: "Listed",
      status: "completed",
      outputs: { Greeting: "Yo, Bo!" },
      input: { name: "Bo", greeting: "Yo" },
    });
    const human = await noxus(["runs", "get", ids[0] as string, "--workflow", "Listed"]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^status\s+completed$/m);
    expect(human.stdout).toMatch(/^input\s+\{"name":"Ada","greeting":"Hi"\}$/m);
    expect(human.stdout).toMatch(/^Hi, Ada!$/m);
  });

  it("shows a failed run's error and failing node; exits 4 for an unknown run", async () => {
    await createWorkflow("Failing");
    const failed = await noxus([
      "run",
      "Failing",
      "-i",
      "name=boom",
      "-i",
      "greeting=Hey",
      "--wait",
      "--json",
    ]);
    expect(failed.code).toBe(1);
    const id = failed.json<{ id: string }>().id;
    const shown = await noxus(["runs", "get", id]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^status\s+failed$/m);
    expect(shown.stdout).toMatch(/^error\s+.*exploded on boom/m);
    expect(shown.stdout).toMatch(/^failed node\s+Generate$/m);

    const unknown = await noxus(["runs", "get", "00000000-0000-4000-8000-000000000999"]);
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toMatch(/No run 00000000-0000-4000-8000-000000000999/);
    const unknownInWorkflow = await noxus([
      "runs",
      "get",
      "00000000-0000-4000-8000-000000000999",
      "--workflow",
      "Failing",
    ]);
    expect(unknownInWorkflow.code).toBe(4);
    expect((await noxus(["runs", "list", "Nope"])).code).toBe(4);
  });
});

describe("noxus runs batch", () => {
  it("runs 30 inputs, 4 at a time, one out line per input", async () => {
    await createWorkflow("Batch");
    const inputs = writeInputs("Batch", 30);
    const out = join(mkdtempSync(join(tmpdir(), "noxus-batch-")), "out.jsonl");
    const result = await noxus([
      "runs",
      "batch",
      "Batch",
      "--inputs",
      inputs,
      "--concurrency",
      "4",
      "--out",
      out,
      "--json",
    ]);
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({
      total: 30,
      skipped: 0,
      succeeded: 30,
      failed: 0,
      remaining: 0,
      interrupted: false,
      out,
    });
    expect(result.stderr).toMatch(/^batch: 30\/30 done \(30 ok, 0 failed\)$/m);
    const lines = readLines(out);
    expect(lines.map((line) => line.index).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i),
    );
    for (const line of lines) {
      expect(line).toMatchObject({
        ok: true,
        status: "completed",
        input: { name: `n${line.index}`, greeting: "Batch" },
        outputs: { Greeting: `Batch, n${line.index}!` },
      });
      expect(line.runId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(calls.get("Batch")).toBe(30);
    expect(await runCount("Batch")).toBe(30);

    // Running it again does nothing: every input is already in the out file.
    const again = await noxus(["runs", "batch", "Batch", "--inputs", inputs, "--out", out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^30\/30 inputs succeeded \(30 from an earlier run\), 0 failed/m);
    expect(readLines(out)).toHaveLength(30);
    expect(await runCount("Batch")).toBe(30);
  });

  it("records failures, exits 1, and retries only the failed inputs", async () => {
    await createWorkflow("Mixed");
    const inputs = writeInputs("Mixed", 5, (i) => (i === 2 ? "boom" : `m${i}`));
    const out = join(mkdtempSync(join(tmpdir(), "noxus-batch-")), "out.jsonl");
    const first = await noxus(["runs", "batch", "Mixed", "--inputs", inputs, "--out", out]);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/^4\/5 inputs succeeded, 1 failed → /m);
    expect(first.stderr).toMatch(/^error: 1 of 5 inputs failed; their errors are in /m);
    expect(first.stderr).toMatch(
      /^hint: Run the same command again to retry only the failed ones/m,
    );
    const failed = readLines(out).filter((line) => !line.ok);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ index: 2, status: "failed", input: { name: "boom" } });
    expect(failed[0]?.error).toMatch(/exploded on boom/);
    expect(failed[0]?.runId).toMatch(/^[0-9a-f-]{36}$/);

    const second = await noxus([
      "runs",
      "batch",
      "Mixed",
      "--inputs",
      inputs,
      "--out",
      out,
      "--json",
    ]);
    expect(second.code).toBe(1);
    expect(second.json()).toMatchObject({ total: 5, skipped: 4, succeeded: 0, failed: 1 });
    expect(calls.get("Mixed")).toBe(6); // 5, then the failed one again
    expect(readLines(out).map((line) => line.index)).toEqual(
      expect.arrayContaining([0, 1, 2, 3, 4]),
    );
    expect(readLines(out)).toHaveLength(6);
  });

  it("refuses an out file written for other inputs, and bad input lines (exit 2)", async () => {
    await createWorkflow("Checked");
    const inputs = writeInputs("Checked", 2);
    const out = join(mkdtempSync(join(tmpdir(), "noxus-batch-")), "out.jsonl");
    writeFileSync(out, `${JSON.stringify({ index: 0, input: { name: "other" }, ok: true })}\n`);
    const mismatch = await noxus(["runs", "batch", "Checked", "--inputs", inputs, "--out", out]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toMatch(/records input #0 differently from the inputs file/);

    const bad = join(mkdtempSync(join(tmpdir(), "noxus-batch-")), "in.jsonl");
    writeFileSync(bad, '{"name": "a", "greeting": "b"}\n[1, 2]\n');
    const badLine = await noxus([
      "runs",
      "batch",
      "Checked",
      "--inputs",
      bad,
      "--out",
      `${bad}.out`,
    ]);
    expect(badLine.code).toBe(2);
    expect(badLine.stderr).toMatch(/line 2 must be a JSON object/);
    const badConcurrency = await noxus([
      "runs",
      "batch",
      "Checked",
      "--inputs",
      inputs,
      "--out",
      out,
      "-c",
      "0",
    ]);
    expect(badConcurrency.code).toBe(2);
    expect(await runCount("Checked")).toBe(0);
  });

  it("is interrupted with Ctrl-C (exit 130) and resumed without redoing finished inputs", async () => {
    await createWorkflow("Resumable");
    const inputs = writeInputs("Resumable", 30);
    const out = join(mkdtempSync(join(tmpdir(), "noxus-batch-")), "out.jsonl");
    const args = [
      "runs",
      "batch",
      "Resumable",
      "--inputs",
      inputs,
      "--concurrency",
      "4",
      "--out",
      out,
    ];

    let signalled = false;
    const interrupted = await noxus(args, {
      onSpawn: (child) => {
        const timer = setInterval(() => {
          if (readLines(out).length >= 8) {
            clearInterval(timer);
            signalled = true;
            child.kill("SIGINT");
          }
        }, 20);
        child.on("close", () => clearInterval(timer));
      },
    });
    expect(signalled).toBe(true);
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toMatch(/interrupted: letting the runs in flight finish/);
    expect(interrupted.stdout).toMatch(/not run \(interrupted\)/);
    const partial = readLines(out);
    expect(partial.length).toBeGreaterThanOrEqual(8);
    expect(partial.length).toBeLessThan(30);
    expect(partial.every((line) => line.ok)).toBe(true);
    // Nothing started is lost: every run the server made is in the out file.
    expect(await runCount("Resumable")).toBe(partial.length);

    const resumed = await noxus([...args, "--json"]);
    expect(resumed.code).toBe(0);
    expect(resumed.json()).toMatchObject({
      total: 30,
      skipped: partial.length,
      succeeded: 30 - partial.length,
      failed: 0,
      interrupted: false,
    });
    const lines = readLines(out);
    expect(lines.map((line) => line.index).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i),
    );
    expect(
      lines.every((line) => line.ok && line.outputs?.Greeting === `Resumable, n${line.index}!`),
    ).toBe(true);
    // Each input ran exactly once overall: on the server and in the model.
    expect(await runCount("Resumable")).toBe(30);
    expect(calls.get("Resumable")).toBe(30);
  });
});
