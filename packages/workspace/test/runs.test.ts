import { randomUUID } from "node:crypto";
import {
  type FetchLike,
  NoxusAbortError,
  NoxusNotFoundError,
  NoxusValidationError,
  type RunEvent,
  type WorkflowDefinition,
} from "@noxus/client";
import { createLocalModel, type ModelProvider } from "@noxus/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  NoxusInputError,
  RunFailedError,
  RunWaitTimeoutError,
  type Workspace,
} from "../src/index.js";
import { Workspace as NodeWorkspace } from "../src/node.js";
import { threeNodeFlow } from "./helpers/flows.js";
import { startTestBed, type TestBed } from "./helpers/server.js";

// A model steered by the prompt: "[sleep:MS] …" answers after MS ms (honouring the server's
// abort, so a deleted workflow stops it), "[fail] …" throws, anything else is echoed.
const promptModel: ModelProvider = {
  name: "prompt-steered",
  async complete(request) {
    const prompt = [...request.messages].reverse().find((turn) => turn.role === "user")?.content;
    const text = prompt ?? "";
    if (text.startsWith("[fail]")) throw new Error("the model provider exploded");
    const sleepMs = /^\[sleep:(\d+)\]/.exec(text)?.[1];
    if (sleepMs) await abortableSleep(Number(sleepMs), request.signal);
    return { text, model: "prompt-steered" };
  },
  models: () => createLocalModel().models(),
};

function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

let bed: TestBed;
let ws: Workspace;

async function createWorkflow(definition: WorkflowDefinition, name = "runs-test") {
  const { data } = await ws.client.POST("/v1/workflows", {
    body: { name, type: "flow", definition },
  });
  return data.id;
}

const compose = () => createWorkflow(threeNodeFlow("ComposeTextNode", "Write about ((Input 1))."));
const generate = (template: string) =>
  createWorkflow(threeNodeFlow("TextGenerationNode", template));

beforeAll(async () => {
  bed = await startTestBed({ models: promptModel });
  ws = await bed.workspace();
});

afterAll(async () => {
  await bed?.close();
});

describe("ws.runs.create and RunHandle", () => {
  it("creates a run, waits for it and reads its output by label", async () => {
    const workflowId = await compose();
    const handle = await ws.runs.create(workflowId, { Topic: "cats" });
    expect(handle.workflowId).toBe(workflowId);
    expect(handle.status).toBe("queued");

    const run = await handle.wait({ timeoutMs: 10_000 });
    expect(run.status).toBe("completed");
    expect(handle.status).toBe("completed");
    expect(handle.run).toBe(run);
    expect(await handle.output("Result")).toBe("Write about cats.");
    expect(await handle.outputs()).toEqual({ Result: "Write about cats." });

    const again = await handle.refresh();
    expect(again.id).toBe(run.id);
    expect(again.status).toBe("completed");
    expect(again.finished_at).toBe(run.finished_at);

    const fetched = await ws.runs.get(workflowId, run.id);
    expect(fetched.run.output).toEqual(run.output);
    expect(await fetched.output("Result")).toBe("Write about cats.");
  });

  it("streams events live and ends on the terminal event", async () => {
    const workflowId = await generate("[sleep:200] Tell me about ((Input 1)).");
    const handle = await ws.runs.create(workflowId, { Topic: "owls" });
    const events: RunEvent[] = [];
    for await (const event of handle.events()) events.push(event);

    const last = events.at(-1);
    expect(last?.type).toBe("content");
    expect((last?.data as { workflow_status?: string } | undefined)?.workflow_status).toBe(
      "completed",
    );
    expect(events.some((event) => event.type === "state")).toBe(true);
    expect(new Set(events.map((event) => event.redisId)).size).toBe(events.length);
    // The stream kept the handle current; the output arrives with one refresh.
    expect(handle.status).toBe("completed");
    await handle.refresh();
    expect(await handle.output("Result")).toBe("[sleep:200] Tell me about owls.");

    // A finished run's stream replays its history and ends as well.
    const replay: RunEvent[] = [];
    for await (const event of handle.events()) replay.push(event);
    expect(replay.map((event) => event.redisId)).toEqual(events.map((event) => event.redisId));
  });

  it("notices the end of a run right after the server finishes it", async () => {
    const workflowId = await generate("[sleep:300] Slowly: ((Input 1))");
    const handle = await ws.runs.create(workflowId, { Topic: "snails" });
    const started = Date.now();
    const run = await handle.wait();
    const resolvedAt = Date.now();
    expect(run.status).toBe("completed");
    expect(resolvedAt - started).toBeGreaterThanOrEqual(250);
    const finishedAt = Date.parse(run.finished_at ?? "");
    expect(Number.isFinite(finishedAt)).toBe(true);
    // Same machine, same clock: SSE makes this a few ms (bench/ measures it precisely).
    expect(resolvedAt - finishedAt).toBeLessThan(200);
  });

  it("times out with the run as last seen, and the run goes on", async () => {
    const workflowId = await generate("[sleep:3000] ((Input 1))");
    const handle = await ws.runs.create(workflowId, { Topic: "x" });
    const started = Date.now();
    const error = await handle.wait({ timeoutMs: 300 }).catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(error).toBeInstanceOf(RunWaitTimeoutError);
    const timeout = error as RunWaitTimeoutError;
    expect(timeout.timeoutMs).toBe(300);
    expect(timeout.run.id).toBe(handle.id);
    expect(["queued", "running"]).toContain(timeout.run.status);
    expect(timeout.message).toContain(handle.id);
    await ws.client.DELETE("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: workflowId } },
    });
  });

  it("aborts a wait promptly with NoxusAbortError", async () => {
    const workflowId = await generate("[sleep:3000] ((Input 1))");
    const handle = await ws.runs.create(workflowId, { Topic: "x" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const started = Date.now();
    const error = await handle
      .wait({ signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NoxusAbortError);
    expect(Date.now() - started).toBeLessThan(1_000);
    // An already aborted signal refuses at once.
    await expect(handle.wait({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      NoxusAbortError,
    );
    await ws.client.DELETE("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: workflowId } },
    });
  });

  it("throws RunFailedError carrying the failed run", async () => {
    const workflowId = await generate("[fail] ((Input 1))");
    const handle = await ws.runs.create(workflowId, { Topic: "doom" });
    const error = await handle.wait({ timeoutMs: 10_000 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RunFailedError);
    const failed = error as RunFailedError;
    expect(failed.run.id).toBe(handle.id);
    expect(failed.run.status).toBe("failed");
    expect(failed.message).toContain("the model provider exploded");
    expect(handle.status).toBe("failed");
    // Already finished: a second wait answers at once, the same way.
    await expect(handle.wait()).rejects.toBeInstanceOf(RunFailedError);
  });

  it("returns a stopped run instead of waiting forever (workflow deleted mid-run)", async () => {
    const workflowId = await generate("[sleep:5000] ((Input 1))");
    const handle = await ws.runs.create(workflowId, { Topic: "x" });
    const waiting = handle.wait({ timeoutMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    await ws.client.DELETE("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: workflowId } },
    });
    const run = await waiting;
    expect(run.status).toBe("stopped");
    expect(handle.status).toBe("stopped");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("falls back to polling when the event stream is unavailable", async () => {
    const seen: string[] = [];
    const refusingEvents: FetchLike = (request, init) => {
      const { pathname } = new URL(request.url);
      seen.push(pathname);
      if (pathname.endsWith("/events")) return Promise.reject(new TypeError("fetch failed"));
      return fetch(request, init);
    };
    const polling = await NodeWorkspace.connect({
      apiKey: (ws as Workspace & { apiKey: string }).apiKey,
      baseUrl: bed.server.url,
      env: {},
      fetch: refusingEvents,
      maxRetries: 0,
    });
    const workflowId = await generate("[sleep:1500] Polled ((Input 1))");
    const handle = await polling.runs.create(workflowId, { Topic: "frogs" });
    const run = await handle.wait({ pollIntervalMs: 50, timeoutMs: 10_000 });
    expect(run.status).toBe("completed");
    expect(await handle.output("Result")).toBe("[sleep:1500] Polled frogs");
    expect(seen.some((path) => path.endsWith("/events"))).toBe(true);
    const polls = seen.filter((path) => path === `/v1/workflows/${workflowId}/runs/${handle.id}`);
    expect(polls.length).toBeGreaterThanOrEqual(5);
  });
});

describe("ws.runs.runSync", () => {
  it("runs a workflow and answers its output by label", async () => {
    const workflowId = await compose();
    const result = await ws.runs.runSync(workflowId, { Topic: "dogs" });
    expect(result.id).toMatch(/\S/);
    expect(result.outputs).toEqual({ Result: "Write about dogs." });
    expect(result.output.Result).toMatchObject({ text: "Write about dogs." });

    const output = await ws.runs.runSync(workflowId, { Topic: "mice" }, { outputOnly: true });
    expect(output.Result).toMatchObject({ text: "Write about mice." });

    const handle = await ws.runs.get(workflowId, result.id);
    expect(handle.status).toBe("completed");
  });

  it("throws RunFailedError when the run fails", async () => {
    const workflowId = await generate("[fail] ((Input 1))");
    const error = await ws.runs.runSync(workflowId, { Topic: "x" }).catch((caught) => caught);
    expect(error).toBeInstanceOf(RunFailedError);
    expect((error as RunFailedError).run.status).toBe("failed");
  });
});

describe("ws.runs.list", () => {
  it("walks every run of a workflow across pages", async () => {
    const workflowId = await compose();
    const created = new Set<string>();
    for (let i = 0; i < 23; i++) {
      const handle = await ws.runs.create(workflowId, { Topic: `t${i}` });
      created.add(handle.id);
    }
    const sizes: number[] = [];
    for await (const page of ws.runs.list(workflowId, { pageSize: 10 }).pages()) {
      sizes.push(page.items.length);
      expect(page.total).toBe(23);
    }
    expect(sizes).toEqual([10, 10, 3]);
    const runs = await ws.runs.list(workflowId, { pageSize: 10 }).toArray();
    expect(new Set(runs.map((run) => run.id))).toEqual(created);
    expect(await ws.runs.list(workflowId, { pageSize: 10 }).toArray({ limit: 12 })).toHaveLength(
      12,
    );

    const all = await ws.runs.listAll({ pageSize: 10 }).toArray();
    const ours = all.filter((run) => run.workflow_id === workflowId);
    expect(new Set(ours.map((run) => run.id))).toEqual(created);
    expect(ours[0]?.workflow?.id).toBe(workflowId);
  });
});

describe("bad input", () => {
  it("answers NoxusNotFoundError for a workflow that does not exist", async () => {
    const missing = randomUUID();
    await expect(ws.runs.create(missing, { Topic: "x" })).rejects.toBeInstanceOf(
      NoxusNotFoundError,
    );
    await expect(ws.runs.runSync(missing, { Topic: "x" })).rejects.toBeInstanceOf(
      NoxusNotFoundError,
    );
    await expect(ws.runs.list(missing).toArray()).rejects.toBeInstanceOf(NoxusNotFoundError);
    await expect(ws.runs.get(missing, randomUUID())).rejects.toBeInstanceOf(NoxusNotFoundError);
  });

  it("refuses malformed arguments before sending, with what to fix", async () => {
    const workflowId = await compose();
    for (const input of ["cats", ["cats"], null, new Date()]) {
      const error = await ws.runs
        .create(workflowId, input as unknown as Record<string, unknown>)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(NoxusInputError);
      expect((error as NoxusInputError).code).toBe("invalid_input");
      expect((error as Error).message).toContain("plain object");
    }
    await expect(ws.runs.create("", { Topic: "x" })).rejects.toMatchObject({
      code: "invalid_id",
    });
    await expect(
      ws.runs.create(workflowId, { Topic: "x" }, { callbackUrl: "not a url" }),
    ).rejects.toMatchObject({ code: "invalid_callback_url" });

    // An unknown input key is the server's call: a 422 naming the accepted keys.
    const unknownKey = await ws.runs
      .create(workflowId, { Subject: "x" })
      .catch((caught: unknown) => caught);
    expect(unknownKey).toBeInstanceOf(NoxusValidationError);
    // The message shows the server's issues whole, every accepted key uncut, and the hint
    // only once, in its own field.
    const { definition } = await ws.workflows.get(workflowId);
    const inputNode = definition.nodes.find((node) => node.type === "InputNode");
    const message = (unknownKey as NoxusValidationError).message;
    expect(message).toContain(
      `No input node of this workflow is keyed "Subject"; accepted keys: ${inputNode?.id}::input, ${inputNode?.id}, Topic.`,
    );
    expect(message).not.toMatch(/hint/i);
    expect((unknownKey as NoxusValidationError).hint).toMatch(/names each field to fix/);

    const handle = await ws.runs.create(workflowId, { Topic: "x" });
    await expect(handle.wait({ timeoutMs: -1 })).rejects.toMatchObject({ code: "invalid_option" });
    await handle.wait();
    const error = await handle.output("Nope").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NoxusInputError);
    expect((error as NoxusInputError).code).toBe("unknown_output");
    expect((error as Error).message).toContain('"Result"');
  });
});
