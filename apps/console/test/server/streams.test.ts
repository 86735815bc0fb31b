/**
 * Streams pass through unbuffered: an SSE event reaches the browser while the run is still
 * going, an upload reaches the backend without the console holding it (its memory does not
 * grow with the upload), and the console's own failures are JSON: 413 past the body limit,
 * 502 when the backend cannot be reached.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createLocalModel, LOCAL_MODEL, type ModelProvider } from "@noxus/local";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { CONSOLE_HEADER, type ConsoleErrorBody } from "../../src/shared/protocol.js";
import { type Bed, demoKey, startBed } from "./helpers.js";

/**
 * The local model, held at a gate: a run stays in its TextGeneration node (a chat reply stays
 * unwritten) until released. `entered` settles once something waits at the gate.
 */
function gatedModel(): { provider: ModelProvider; release(): void; entered: Promise<void> } {
  const model = createLocalModel();
  let release = () => {};
  let enter = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const entered = new Promise<void>((resolve) => {
    enter = resolve;
  });
  return {
    provider: {
      name: model.name,
      models: () => model.models(),
      complete: async (request) => {
        enter();
        await gate;
        return model.complete(request);
      },
    },
    release,
    entered,
  };
}

describe("SSE", () => {
  const gated = gatedModel();
  let bed: Bed;
  beforeAll(async () => {
    bed = await startBed({}, { models: gated.provider });
  });
  afterAll(async () => {
    gated.release();
    await bed.close();
  });

  it("delivers a run's first event while the run is still going, then the rest", async () => {
    const list = (await (await bed.fromApp("/api/noxus/v1/workflows")).json()) as {
      items: Array<{ id: string; name: string }>;
    };
    const workflow = list.items.find((item) => item.name === "Summarise");
    const created = await bed.fromApp(`/api/noxus/v1/workflows/${workflow?.id}/runs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ input: { text: "streams" } }),
    });
    expect(created.status).toBe(200);
    const run = (await created.json()) as { id: string };

    const events = await bed.fromApp(`/api/noxus/v1/runs/${run.id}/events`, {
      headers: { accept: "text/event-stream" },
    });
    expect(events.status).toBe(200);
    expect(events.headers.get("content-type")).toMatch(/text\/event-stream/);
    expect(events.headers.get("x-accel-buffering")).toBe("no");
    const reader = (events.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes("\n\n")) {
      const { value, done } = await reader.read();
      expect(done, "the stream ended before its first event").toBe(false);
      text += decoder.decode(value, { stream: true });
    }
    expect(text).toMatch(/^data: /m);
    // The model has not answered: the run cannot have finished, so this event came live.
    const status = (await (await bed.fromApp(`/api/noxus/v1/runs/${run.id}`)).json()) as {
      status: string;
    };
    expect(["queued", "running"]).toContain(status.status);

    // A second viewer that leaves while the run is held: its line says "aborted".
    const leaving = await bed.fromApp(`/api/noxus/v1/runs/${run.id}/events`);
    await leaving.body?.cancel();
    await vi.waitFor(() =>
      expect(bed.logs).toContainEqual(
        expect.stringMatching(/^GET streamRunEvents 200 aborted \d+ms$/),
      ),
    );

    gated.release();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    expect(text).toContain("Summarise in one paragraph: streams");
  });
});

/** Reads SSE text from `reader` until it holds `count` complete events. */
async function readEvents(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  text: string,
  count: number,
): Promise<string> {
  const decoder = new TextDecoder();
  while ((text.match(/\n\n/g) ?? []).length < count) {
    const { value, done } = await reader.read();
    expect(done, "the stream ended too early").toBe(false);
    text += decoder.decode(value, { stream: true });
  }
  return text;
}

describe("SSE of a conversation", () => {
  const gated = gatedModel();
  let bed: Bed;
  beforeAll(async () => {
    bed = await startBed({}, { models: gated.provider });
  });
  afterAll(async () => {
    gated.release();
    await bed.close();
  });

  it("delivers the user's message while the reply is being generated, then the reply", async () => {
    const json = { "content-type": "application/json" };
    const created = await bed.fromApp("/api/noxus/v1/conversations", {
      method: "POST",
      headers: json,
      body: JSON.stringify({
        name: "live",
        settings: { model: [LOCAL_MODEL], temperature: 0.2, tools: [] },
      }),
    });
    expect(created.status).toBe(200);
    const conversation = (await created.json()) as { id: string };
    // addMessage answers once the reply is written: send it, and stream while it waits.
    const added = bed.fromApp(`/api/noxus/v1/conversations/${conversation.id}`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ content: "hello live" }),
    });
    await gated.entered;

    const events = await bed.fromApp(`/api/noxus/v1/conversations/${conversation.id}/events`);
    expect(events.status).toBe(200);
    const reader = (events.body as ReadableStream<Uint8Array>).getReader();
    // The model is held: the reply does not exist yet, so this event came while the stream is open.
    let text = await readEvents(reader, "", 1);
    expect(text).toContain('"content":"hello live"');
    expect(text).not.toContain("conversation_end");

    gated.release();
    const decoder = new TextDecoder();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    expect(text).toMatch(/"role":"assistant","type":"text"/);
    expect(text).toContain("conversation_end");
    expect((await added).status).toBe(200);
  });
});

describe("uploads", () => {
  const CLI = fileURLToPath(new URL("../../dist/server/cli.js", import.meta.url));
  const MiB = 1024 * 1024;
  let bed: Bed;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    bed = await startBed({}, { maxFileBytes: 512 * MiB });
  });
  afterEach(() => {
    child?.kill("SIGKILL");
  });
  afterAll(() => bed.close());

  /** The built console in its own process, so its memory can be read apart from the test's. */
  async function spawnConsole(): Promise<{ origin: string; pid: number; output(): string }> {
    child = spawn(process.execPath, [CLI, "serve", "--port", "0"], {
      env: {
        PATH: process.env.PATH ?? "",
        HOME: "/nonexistent",
        NOXUS_API_KEY: demoKey(bed),
        NOXUS_BACKEND_URL: bed.local.url,
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const spawned = child;
    let output = "";
    const origin = await new Promise<string>((resolve, reject) => {
      spawned.on("exit", (code) => reject(new Error(`the console exited with ${code}: ${output}`)));
      spawned.stdout?.on("data", (chunk) => {
        output += chunk;
        const found = /Noxus console: (http:\/\/\S+?)\/?\s/.exec(output)?.[1];
        if (found) resolve(found);
      });
    });
    return { origin, pid: spawned.pid ?? 0, output: () => output };
  }

  /** Peak resident memory of a process so far (Linux). */
  function peakRssBytes(pid: number): number {
    const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return Number(line?.[1]) * 1024;
  }

  /** A multipart upload of `bytes` bytes, produced chunk by chunk and sent chunked. */
  function upload(origin: string, bytes: number): Promise<Response> {
    const boundary = "----noxus-console-test";
    const head = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.txt"\r\ncontent-type: text/plain\r\n\r\n`;
    const tail = `\r\n--${boundary}--\r\n`;
    const chunk = new Uint8Array(MiB).fill(97);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(head));
      },
      pull(controller) {
        if (sent >= bytes) {
          controller.enqueue(new TextEncoder().encode(tail));
          controller.close();
          return;
        }
        const size = Math.min(MiB, bytes - sent);
        controller.enqueue(size === MiB ? chunk : chunk.subarray(0, size));
        sent += size;
      },
    });
    return fetch(`${origin}/api/noxus/v1/file`, {
      method: "POST",
      headers: {
        origin,
        [CONSOLE_HEADER]: "1",
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      body,
      duplex: "half",
    } as RequestInit);
  }

  it("streams a large upload to the backend: the console's memory does not grow with it", async () => {
    const { origin, pid, output } = await spawnConsole();
    const small = await upload(origin, MiB);
    expect(small.status, await small.clone().text()).toBe(200);
    await small.json();
    const before = peakRssBytes(pid);

    const size = 224 * MiB;
    const big = await upload(origin, size);
    expect(big.status).toBe(200);
    expect(await big.json()).toMatchObject({ size });
    const grown = peakRssBytes(pid) - before;
    // Holding the upload would cost at least its 224 MiB. Streaming leaves only chunks not yet
    // collected: V8 collects Buffers once about 64 MiB of them are outstanding, so the peak
    // stays under that plus a margin, whatever the upload's size.
    expect(grown).toBeLessThan(96 * MiB);
    // Its start-up line and request log name the workspace, never the key.
    expect(output()).toMatch(/POST uploadFile 200 \d+ms/);
    expect(output()).not.toContain(demoKey(bed));
  });
});

it("passes the backend's refusal of an upload it has not read whole (413) to the browser", async () => {
  const bed = await startBed({}, { maxFileBytes: 1024 * 1024 });
  try {
    const boundary = "----noxus-console-test";
    const body = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.txt"\r\ncontent-type: text/plain\r\n\r\n${"a".repeat(8 * 1024 * 1024)}\r\n--${boundary}--\r\n`;
    const response = await bed.fromApp("/api/noxus/v1/file", {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      body,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ detail: expect.stringMatching(/too large/) });
    // The console is fine afterwards.
    expect((await bed.fromApp("/api/noxus/v1/workflows")).status).toBe(200);
  } finally {
    await bed.close();
  }
});

describe("the console's own failures", () => {
  it("answers 413 JSON past the body limit, announced or chunked", async () => {
    const bed = await startBed({ maxBodyBytes: 1024 });
    try {
      const big = JSON.stringify({ name: "x".repeat(4096) });
      const announced = await bed.fromApp("/api/noxus/v1/knowledge-bases", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: big,
      });
      expect(announced.status).toBe(413);
      expect(((await announced.json()) as ConsoleErrorBody).code).toBe("body_too_large");

      const chunked = await bed.fromApp("/api/noxus/v1/knowledge-bases", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(big));
            controller.close();
          },
        }),
        duplex: "half",
      } as RequestInit);
      expect(chunked.status).toBe(413);
      expect(((await chunked.json()) as ConsoleErrorBody).code).toBe("body_too_large");

      const names = (
        (await (await bed.fromApp("/api/noxus/v1/knowledge-bases")).json()) as {
          items: Array<{ name: string }>;
        }
      ).items.map((kb) => kb.name);
      expect(names).not.toContain("x".repeat(4096));
    } finally {
      await bed.close();
    }
  });

  it("answers 502 JSON when the backend cannot be reached", async () => {
    const bed = await startBed();
    const url = bed.local.url;
    await bed.local.close();
    try {
      const response = await bed.fromApp("/api/noxus/v1/workflows");
      expect(response.status).toBe(502);
      const body = (await response.json()) as ConsoleErrorBody;
      expect(body.code).toBe("upstream_unreachable");
      expect(body.detail).toContain(url);
      expect(bed.logs).toContainEqual(expect.stringMatching(/^GET listWorkflows 502 \d+ms$/));
    } finally {
      await bed.console.close();
    }
  });
});
