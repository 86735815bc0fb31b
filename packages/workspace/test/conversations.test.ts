import { NoxusNotFoundError } from "@noxus/client";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  type ChatReply,
  type Conversation,
  type ConversationEvent,
  ConversationHandle,
  type ConversationMessage,
  type ConversationSettingsInput,
  NoxusInputError,
  type Workspace,
} from "../src/index.js";
import { startTestBed, type TestBed } from "./helpers/server.js";

const SETTINGS: ConversationSettingsInput = { model: "gpt-4o", temperature: 0 };
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

let bed: TestBed;
let ws: Workspace;
beforeAll(async () => {
  bed = await startTestBed();
  ws = await bed.workspace("conversations");
});
afterAll(() => bed.close());

async function collect(events: AsyncIterable<ConversationEvent>): Promise<ConversationEvent[]> {
  const all: ConversationEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

/** The text of a message: its parts' string contents. */
const textOf = (message: { message_parts: { content?: unknown }[] }) =>
  message.message_parts
    .map((part) => (typeof part.content === "string" ? part.content : ""))
    .join("");

describe("ws.conversations.create", () => {
  it("creates with settings, sending a single model name as the list the API expects", async () => {
    const chat = await ws.conversations.create({ name: "with settings", settings: SETTINGS });
    expect(chat).toBeInstanceOf(ConversationHandle);
    expect(chat.name).toBe("with settings");
    expect(chat.data.settings.model_selection ?? chat.data.settings.model).toEqual(["gpt-4o"]);
    expect(chat.data.settings.tools).toEqual([]);
    expect(chat.agentId).toBeUndefined();
    expect((await ws.conversations.get(chat.id)).id).toBe(chat.id);
  });

  it("creates with an agent, whose definition becomes the settings", async () => {
    const agent = await ws.agents.create({
      name: "helper",
      definition: { model: ["gpt-4.1", "gpt-4o"], temperature: 0.3 },
    });
    const chat = await ws.conversations.create({ name: "with agent", agentId: agent.id });
    expect(chat.agentId).toBe(agent.id);
    expect(chat.data.settings.model_selection ?? chat.data.settings.model).toEqual([
      "gpt-4.1",
      "gpt-4o",
    ]);
    expect(chat.data.settings.temperature).toBe(0.3);
    const reply = await chat.send("hello agent");
    expect(textOf(reply)).toBe("hello agent");
  });

  it("refuses both or neither of settings and agentId, before sending", async () => {
    const both = { name: "x", settings: SETTINGS, agentId: UNKNOWN_ID } as never;
    await expect(ws.conversations.create(both)).rejects.toThrow(/either settings or agentId/);
    await expect(ws.conversations.create({ name: "x" } as never)).rejects.toMatchObject({
      name: "NoxusInputError",
      code: "settings_or_agent",
    });
    await expect(ws.conversations.create({ name: "", settings: SETTINGS })).rejects.toBeInstanceOf(
      NoxusInputError,
    );
    await expect(
      ws.conversations.create({ name: "x", settings: { model: [], temperature: 0 } }),
    ).rejects.toThrow(/at least one model/);
    await expect(
      ws.conversations.create({ name: "x", settings: { model: "gpt-4o" } as never }),
    ).rejects.toThrow(/temperature/);
  });

  it("answers an unknown agent or conversation with NoxusNotFoundError", async () => {
    await expect(
      ws.conversations.create({ name: "x", agentId: UNKNOWN_ID }),
    ).rejects.toBeInstanceOf(NoxusNotFoundError);
    await expect(ws.conversations.get(UNKNOWN_ID)).rejects.toBeInstanceOf(NoxusNotFoundError);
    await expect(ws.conversations.send(UNKNOWN_ID, "hi")).rejects.toBeInstanceOf(
      NoxusNotFoundError,
    );
    await expect(collect(ws.conversations.events(UNKNOWN_ID))).rejects.toBeInstanceOf(
      NoxusNotFoundError,
    );
  });
});

describe("ws.conversations.list", () => {
  it("hides empty conversations, as the API does, and walks pages", async () => {
    const own = await bed.workspace("conversation-list");
    const a = await own.conversations.create({ name: "a", settings: SETTINGS });
    const b = await own.conversations.create({ name: "b", settings: SETTINGS });
    expect(await own.conversations.list().toArray()).toEqual([]);
    await a.send("one");
    await own.conversations.send(b.id, "two");
    const listed = await own.conversations.list({ pageSize: 1 }).toArray();
    expect(listed.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
  });
});

describe("messages", () => {
  it("send returns the assistant's reply, which the local model echoes", async () => {
    const chat = await ws.conversations.create({ name: "echo", settings: SETTINGS });
    const reply = await ws.conversations.send(chat, "What is 2 + 2?");
    expect(reply.message_parts[0]?.role).toBe("assistant");
    expect(textOf(reply)).toBe("What is 2 + 2?");
    // The handle passed in was brought up to date.
    expect(chat.messages).toHaveLength(2);
    expect(chat.messages.at(-1)?.id).toBe(reply.id);
  });

  it("chat blocks until the final reply and gives its text", async () => {
    const chat = await ws.conversations.create({ name: "chat", settings: SETTINGS });
    const reply = await chat.chat({ content: "blocking hello" });
    expect(reply.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.text).toBe("blocking hello");
    expect(reply.parts[0]?.role).toBe("assistant");
    await chat.refresh();
    expect(chat.messages.map(textOf)).toEqual(["blocking hello", "blocking hello"]);
  });

  it("sends a file given as bytes as base64, and the server stores it", async () => {
    const chat = await ws.conversations.create({ name: "files", settings: SETTINGS });
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    await chat.send({
      content: "see attached",
      files: [
        { name: "data.bin", data: bytes, type: "application/octet-stream" },
        { name: "note.txt", data: new Blob(["hello"], { type: "text/plain" }) },
      ],
    });
    await chat.refresh();
    const user = chat.messages[0]?.message_parts[0] as { files?: Record<string, unknown>[] };
    expect(user.files).toEqual([
      expect.objectContaining({ name: "data.bin", size: 70_000, type: "application/octet-stream" }),
      expect.objectContaining({ name: "note.txt", size: 5, type: "text/plain" }),
    ]);
  });

  it("refuses an empty message and malformed files before sending", async () => {
    const chat = await ws.conversations.create({ name: "bad input", settings: SETTINGS });
    await expect(chat.send("")).rejects.toMatchObject({ code: "empty_message" });
    await expect(ws.conversations.send(chat.id, { content: "   " })).rejects.toBeInstanceOf(
      NoxusInputError,
    );
    await expect(ws.conversations.chat(chat, "")).rejects.toBeInstanceOf(NoxusInputError);
    await expect(
      chat.send({ content: "x", files: [{ name: "a", url: "ftp://nope" }] }),
    ).rejects.toThrow(/http\(s\) URL/);
    await expect(chat.send({ content: "x", files: [{ name: "a" } as never] })).rejects.toThrow(
      /exactly one of `data`/,
    );
    await expect(ws.conversations.send("", "hi")).rejects.toThrow(/conversation id/);
    expect(() => ws.conversations.events("")).toThrow(NoxusInputError);
    // Nothing reached the server.
    expect((await chat.refresh()).messages).toEqual([]);
  });
});

describe("events", () => {
  it("streams every message and ends with conversation_end", async () => {
    const chat = await ws.conversations.create({ name: "events", settings: SETTINGS });
    await chat.send("first");
    const events = await collect(ws.conversations.events(chat.id));
    expect(events.map((e) => [e.role, e.type, e.content ?? null])).toEqual([
      ["user", "user", "first"],
      ["assistant", "text", "first"],
      ["assistant", "conversation_end", null],
    ]);
  });

  it("resumes after an etag without repeating what came before", async () => {
    const chat = await ws.conversations.create({ name: "resume", settings: SETTINGS });
    await chat.send("before");
    const etag = chat.etag;
    expect(etag).toBeTruthy();
    await chat.send("after");
    const events = await collect(chat.events({ resumeFrom: etag as string }));
    expect(events.map((e) => e.content ?? e.type)).toEqual(["after", "after", "conversation_end"]);
  });

  it("stops when the signal aborts", async () => {
    const chat = await ws.conversations.create({ name: "abort", settings: SETTINGS });
    await chat.send("x");
    const controller = new AbortController();
    controller.abort();
    await expect(collect(chat.events({ signal: controller.signal }))).rejects.toMatchObject({
      name: "NoxusAbortError",
    });
  });
});

describe("update and delete", () => {
  it("renames, changes settings, deletes; then the id is gone", async () => {
    const chat = await ws.conversations.create({ name: "old", settings: SETTINGS });
    const renamed = await ws.conversations.update(chat.id, { name: "new" });
    expect(renamed.name).toBe("new");
    await chat.update({ settings: { model: "claude-4-sonnet", temperature: 0.9 } });
    expect(chat.name).toBe("new");
    expect(chat.data.settings.model_selection ?? chat.data.settings.model).toEqual([
      "claude-4-sonnet",
    ]);
    expect(chat.data.settings.temperature).toBe(0.9);
    await expect(ws.conversations.update(chat, {})).rejects.toMatchObject({
      code: "nothing_to_update",
    });
    await ws.conversations.delete(chat);
    await expect(chat.refresh()).rejects.toBeInstanceOf(NoxusNotFoundError);
    await expect(ws.conversations.delete(chat.id)).rejects.toBeInstanceOf(NoxusNotFoundError);
    await expect(ws.conversations.update(UNKNOWN_ID, { name: "x" })).rejects.toBeInstanceOf(
      NoxusNotFoundError,
    );
  });
});

describe("types", () => {
  it("are precise (no any) in what the group returns", () => {
    const c = ws.conversations;
    expectTypeOf(c.create).returns.resolves.toEqualTypeOf<ConversationHandle>();
    expectTypeOf(c.send).returns.resolves.toEqualTypeOf<ConversationMessage>();
    expectTypeOf(c.chat).returns.resolves.toEqualTypeOf<ChatReply>();
    expectTypeOf(c.list().toArray).returns.resolves.toEqualTypeOf<Conversation[]>();
    expectTypeOf<ConversationHandle["data"]>().toEqualTypeOf<Conversation>();
    expectTypeOf<ConversationMessage>().not.toBeAny();
    expectTypeOf<ConversationEvent["type"]>().toEqualTypeOf<string>();
    expectTypeOf(c.events).returns.toEqualTypeOf<AsyncGenerator<ConversationEvent>>();
  });
});
