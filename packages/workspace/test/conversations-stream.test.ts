import { type CompletionChunk, createLocalModel, type ModelProvider } from "@noxus/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ChatStreamPart,
  type ConversationEvent,
  ConversationReplyError,
  type ConversationSettingsInput,
  NoxusError,
  NoxusInputError,
  type Workspace,
} from "../src/index.js";
import { startTestBed, type TestBed } from "./helpers/server.js";

// handle.stream(message): a turn streamed in one call, on a real @noxus/local over HTTP.

const SETTINGS: ConversationSettingsInput = { model: "noxus-local-echo", temperature: 0 };

/** Releases the model's second half once the test has seen the first. */
let release: () => void = () => {};
let released = Promise.resolve();
function hold() {
  released = new Promise<void>((resolve) => {
    release = resolve;
  });
}

/**
 * The local echo model, except that "hold:" prompts are written in two halves with a pause
 * the test ends, and "fail:" prompts fail as an unreachable provider would.
 */
function scriptedModel(): ModelProvider {
  const local = createLocalModel();
  return {
    name: "scripted",
    models: local.models,
    complete: local.complete,
    async *stream(request): AsyncGenerator<CompletionChunk> {
      const prompt = request.messages.at(-1)?.content ?? "";
      if (prompt.startsWith("fail:")) throw new Error("provider unreachable");
      if (prompt.startsWith("hold:")) {
        yield { type: "delta", text: "first half" };
        await released;
        yield { type: "delta", text: ", second half" };
        yield { type: "done", completion: { text: "first half, second half", model: "held" } };
        return;
      }
      yield* local.stream?.(request) ?? [];
    },
  };
}

let bed: TestBed;
let ws: Workspace;
beforeAll(async () => {
  bed = await startTestBed({ models: scriptedModel() });
  ws = await bed.workspace("conversations-stream");
});
afterAll(() => bed.close());

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe("conversation.stream", () => {
  it("on an idle conversation, yields the reply's text as it is written, then resolves the reply", async () => {
    const conversation = await ws.conversations.create({ name: "idle", settings: SETTINGS });
    hold();
    const stream = conversation.stream("hold: tell me");
    const seen: ChatStreamPart[] = [];
    for await (const part of stream) {
      seen.push(part);
      // Were the reply only delivered at the end, this would never run and the turn never end.
      if (part.type === "text_delta" && part.content === "first half") release();
    }
    expect(seen).toEqual([
      { type: "text_delta", role: "assistant", content: "first half" },
      { type: "text_delta", role: "assistant", content: ", second half" },
      {
        type: "message_part",
        role: "assistant",
        part: expect.objectContaining({ type: "text", content: "first half, second half" }),
      },
    ]);
    const reply = await stream.reply();
    expect(reply.text).toBe("first half, second half");
    expect(reply.id).toBe(conversation.messages.at(-1)?.id);
  });

  it("advances etag and data, so the next turn's events do not replay this one", async () => {
    const conversation = await ws.conversations.create({ name: "etag", settings: SETTINGS });
    const before = conversation.etag;
    await conversation.stream("one").reply();
    expect(conversation.etag).not.toBe(before);
    expect(conversation.messages).toHaveLength(2);
    const afterFirst = conversation.etag;
    await conversation.stream("two").reply();
    const events = await collect(conversation.events({ resumeFrom: afterFirst as string }));
    expect(events.map((event: ConversationEvent) => event.content ?? event.type)).toEqual([
      "two",
      "two",
      "conversation_end",
    ]);
  });

  it("reply() alone reads the stream to its end", async () => {
    const conversation = await ws.conversations.create({ name: "reply only", settings: SETTINGS });
    const reply = await conversation.stream({ content: "just the reply" }).reply();
    expect(reply.text).toBe("just the reply");
  });

  it("a failed model turn rejects with ConversationReplyError, the error parts attached", async () => {
    const conversation = await ws.conversations.create({ name: "failing", settings: SETTINGS });
    const stream = conversation.stream("fail: please");
    const parts: ChatStreamPart[] = [];
    const error = await (async () => {
      for await (const part of stream) parts.push(part);
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConversationReplyError);
    expect(error).toBeInstanceOf(NoxusError);
    // Nothing that looks like an answer was yielded.
    expect(parts).toEqual([]);
    const replyError = error as ConversationReplyError;
    expect(replyError.errorParts).toEqual([
      {
        type: "error",
        role: "assistant",
        content: "No reply: provider unreachable.",
        text: "No reply: provider unreachable.",
      },
    ]);
    expect(replyError.reply.text).toBe("");
    expect(replyError.message).toContain("No reply: provider unreachable.");
    await expect(stream.reply()).rejects.toBe(error);
    // The turn is over all the same: the handle moved on.
    expect(conversation.messages).toHaveLength(2);
  });

  it("checks the message before sending, and can be iterated once", async () => {
    const conversation = await ws.conversations.create({ name: "checks", settings: SETTINGS });
    await expect(conversation.stream("   ").reply()).rejects.toBeInstanceOf(NoxusInputError);
    const stream = conversation.stream("once");
    await collect(stream);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(NoxusError);
  });
});

describe("conversation.chat", () => {
  it("advances etag and data: chat() twice does not replay the first turn", async () => {
    const conversation = await ws.conversations.create({ name: "chat twice", settings: SETTINGS });
    await conversation.chat("first");
    const afterFirst = conversation.etag;
    expect(conversation.messages).toHaveLength(2);
    await conversation.chat("second");
    expect(conversation.etag).not.toBe(afterFirst);
    const events = await collect(conversation.events({ resumeFrom: afterFirst as string }));
    expect(events.map((event) => event.content ?? event.type)).toEqual([
      "second",
      "second",
      "conversation_end",
    ]);
    // From the latest etag there is nothing new.
    const none = await collect(conversation.events({ resumeFrom: conversation.etag as string }));
    expect(none.map((event) => event.type)).toEqual(["conversation_end"]);
  });

  it("a failed model turn rejects with ConversationReplyError, never 'No reply' as the text", async () => {
    const conversation = await ws.conversations.create({ name: "chat fails", settings: SETTINGS });
    const error = await conversation.chat("fail: now").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConversationReplyError);
    expect((error as ConversationReplyError).errorParts[0]?.content).toBe(
      "No reply: provider unreachable.",
    );
    await expect(ws.conversations.chat(conversation.id, "fail: again")).rejects.toBeInstanceOf(
      ConversationReplyError,
    );
  });
});
