/**
 * `streamChat` through the console: an allowlisted POST, so the CSRF rules hold for it, and
 * its SSE answer passes through unbuffered: the first piece of the reply reaches the browser
 * while the model is still writing the rest.
 */
import { LOCAL_MODEL, type ModelProvider } from "@noxus/local";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CONSOLE_HEADER, type ConsoleErrorBody } from "../../src/shared/protocol.js";
import { type Bed, startBed } from "./helpers.js";

/** A model that writes "Hello", then waits at a gate before writing " world". */
function halfwayModel(): { provider: ModelProvider; release(): void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const completion = { text: "Hello world", model: LOCAL_MODEL };
  return {
    provider: {
      name: "halfway",
      models: () => [
        { name: LOCAL_MODEL, provider: "halfway", description: "test", context_window: 1000 },
      ],
      complete: async () => {
        await gate;
        return completion;
      },
      async *stream() {
        yield { type: "delta", text: "Hello" };
        await gate;
        yield { type: "delta", text: " world" };
        yield { type: "done", completion };
      },
    },
    release,
  };
}

const model = halfwayModel();
let bed: Bed;
let conversationId: string;
beforeAll(async () => {
  bed = await startBed({}, { models: model.provider });
  const created = await bed.fromApp("/api/noxus/v1/conversations", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      name: "streamed",
      settings: { model: [LOCAL_MODEL], temperature: 0, tools: [] },
    }),
  });
  expect(created.status).toBe(200);
  conversationId = ((await created.json()) as { id: string }).id;
});
afterAll(async () => {
  model.release();
  await bed.close();
});

it("refuses a streamChat POST without the console header, like every POST", async () => {
  const response = await fetch(
    `${bed.origin}/api/noxus/v1/conversations/${conversationId}/stream`,
    {
      method: "POST",
      headers: { "content-type": "application/json", origin: bed.origin },
      body: JSON.stringify({ content: "not from the app" }),
    },
  );
  expect(response.status).toBe(403);
  expect(((await response.json()) as ConsoleErrorBody).code).toBe("csrf_rejected");
  expect(CONSOLE_HEADER).toBe("x-noxus-console");
});

it("delivers the reply's first piece while the model still writes, then the rest", async () => {
  const response = await bed.fromApp(`/api/noxus/v1/conversations/${conversationId}/stream`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ content: "hi" }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (!text.includes("\n\n")) {
    const { value, done } = await reader.read();
    expect(done, "the stream ended before its first event").toBe(false);
    text += decoder.decode(value, { stream: true });
  }
  // The model waits at the gate: the rest of the reply does not exist yet.
  expect(text).toContain('"type":"text_delta"');
  expect(text).toContain('"content":"Hello"');
  expect(text).not.toContain("conversation_end");

  model.release();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  expect(text).toContain('"content":" world"');
  expect(text).toContain('"type":"reply"');
  expect(text).toContain("conversation_end");
  expect(bed.logs).toContainEqual(expect.stringMatching(/^POST streamChat 200 /));
});
