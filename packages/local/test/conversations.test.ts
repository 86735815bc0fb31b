import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CompletionRequest,
  createLocalModel,
  LOCAL_MODEL,
  type ModelProvider,
} from "../src/index.js";
import { countRows, detailText } from "./helpers/db.js";
import { startTestServer, type TestServer, type TestWorkspace } from "./helpers/local.js";

// Conversations over real HTTP against a real server and SQLite file (reference §2.7, §3.4).

const SETTINGS = { model: [LOCAL_MODEL], temperature: 0.2, tools: [] };

interface Event {
  role: string;
  type: string;
  content?: string | null;
  event?: string;
  data?: unknown;
}

function parseEvents(text: string): Event[] {
  return text
    .split("\n")
    .filter((line) => line.startsWith("data:"))
    .map((line) => JSON.parse(line.slice(5)) as Event);
}

/** Reads a conversation's event stream to its end, over plain fetch. */
async function readEvents(
  server: TestServer,
  workspace: TestWorkspace,
  conversationId: string,
  query = "",
  headers: Record<string, string> = {},
): Promise<{ status: number; events: Event[]; body: string }> {
  const response = await fetch(
    `${server.server.url}/v1/conversations/${conversationId}/events${query}`,
    { headers: { "x-api-key": workspace.key, ...headers } },
  );
  const body = await response.text();
  return { status: response.status, events: response.ok ? parseEvents(body) : [], body };
}

async function newConversation(workspace: TestWorkspace, name = "chat") {
  const { data } = await workspace.client.POST("/v1/conversations", {
    body: { name, settings: SETTINGS },
  });
  return data;
}

async function say(workspace: TestWorkspace, conversationId: string, content: string) {
  const { data } = await workspace.client.POST("/v1/conversations/{conversation_id}", {
    params: { path: { conversation_id: conversationId } },
    body: { content },
  });
  return data;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe("listing", () => {
  it("hides empty conversations until they have a message (quirk §8.10)", async () => {
    const workspace = await server.workspace();
    const first = await newConversation(workspace, "first");
    const second = await newConversation(workspace, "second");
    const { data: before } = await workspace.client.GET("/v1/conversations");
    expect(before).toMatchObject({ items: [], total: 0, page: 1, pages: 0 });

    await say(workspace, first.id, "one");
    await say(workspace, second.id, "two");
    const { data: after } = await workspace.client.GET("/v1/conversations");
    expect(after.total).toBe(2);
    expect(after.items.map((item) => item.id).sort()).toEqual([first.id, second.id].sort());

    const { data: paged } = await workspace.client.GET("/v1/conversations", {
      params: { query: { page: 2, size: 1 } },
    });
    expect(paged).toMatchObject({ total: 2, page: 2, size: 1, pages: 2 });
    expect(paged.items).toHaveLength(1);
  });
});

describe("messages", () => {
  it("answers with the conversation, the user's message and the model's reply", async () => {
    const workspace = await server.workspace();
    const conversation = await newConversation(workspace);
    expect(conversation.settings).toMatchObject({
      model: [LOCAL_MODEL],
      model_selection: [LOCAL_MODEL],
      max_tokens: 64000,
      persona: null,
    });
    const after = await say(workspace, conversation.id, "What is the capital of France?");
    const [question, answer] = after.messages ?? [];
    expect(question?.message_parts).toEqual([
      expect.objectContaining({
        role: "user",
        type: "user",
        content: "What is the capital of France?",
        tool: null,
        kb_id: null,
        files: [],
      }),
    ]);
    // The local model echoes the last user message.
    expect(answer?.message_parts).toEqual([
      expect.objectContaining({
        role: "assistant",
        type: "text",
        content: "What is the capital of France?",
      }),
    ]);
    expect(after.etag).not.toBe(conversation.etag);
    expect(after.status).toBe("idle");

    const { data: fetched } = await workspace.client.GET("/v1/conversations/{conversation_id}", {
      params: { path: { conversation_id: conversation.id } },
    });
    expect(fetched).toEqual(after);
  });

  it("keeps file metadata, not the bytes, and counts the bytes", async () => {
    const workspace = await server.workspace();
    const conversation = await newConversation(workspace);
    const { data } = await workspace.client.POST("/v1/conversations/{conversation_id}", {
      params: { path: { conversation_id: conversation.id } },
      body: {
        content: "read this",
        files: [
          {
            name: "a.txt",
            b64_content: Buffer.from("hello").toString("base64"),
            type: "text/plain",
          },
          { name: "b.pdf", url: "https://example.com/b.pdf" },
        ],
      },
    });
    const part = data.messages?.[0]?.message_parts[0] as { files: Record<string, unknown>[] };
    expect(part.files).toEqual([
      expect.objectContaining({ name: "a.txt", size: 5, type: "text/plain", url: null }),
      expect.objectContaining({ name: "b.pdf", url: "https://example.com/b.pdf" }),
    ]);
    expect(JSON.stringify(part)).not.toContain("b64_content");
  });

  it("chat answers with the final reply as a ChatMessage", async () => {
    const workspace = await server.workspace();
    const conversation = await newConversation(workspace);
    const { data } = await workspace.client.POST("/v1/conversations/{conversation_id}/chat", {
      params: { path: { conversation_id: conversation.id } },
      body: { content: "ping" },
    });
    expect(data.parts).toEqual([
      expect.objectContaining({ type: "text", content: "ping", text: "ping", role: "assistant" }),
    ]);
    const { data: fetched } = await workspace.client.GET("/v1/conversations/{conversation_id}", {
      params: { path: { conversation_id: conversation.id } },
    });
    expect(fetched.messages?.at(-1)?.id).toBe(data.id);
  });

  it("renames with PATCH, where null leaves a field as it is", async () => {
    const workspace = await server.workspace();
    const conversation = await newConversation(workspace);
    const path = { conversation_id: conversation.id };
    const { data: renamed } = await workspace.client.PATCH("/v1/conversations/{conversation_id}", {
      params: { path },
      body: { name: "renamed", settings: null },
    });
    expect(renamed).toMatchObject({ name: "renamed", settings: conversation.settings });
    const { data: retuned } = await workspace.client.PATCH("/v1/conversations/{conversation_id}", {
      params: { path },
      body: { name: null, settings: { model_selection: ["gpt-4o"], temperature: 1, tools: [] } },
    });
    expect(retuned.name).toBe("renamed");
    expect(retuned.settings).toMatchObject({ model: ["gpt-4o"], model_selection: ["gpt-4o"] });
    const { data: deleted } = await workspace.client.DELETE("/v1/conversations/{conversation_id}", {
      params: { path },
    });
    expect(deleted).toEqual({ success: true, id: conversation.id });
    const gone = await workspace.raw.GET("/v1/conversations/{conversation_id}", {
      params: { path },
    });
    expect(gone.response.status).toBe(404);
  });
});

describe("the event stream", () => {
  it("replays every message and ends with conversation_end; an etag resumes after it", async () => {
    const workspace = await server.workspace();
    const conversation = await newConversation(workspace);
    const first = await say(workspace, conversation.id, "first");

    const all = await readEvents(server, workspace, conversation.id);
    expect(all.events).toEqual([
      { role: "user", type: "user", content: "first" },
      { role: "assistant", type: "text", content: "first" },
      { role: "assistant", type: "conversation_end" },
    ]);

    await say(workspace, conversation.id, "second");
    const resumed = await readEvents(server, workspace, conversation.id, `?etag=${first.etag}`);
    expect(resumed.events).toEqual([
      { role: "user", type: "user", content: "second" },
      { role: "assistant", type: "text", content: "second" },
      { role: "assistant", type: "conversation_end" },
    ]);

    // The etag the SDK holds after add_message: nothing new, only the end.
    const { data: latest } = await workspace.client.GET("/v1/conversations/{conversation_id}", {
      params: { path: { conversation_id: conversation.id } },
    });
    const upToDate = await readEvents(server, workspace, conversation.id, `?etag=${latest.etag}`);
    expect(upToDate.events).toEqual([{ role: "assistant", type: "conversation_end" }]);

    // The SSE reconnection header resumes as well.
    const reconnected = await readEvents(server, workspace, conversation.id, "", {
      "last-event-id": String(first.etag),
    });
    expect(reconnected.events.map((event) => event.content)).toEqual([
      "second",
      "second",
      undefined,
    ]);
  });

  it("with format=json, wraps each event in an {event, data} envelope too", async () => {
    const workspace = await server.workspace();
    const conversation = await newConversation(workspace);
    await say(workspace, conversation.id, "hi");
    const { events } = await readEvents(server, workspace, conversation.id, "?format=json");
    expect(events.at(1)).toEqual({
      event: "text",
      data: { role: "assistant", type: "text", content: "hi" },
      role: "assistant",
      type: "text",
      content: "hi",
    });
    expect(events.at(-1)).toMatchObject({ event: "conversation_end", type: "conversation_end" });
  });

  it("refuses an etag that is not one of this conversation's", async () => {
    const workspace = await server.workspace();
    const conversation = await newConversation(workspace);
    await say(workspace, conversation.id, "hi");
    for (const etag of ["garbage", "123-7", "123-1"]) {
      const answer = await readEvents(server, workspace, conversation.id, `?etag=${etag}`);
      expect(answer.status, etag).toBe(422);
      expect(answer.body).toContain("is not an etag of this conversation");
    }
  });
});

describe("a reply in progress", () => {
  let slow: TestServer;
  beforeAll(async () => {
    slow = await startTestServer({ models: createLocalModel({ delayMs: 400 }) });
  });
  afterAll(() => slow?.close());

  it("is streamed when it completes, to a client that connected while it was written", async () => {
    const workspace = await slow.workspace();
    const conversation = await newConversation(workspace);
    const sending = say(workspace, conversation.id, "slowly");
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { data: during } = await workspace.client.GET("/v1/conversations/{conversation_id}", {
      params: { path: { conversation_id: conversation.id } },
    });
    expect(during.status).toBe("generating");
    expect(during.messages).toHaveLength(1);

    const { events } = await readEvents(slow, workspace, conversation.id, `?etag=${during.etag}`);
    expect(events).toEqual([
      { role: "assistant", type: "text", content: "slowly" },
      { role: "assistant", type: "conversation_end" },
    ]);
    const done = await sending;
    expect(done.status).toBe("idle");
  });

  it("takes concurrent messages in turn, each answered from its own history", async () => {
    const workspace = await slow.workspace();
    const conversation = await newConversation(workspace);
    const [a, b] = await Promise.all([
      say(workspace, conversation.id, "one"),
      say(workspace, conversation.id, "two"),
    ]);
    const contents = (b.messages ?? []).map((message) => message.message_parts[0]?.content);
    expect(contents).toEqual(["one", "one", "two", "two"]);
    expect(a.messages).toHaveLength(2);
  });
});

describe("the model", () => {
  it("is asked with the settings: model, temperature, max_tokens, persona and history", async () => {
    const requests: CompletionRequest[] = [];
    const local = createLocalModel();
    const recording: ModelProvider = {
      name: "recording",
      models: local.models,
      complete(request) {
        requests.push(request);
        return local.complete(request);
      },
    };
    const own = await startTestServer({ models: recording });
    try {
      const workspace = await own.workspace();
      // Rich text as TipTap-ish objects and part lists (the generated type only knows strings).
      const styled: Record<string, unknown> = {
        model_selection: ["gpt-4o", "claude"],
        temperature: 0.7,
        max_tokens: 300,
        tools: [{ type: "web_research" }],
        persona: { text: "A pirate", definition: {} },
        tone: [{ text: "Cheerful" }],
        extra_instructions: "Say arr.",
      };
      const { data: conversation } = await workspace.client.POST("/v1/conversations", {
        body: { name: "styled", settings: styled as typeof SETTINGS },
      });
      expect(conversation.settings.tools).toEqual([{ type: "web_research", enabled: true }]);
      expect(conversation.settings.persona).toEqual({ text: "A pirate", definition: {} });
      await say(workspace, conversation.id, "hello");
      await workspace.client.POST("/v1/conversations/{conversation_id}", {
        params: { path: { conversation_id: conversation.id } },
        body: { content: "again", model_selection: ["gpt-4.1"] },
      });
      expect(requests[0]).toMatchObject({ model: "gpt-4o", temperature: 0.7, maxTokens: 300 });
      expect(requests[0]?.messages[0]).toEqual({
        role: "system",
        content: "Persona:\nA pirate\n\nTone:\nCheerful\n\nInstructions:\nSay arr.",
      });
      expect(requests[1]?.model).toBe("gpt-4.1");
      expect(requests[1]?.messages.slice(1)).toEqual([
        { role: "user", content: "hello" },
        { role: "assistant", content: "hello" },
        { role: "user", content: "again" },
      ]);
    } finally {
      await own.close();
    }
  });

  it("failing is stored as an error reply, never lost and never a 500", async () => {
    const { models } = createLocalModel();
    const broken: ModelProvider = {
      name: "broken",
      models,
      async complete() {
        throw new Error("provider unreachable");
      },
    };
    const own = await startTestServer({ models: broken });
    try {
      const workspace = await own.workspace();
      const conversation = await newConversation(workspace);
      const after = await say(workspace, conversation.id, "hello");
      expect(after.status).toBe("idle");
      expect(after.messages?.at(-1)?.message_parts).toEqual([
        { role: "assistant", type: "error", content: "No reply: provider unreachable." },
      ]);
    } finally {
      await own.close();
    }
  });
});

describe("conversations with an agent", () => {
  it("take the agent's definition as settings and report assistant_id", async () => {
    const workspace = await server.workspace();
    const { data: agent } = await workspace.client.POST("/v1/agents", {
      body: {
        name: "helper",
        definition: { model: ["gpt-4o"], temperature: 0.1, tools: [], persona: "Helpful" },
      },
    });
    const { data: conversation } = await workspace.client.POST("/v1/conversations", {
      params: { query: { assistant_id: agent.id } },
      body: { name: "with helper", settings: null },
    });
    expect(conversation.assistant_id).toBe(agent.id);
    expect(conversation.settings).toEqual(agent.definition);
    const after = await say(workspace, conversation.id, "hi");
    expect(after.messages?.at(-1)?.message_parts[0]?.content).toBe("hi");
  });
});

describe("workspace isolation", () => {
  it("hides a conversation from another workspace's key: 404 everywhere", async () => {
    const a = await server.workspace();
    const b = await server.workspace();
    const conversation = await newConversation(a);
    await say(a, conversation.id, "secret");
    const path = { conversation_id: conversation.id };
    const answers = [
      await b.raw.GET("/v1/conversations/{conversation_id}", { params: { path } }),
      await b.raw.PATCH("/v1/conversations/{conversation_id}", {
        params: { path },
        body: { name: "mine", settings: null },
      }),
      await b.raw.POST("/v1/conversations/{conversation_id}", {
        params: { path },
        body: { content: "hi" },
      }),
      await b.raw.POST("/v1/conversations/{conversation_id}/chat", {
        params: { path },
        body: { content: "hi" },
      }),
      await b.raw.DELETE("/v1/conversations/{conversation_id}", { params: { path } }),
    ];
    for (const answer of answers) {
      expect(answer.response.status).toBe(404);
      expect(answer.error).toEqual({ detail: "Conversation not found" });
    }
    const events = await readEvents(server, b, conversation.id);
    expect(events.status).toBe(404);
    const { data: listed } = await b.client.GET("/v1/conversations");
    expect(listed.total).toBe(0);
    const { data: still } = await a.client.GET("/v1/conversations/{conversation_id}", {
      params: { path },
    });
    expect(still.messages).toHaveLength(2);
    expect(still.name).toBe("chat");
  });

  it("cannot start a conversation with another workspace's agent", async () => {
    const a = await server.workspace();
    const b = await server.workspace();
    const { data: agent } = await a.client.POST("/v1/agents", {
      body: { name: "a's", definition: SETTINGS },
    });
    const answer = await b.raw.POST("/v1/conversations", {
      params: { query: { assistant_id: agent.id } },
      body: { name: "stolen", settings: null },
    });
    expect(answer.response.status).toBe(404);
  });
});

describe("bad input", () => {
  let workspace: TestWorkspace;
  let conversationId: string;
  beforeAll(async () => {
    workspace = await server.workspace();
    conversationId = (await newConversation(workspace)).id;
    await say(workspace, conversationId, "existing");
  });

  const post = (path: string, body: string) =>
    fetch(`${server.server.url}${path}`, {
      method: "POST",
      headers: { "x-api-key": workspace.key, "content-type": "application/json" },
      body,
    });

  const cases: {
    name: string;
    path: () => string;
    body: unknown;
    status: number;
    detail: RegExp;
  }[] = [
    {
      name: "a message without content",
      path: () => `/v1/conversations/${conversationId}`,
      body: { tool: null },
      status: 422,
      detail: /content.*Field required/,
    },
    {
      name: "an empty message",
      path: () => `/v1/conversations/${conversationId}`,
      body: { content: "  " },
      status: 422,
      detail: /The message is empty/,
    },
    {
      name: "a file with neither b64_content nor url",
      path: () => `/v1/conversations/${conversationId}`,
      body: { content: "see file", files: [{ name: "x.pdf", b64_content: null, url: null }] },
      status: 422,
      detail: /"x.pdf" has no content: set b64_content/,
    },
    {
      name: "a file whose b64_content is not base64",
      path: () => `/v1/conversations/${conversationId}/chat`,
      body: { content: "see file", files: [{ name: "x.pdf", b64_content: "not base64!" }] },
      status: 422,
      detail: /not valid base64/,
    },
    {
      name: "a file url that is not http(s)",
      path: () => `/v1/conversations/${conversationId}`,
      body: { content: "see file", files: [{ name: "x.pdf", url: "file:///etc/passwd" }] },
      status: 422,
      detail: /absolute http\(s\) URL/,
    },
    {
      name: "a message to an unknown conversation",
      path: () => "/v1/conversations/00000000-0000-4000-8000-000000000000",
      body: { content: "hello" },
      status: 404,
      detail: /Conversation not found/,
    },
    {
      name: "both settings and assistant_id",
      path: () => `/v1/conversations?assistant_id=${conversationId}`,
      body: { name: "x", settings: SETTINGS },
      status: 422,
      detail: /either settings or \?assistant_id, not both/,
    },
    {
      name: "neither settings nor assistant_id",
      path: () => "/v1/conversations",
      body: { name: "x", settings: null },
      status: 422,
      detail: /Give the conversation's settings, or talk to an agent/,
    },
    {
      name: "an unknown agent",
      path: () => "/v1/conversations?assistant_id=no-such-agent",
      body: { name: "x", settings: null },
      status: 404,
      detail: /Agent not found/,
    },
    {
      name: "settings without a model",
      path: () => "/v1/conversations",
      body: { name: "x", settings: { temperature: 0, tools: [] } },
      status: 422,
      detail: /Name at least one model/,
    },
    {
      name: "model and model_selection that disagree",
      path: () => "/v1/conversations",
      body: { name: "x", settings: { ...SETTINGS, model_selection: ["other"] } },
      status: 422,
      detail: /disagree/,
    },
    {
      name: "settings without temperature",
      path: () => "/v1/conversations",
      body: { name: "x", settings: { model: ["m"], tools: [] } },
      status: 422,
      detail: /temperature/,
    },
    {
      name: "malformed JSON",
      path: () => `/v1/conversations/${conversationId}`,
      body: '{"content": "unterminated',
      status: 422,
      detail: /JSON decode error/,
    },
  ];

  for (const testCase of cases) {
    it(`${testCase.name}: ${testCase.status} with a useful detail, nothing written`, async () => {
      const before = {
        rows: rowCounts(server),
        conversation: await workspace.client.GET("/v1/conversations/{conversation_id}", {
          params: { path: { conversation_id: conversationId } },
        }),
        listing: await workspace.client.GET("/v1/conversations"),
      };
      const body =
        typeof testCase.body === "string" ? testCase.body : JSON.stringify(testCase.body);
      const response = await post(testCase.path(), body);
      expect(response.status).toBe(testCase.status);
      expect(detailText(await response.json())).toMatch(testCase.detail);
      expect(rowCounts(server)).toEqual(before.rows);
      const conversation = await workspace.client.GET("/v1/conversations/{conversation_id}", {
        params: { path: { conversation_id: conversationId } },
      });
      expect(conversation.data).toEqual(before.conversation.data);
      const listing = await workspace.client.GET("/v1/conversations");
      expect(listing.data).toEqual(before.listing.data);
    });
  }
});

describe("lifecycle", () => {
  it("a reply in progress at shutdown is stored as an error reply, and close does not wait for the model", async () => {
    const own = await startTestServer({ models: createLocalModel({ delayMs: 10_000 }) });
    const workspace = await own.workspace();
    const conversation = await newConversation(workspace);
    const sending = workspace.raw.POST("/v1/conversations/{conversation_id}", {
      params: { path: { conversation_id: conversation.id } },
      body: { content: "never answered" },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    const [answer] = await Promise.all([sending, own.server.close()]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer.response.status).toBe(200);
    expect(answer.data?.messages?.at(-1)?.message_parts[0]).toMatchObject({
      role: "assistant",
      type: "error",
      content: expect.stringContaining("shut down"),
    });
    await own.close();
  });

  it("a conversation left generating by a crash is idle again after a restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "noxus-conversations-"));
    const database = join(dir, "noxus.db");
    try {
      const first = await startTestServer({ database });
      const workspace = await first.workspace();
      const conversation = await newConversation(workspace);
      await first.server.close();
      const db = new Database(database);
      db.prepare("UPDATE conversations SET status = 'generating' WHERE id = ?").run(
        conversation.id,
      );
      db.close();

      const second = await startTestServer({ database, adminKey: first.server.adminKey });
      const { data } = await second
        .clientFor(workspace.key)
        .GET("/v1/conversations/{conversation_id}", {
          params: { path: { conversation_id: conversation.id } },
        });
      expect(data.status).toBe("idle");
      await second.server.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function rowCounts(server: TestServer) {
  return countRows(server.database, {
    conversations: "conversations",
    messages: "conversation_messages",
  });
}
