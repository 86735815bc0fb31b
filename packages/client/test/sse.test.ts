import { afterAll, describe, expect, it } from "vitest";
import {
  NoxusAbortError,
  NoxusConnectionError,
  NoxusNotFoundError,
  type RunEvent,
} from "../src/index.js";
import { streamChat, streamConversationEvents, streamRunEvents } from "../src/sse.js";
import { startScriptedServer } from "./helpers/scripted-server.js";
import { createNoxusClient } from "./helpers/transport-under-test.js";

const server = await startScriptedServer();
afterAll(() => server.close());
const noxus = createNoxusClient({ baseUrl: server.url, auth: { apiKey: "k" } });

const runEvent = (n: number, extra: Record<string, unknown> = {}) => ({
  type: "content",
  data: { id: `node-${n}`, status: "completed", ...extra },
  redisId: `1700000000000-${n}`,
});
const frame = (payload: object, id?: string) =>
  `${id ? `id: ${id}\n` : ""}event: message\ndata: ${JSON.stringify(payload)}\n\n`;
const terminal = (n: number) => runEvent(n, { workflow_status: "completed" });

async function collect<T>(events: AsyncIterable<T>): Promise<T[]> {
  const seen: T[] = [];
  for await (const event of events) seen.push(event);
  return seen;
}
const ids = (events: RunEvent[]) => events.map((event) => event.redisId);

describe("run events", () => {
  it("resumes a stream cut mid-event from the last complete event, without loss or duplicates", async () => {
    const first = [frame(runEvent(1)), frame(runEvent(2)), frame(runEvent(3))];
    const cutAt = first[0]!.length + first[1]!.length + 20; // inside the third event
    server.play([
      { chunks: first, cutAfterBytes: cutAt },
      { chunks: [frame(runEvent(3)), frame(terminal(4))] },
    ]);
    const events = await collect(streamRunEvents(noxus, "run-1", { reconnectDelayMs: 10 }));
    expect(ids(events)).toEqual([
      "1700000000000-1",
      "1700000000000-2",
      "1700000000000-3",
      "1700000000000-4",
    ]);
    expect(server.arrivals.map((a) => a.url)).toEqual([
      "/v1/runs/run-1/events",
      "/v1/runs/run-1/events?etag=1700000000000-2",
    ]);
    expect(server.arrivals[1]?.headers["x-api-key"]).toBe("k");
  });

  it("reconnects when the stream closes before its terminal event", async () => {
    server.play([{ chunks: [frame(runEvent(1))] }, { chunks: [frame(terminal(2))] }]);
    const events = await collect(streamRunEvents(noxus, "run-2", { reconnectDelayMs: 10 }));
    expect(ids(events)).toEqual(["1700000000000-1", "1700000000000-2"]);
    expect(server.arrivals).toHaveLength(2);
  });

  it("ends on the terminal event, ignoring other event names", async () => {
    server.play([
      {
        chunks: [
          frame(runEvent(1)),
          "event: ping\ndata: {}\n\n",
          ": keep-alive\n\n",
          frame(terminal(2)),
          frame(runEvent(3)),
        ],
      },
    ]);
    const events = await collect(streamRunEvents(noxus, "run-3"));
    expect(ids(events)).toEqual(["1700000000000-1", "1700000000000-2"]);
    expect(server.arrivals).toHaveLength(1);
  });

  it("starts after resumeFrom when asked", async () => {
    server.play([{ chunks: [frame(terminal(9))] }]);
    await collect(streamRunEvents(noxus, "run-4", { resumeFrom: "1700000000000-8" }));
    expect(server.arrivals[0]?.url).toBe("/v1/runs/run-4/events?etag=1700000000000-8");
  });

  it("aborts the request when the loop is left early", async () => {
    const slow = Array.from({ length: 400 }, (_, n) => frame(runEvent(n)));
    server.play([{ chunks: slow }]);
    for await (const event of streamRunEvents(noxus, "run-5")) {
      expect(event.redisId).toBe("1700000000000-0");
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.arrivals).toHaveLength(1);
    expect(server.arrivals[0]?.completed).toBe(false);
  });

  it("surfaces API errors at once, without reconnecting", async () => {
    server.play([
      { status: 404, body: { detail: "Run not found" } },
      { chunks: [frame(terminal(1))] },
    ]);
    await expect(collect(streamRunEvents(noxus, "missing"))).rejects.toBeInstanceOf(
      NoxusNotFoundError,
    );
    expect(server.arrivals).toHaveLength(1);
  });

  it("gives up after maxReconnects failed reconnections in a row", async () => {
    server.play([
      { reset: true },
      { reset: true },
      { reset: true },
      { reset: true },
      { reset: true },
      { reset: true },
    ]);
    const quiet = createNoxusClient({ baseUrl: server.url, maxRetries: 0 });
    await expect(
      collect(streamRunEvents(quiet, "run-6", { maxReconnects: 2, reconnectDelayMs: 5 })),
    ).rejects.toBeInstanceOf(NoxusConnectionError);
    expect(server.arrivals).toHaveLength(3);
  });

  it("stops with NoxusAbortError when the caller aborts", async () => {
    const slow = Array.from({ length: 400 }, (_, n) => frame(runEvent(n)));
    server.play([{ chunks: slow }]);
    const controller = new AbortController();
    const seen: RunEvent[] = [];
    const outcome = (async () => {
      for await (const event of streamRunEvents(noxus, "run-7", { signal: controller.signal })) {
        seen.push(event);
        if (seen.length === 3) controller.abort();
      }
    })();
    await expect(outcome).rejects.toBeInstanceOf(NoxusAbortError);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.length).toBeLessThan(400);
  });
});

describe("conversation events", () => {
  const message = (content: string) => ({ role: "assistant", type: "text", content });
  const end = { role: "assistant", type: "conversation_end" };

  it("resumes from the last SSE id the server sent", async () => {
    server.play([
      { chunks: [frame(message("a"), "e-1"), frame(message("b"), "e-2")] },
      { chunks: [frame(end, "e-3")] },
    ]);
    const events = await collect(streamConversationEvents(noxus, "c-1", { reconnectDelayMs: 5 }));
    expect(events.map((event) => event.content ?? event.type)).toEqual([
      "a",
      "b",
      "conversation_end",
    ]);
    expect(server.arrivals[1]?.url).toBe("/v1/conversations/c-1/events?etag=e-2");
  });

  it("skips replayed events by count when the server sends no ids", async () => {
    server.play([
      { chunks: [frame(message("a")), frame(message("b"))] },
      { chunks: [frame(message("a")), frame(message("b")), frame(message("c")), frame(end)] },
    ]);
    const events = await collect(streamConversationEvents(noxus, "c-2", { reconnectDelayMs: 5 }));
    expect(events.map((event) => event.content ?? event.type)).toEqual([
      "a",
      "b",
      "c",
      "conversation_end",
    ]);
  });
});

describe("streamChat", () => {
  const delta = (content: string) => ({ type: "text_delta", role: "assistant", content });
  const end = { type: "conversation_end", role: "assistant", etag: "1-2" };

  it("posts the message once and yields the events until conversation_end", async () => {
    server.play([{ chunks: [frame(delta("Hel")), frame(delta("lo")), frame(end, "1-2")] }]);
    const events = await collect(streamChat(noxus, "c-3", { content: "Hi" }));
    expect(events).toEqual([delta("Hel"), delta("lo"), end]);
    expect(server.arrivals.at(-1)).toMatchObject({
      method: "POST",
      url: "/v1/conversations/c-3/stream",
    });
  });

  it("is never reopened: a stream cut before conversation_end is a connection error", async () => {
    server.play([{ chunks: [frame(delta("Hel"))] }, { chunks: [frame(end)] }]);
    const before = server.arrivals.length;
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const event of streamChat(noxus, "c-4", { content: "Hi" })) seen.push(event);
      })(),
    ).rejects.toBeInstanceOf(NoxusConnectionError);
    expect(seen).toEqual([delta("Hel")]);
    expect(server.arrivals.length - before).toBe(1);
    server.play([]);
  });

  it("throws the API's error for a 404", async () => {
    server.play([{ status: 404, body: { detail: "Conversation not found" } }]);
    await expect(collect(streamChat(noxus, "c-5", { content: "Hi" }))).rejects.toBeInstanceOf(
      NoxusNotFoundError,
    );
  });
});
