import { NoxusAbortError, NoxusValidationError, type Run } from "@noxus/client";
import { createLocalModel, type ModelProvider } from "@noxus/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NoxusInputError, type RunManyProgress, type Workspace } from "../src/index.js";
import { threeNodeFlow } from "./helpers/flows.js";
import { startTestBed, type TestBed } from "./helpers/server.js";

// Counts the model calls the server makes at once: the server's view of runs in flight.
// "[sleep:MS] …" prompts take MS ms, the others MODEL_DELAY_MS: long enough that runs finish
// slower than a client could create them, so an unbounded batch would pile them up.
const MODEL_DELAY_MS = 60;
const calls = { active: 0, max: 0, total: 0 };
const countingModel: ModelProvider = {
  name: "counting",
  async complete(request) {
    calls.active += 1;
    calls.total += 1;
    calls.max = Math.max(calls.max, calls.active);
    try {
      const text =
        [...request.messages].reverse().find((turn) => turn.role === "user")?.content ?? "";
      const ms = Number(/^\[sleep:(\d+)\]/.exec(text)?.[1] ?? MODEL_DELAY_MS);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, ms);
        request.signal?.addEventListener("abort", () => {
          clearTimeout(timer);
          reject(request.signal?.reason);
        });
      });
      return { text, model: "counting" };
    } finally {
      calls.active -= 1;
    }
  },
  models: () => createLocalModel().models(),
};

const flow = (template: string) => threeNodeFlow("TextGenerationNode", template);

/**
 * The most runs the server held at once, from its own timestamps: a run is in flight from
 * created_at to finished_at. At equal times an end counts before a start (ms resolution;
 * the client only starts a run after it has seen another end).
 */
function maxOverlap(runs: Run[]): number {
  const edges = runs.flatMap((run) => [
    { at: Date.parse(run.created_at), delta: 1 },
    { at: Date.parse(run.finished_at ?? ""), delta: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let current = 0;
  let max = 0;
  for (const edge of edges) {
    current += edge.delta;
    max = Math.max(max, current);
  }
  return max;
}

let bed: TestBed;
let ws: Workspace;

async function createWorkflow(template: string) {
  const { data } = await ws.client.POST("/v1/workflows", {
    body: { name: "runs-many-test", type: "flow", definition: flow(template) },
  });
  return data.id;
}

beforeAll(async () => {
  // The engine may execute more runs at once than the batch allows, so the model's own
  // count of concurrent calls measures the batch's limit, not the engine's.
  bed = await startTestBed({ models: countingModel, runConcurrency: 16 });
  ws = await bed.workspace();
});

afterAll(async () => {
  await bed?.close();
});

describe("ws.runs.runMany", () => {
  it("runs 100 inputs with at most 5 in flight, results in input order", async () => {
    const workflowId = await createWorkflow("Say ((Input 1))");
    const inputs = Array.from({ length: 100 }, (_, i) => ({ Topic: `item-${i}` }));
    const progress: RunManyProgress[] = [];
    calls.max = 0;
    calls.total = 0;

    const results = await ws.runs.runMany(workflowId, inputs, {
      concurrency: 5,
      onProgress: (update) => progress.push(update),
    });

    expect(results).toHaveLength(100);
    const runs: Run[] = [];
    for (const [i, result] of results.entries()) {
      expect(result.input).toBe(inputs[i]);
      if (!result.ok) throw result.error;
      expect(result.run.status).toBe("completed");
      expect(result.run.input).toEqual({ Topic: `item-${i}` });
      expect(await result.handle.output("Result")).toBe(`Say item-${i}`);
      runs.push(result.run);
    }
    expect(new Set(runs.map((run) => run.id)).size).toBe(100);

    // Server side: every run called the model once, and the runs the server held at once
    // (created, not finished) never exceeded the limit and did reach it.
    expect(calls.total).toBe(100);
    expect(maxOverlap(runs)).toBe(5);
    // The model, on the server, saw exactly as many calls at once as the batch allows.
    expect(calls.max).toBe(5);

    expect(progress).toHaveLength(100);
    for (const [i, update] of progress.entries()) {
      expect(update).toEqual({
        done: i + 1,
        total: 100,
        succeeded: i + 1,
        failed: 0,
      });
    }
  });

  it("keeps fewer runs in flight than the server could: the limit is the client's", async () => {
    const workflowId = await createWorkflow("Say ((Input 1))");
    const inputs = Array.from({ length: 30 }, (_, i) => ({ Topic: `n${i}` }));
    calls.max = 0;
    const results = await ws.runs.runMany(workflowId, inputs, { concurrency: 2 });
    const runs = results.map((result) => {
      if (!result.ok) throw result.error;
      return result.run;
    });
    expect(maxOverlap(runs)).toBe(2);
    expect(calls.max).toBe(2);
  });

  it("answers bad inputs as per-item errors while the others succeed", async () => {
    const workflowId = await createWorkflow("Say ((Input 1))");
    const inputs: Record<string, unknown>[] = Array.from({ length: 20 }, (_, i) =>
      i % 5 === 0 ? { Subject: `bad-${i}` } : { Topic: `good-${i}` },
    );
    const progress: RunManyProgress[] = [];
    const results = await ws.runs.runMany(workflowId, inputs, {
      concurrency: 3,
      onProgress: (update) => progress.push(update),
    });
    expect(results).toHaveLength(20);
    for (const [i, result] of results.entries()) {
      expect(result.input).toBe(inputs[i]);
      if (i % 5 === 0) {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error).toBeInstanceOf(NoxusValidationError);
          expect(result.error.message).toBeTruthy();
        }
      } else {
        expect(result.ok).toBe(true);
        if (result.ok) expect(await result.handle.output("Result")).toBe(`Say good-${i}`);
      }
    }
    expect(progress.at(-1)).toEqual({ done: 20, total: 20, succeeded: 16, failed: 4 });
  });

  it("stops starting runs and cancels waits when aborted, still answering every item", async () => {
    const workflowId = await createWorkflow("[sleep:2000] ((Input 1))");
    const inputs = Array.from({ length: 20 }, (_, i) => ({ Topic: `slow-${i}` }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    const results = await ws.runs.runMany(workflowId, inputs, {
      concurrency: 3,
      signal: controller.signal,
    });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(results).toHaveLength(20);
    for (const result of results) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toBeInstanceOf(NoxusAbortError);
    }
    // Only the first three were ever created.
    const created = await ws.runs.list(workflowId).toArray();
    expect(created).toHaveLength(3);
    await ws.client.DELETE("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: workflowId } },
    });
  });

  it("reports each started item through onResult as it settles, with its index", async () => {
    const workflowId = await createWorkflow("Say ((Input 1))");
    const inputs = Array.from({ length: 8 }, (_, i) => ({ Topic: `r${i}` }));
    const seen: { index: number; ok: boolean; output?: unknown }[] = [];
    const results = await ws.runs.runMany(workflowId, inputs, {
      concurrency: 3,
      onResult: async (result, index) => {
        // An async callback holds its slot: the output is read before the next run starts.
        seen.push({
          index,
          ok: result.ok,
          ...(result.ok ? { output: await result.handle.output("Result") } : {}),
        });
      },
    });
    expect(seen.map((entry) => entry.index).sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7,
    ]);
    for (const entry of seen)
      expect(entry).toEqual({ index: entry.index, ok: true, output: `Say r${entry.index}` });
    expect(results.every((result) => result.ok)).toBe(true);
  });

  it("stopSignal starts nothing more but lets the runs in flight finish", async () => {
    const workflowId = await createWorkflow("[sleep:400] ((Input 1))");
    const inputs = Array.from({ length: 10 }, (_, i) => ({ Topic: `stop-${i}` }));
    const stop = new AbortController();
    const reported: number[] = [];
    const results = await ws.runs.runMany(workflowId, inputs, {
      concurrency: 2,
      stopSignal: stop.signal,
      onResult: (_result, index) => {
        reported.push(index);
        stop.abort();
      },
    });
    // The first two were in flight when the first ended and stopped the batch: both finished.
    expect(reported.sort()).toEqual([0, 1]);
    expect(results.slice(0, 2).every((result) => result.ok)).toBe(true);
    for (const result of results.slice(2)) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toBeInstanceOf(NoxusAbortError);
    }
    expect(await ws.runs.list(workflowId).toArray()).toHaveLength(2);
  });

  it("rejects with the error of an onResult callback that throws", async () => {
    const workflowId = await createWorkflow("Say ((Input 1))");
    const bug = new Error("callback bug");
    await expect(
      ws.runs.runMany(workflowId, [{ Topic: "a" }, { Topic: "b" }], {
        concurrency: 1,
        onResult: () => {
          throw bug;
        },
      }),
    ).rejects.toBe(bug);
  });

  it("refuses a bad batch before sending anything", async () => {
    const workflowId = await createWorkflow("Say ((Input 1))");
    await expect(
      ws.runs.runMany(workflowId, [{ Topic: "a" }], { concurrency: 0 }),
    ).rejects.toBeInstanceOf(NoxusInputError);
    await expect(
      ws.runs.runMany(workflowId, "nope" as unknown as Record<string, unknown>[]),
    ).rejects.toMatchObject({ code: "invalid_input" });
    expect(await ws.runs.runMany(workflowId, [])).toEqual([]);
    // A non-object item is that item's error, not the batch's.
    const [bad, good] = await ws.runs.runMany(workflowId, [
      "nope" as unknown as Record<string, unknown>,
      { Topic: "fine" },
    ]);
    expect(bad?.ok).toBe(false);
    if (bad && !bad.ok) expect(bad.error).toBeInstanceOf(NoxusInputError);
    expect(good?.ok).toBe(true);
  });
});
