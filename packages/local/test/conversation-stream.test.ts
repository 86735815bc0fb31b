import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CompletionChunk,
  createLocalModel,
  LOCAL_MODEL,
  type ModelProvider,
} from "../src/index.js";
import { startTestServer, type TestServer, type TestWorkspace } from "./helpers/local.js";

// POST /v1/conversations/{id}/stream (streamChat): one turn sent and streamed in one call,
// over real HTTP against a real server and SQLite file.

const SETTINGS = { model: [LOCAL_MODEL], temperature: 0.2, tools: [] };

interface StreamEvent {
  type: string;
  role: string;
  content?: string;
  part?: { type: string; role: string; content: string };
  message?: { id: string; parts: { type: string; content: string; text?: string }[] };
  etag?: string | null;
}

/**
 * Posts a message to the stream endpoint and reads its events one by one, as they arrive:
 * `onEvent` sees each before the next is read, so a test can hold the model until it has
 * seen what came first.
 */
async function streamChat(
  server: TestServer,
  workspace: TestWorkspace,
  conversationId: string,
  body: unknown,
  onEvent: (event: StreamEvent) => void = () => {},
): Promise<{ status: number; events: StreamEvent[]; error?: unknown }> {
  const response = await fetch(`${server.server.url}/v1/conversations/${conversationId}/stream`, {
    method: "POST",
    headers: { "x-api-key": workspace.key, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) return { status: response.status, events: [], error: await response.json() };
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const events: StreamEvent[] = [];
  let buffer = "";
  const decoder = new TextDecoder();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = frame
        .split("\n")
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).trim())
        .join("\n");
      if (data) {
        const event = JSON.parse(data) as StreamEvent;
        events.push(event);
        onEvent(event);
      }
      end = buffer.indexOf("\n\n");
    }
  }
  return { status: response.status, events };
}

async function newConversation(workspace: TestWorkspace) {
  const { data } = await workspace.client.POST("/v1/conversations", {
    body: { name: "streamed", settings: SETTINGS },
  });
  return data;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe("streamChat", () => {
  it("streams the reply of an idle conversation word by word, then the reply, then conversation_end", async () => {
    const workspace = await server.workspace();
    const conversation = await newConversation(workspace);
    const { status, events } = await streamChat(server, workspace, conversation.id, {
      content: "Hello there, world",
    });
    expect(status).toBe(200);
    const deltas = events.filter((event) => event.type === "text_delta");
    expect(deltas.map((event) => event.content)).toEqual(["Hello", " there,", " world"]);
    const { data: after } = await workspace.client.GET("/v1/conversations/{conversation_id}", {
      params: { path: { conversation_id: conversation.id } },
    });
    const stored = after.messages?.at(-1);
    expect(events.slice(deltas.length)).toEqual([
      {
        type: "message_part",
        role: "assistant",
        part: {
          type: "text",
          role: "assistant",
          content: "Hello there, world",
          model: LOCAL_MODEL,
          text: "Hello there, world",
        },
      },
      {
        type: "reply",
        role: "assistant",
        message: {
          id: stored?.id,
          parts: [
            {
              type: "text",
              role: "assistant",
              content: "Hello there, world",
              model: LOCAL_MODEL,
              text: "Hello there, world",
            },
          ],
        },
      },
      { type: "conversation_end", role: "assistant", etag: after.etag },
    ]);
    // The turn is stored like any other: the question, then the reply.
    expect(after.messages?.map((message) => message.message_parts[0]?.content)).toEqual([
      "Hello there, world",
      "Hello there, world",
    ]);
    expect(after.status).toBe("idle");
  });

  it("sends each piece as the model writes it, before the model has finished", async () => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    // A model that writes half its answer, then waits for the test to have seen that half.
    const { models } = createLocalModel();
    const held: ModelProvider = {
      name: "held",
      models,
      async complete() {
        throw new Error("streamChat must use the provider's stream");
      },
      async *stream(): AsyncGenerator<CompletionChunk> {
        yield { type: "delta", text: "first half" };
        await released;
        yield { type: "delta", text: ", second half" };
        yield { type: "done", completion: { text: "first half, second half", model: "held" } };
      },
    };
    const own = await startTestServer({ models: held });
    try {
      const workspace = await own.workspace();
      const conversation = await newConversation(workspace);
      const { events } = await streamChat(
        own,
        workspace,
        conversation.id,
        { content: "hi" },
        (event) => {
          // Were the stream buffered until the end, this would never run and the turn never end.
          if (event.content === "first half") release();
        },
      );
      expect(events.map((event) => event.type)).toEqual([
        "text_delta",
        "text_delta",
        "message_part",
        "reply",
        "conversation_end",
      ]);
      expect(events.find((event) => event.type === "reply")?.message?.parts[0]?.content).toBe(
        "first half, second half",
      );
    } finally {
      await own.close();
    }
  });

  it("a failing model yields an error part (and stores it), never text pretending to be the answer", async () => {
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
      const { status, events } = await streamChat(own, workspace, conversation.id, {
        content: "hi",
      });
      expect(status).toBe(200);
      const error = {
        type: "error",
        role: "assistant",
        content: "No reply: provider unreachable.",
      };
      expect(events.filter((event) => event.type === "text_delta")).toEqual([]);
      expect(events.find((event) => event.type === "message_part")?.part).toMatchObject(error);
      expect(events.find((event) => event.type === "reply")?.message?.parts).toEqual([
        { ...error, text: error.content },
      ]);
      expect(events.at(-1)?.type).toBe("conversation_end");
    } finally {
      await own.close();
    }
  });

  it("answers bad input with 422 and an unknown conversation with 404, before any stream", async () => {
    const workspace = await server.workspace();
    const conversation = await newConversation(workspace);
    const empty = await streamChat(server, workspace, conversation.id, { content: "  " });
    expect(empty.status).toBe(422);
    expect(JSON.stringify(empty.error)).toContain("The message is empty");
    const missing = await streamChat(server, workspace, conversation.id, {});
    expect(missing.status).toBe(422);
    const unknown = await streamChat(server, workspace, "00000000-0000-4000-8000-000000000000", {
      content: "hi",
    });
    expect(unknown.status).toBe(404);
    const other = await server.workspace();
    const foreign = await streamChat(server, other, conversation.id, { content: "hi" });
    expect(foreign.status).toBe(404);
    const { data: untouched } = await workspace.client.GET("/v1/conversations/{conversation_id}", {
      params: { path: { conversation_id: conversation.id } },
    });
    expect(untouched.messages).toEqual([]);
  });

  it("the etag at the end resumes the event stream after this turn", async () => {
    const workspace = await server.workspace();
    const conversation = await newConversation(workspace);
    const first = await streamChat(server, workspace, conversation.id, { content: "one" });
    const etag = first.events.at(-1)?.etag;
    expect(etag).toEqual(expect.any(String));
    await streamChat(server, workspace, conversation.id, { content: "two" });
    const response = await fetch(
      `${server.server.url}/v1/conversations/${conversation.id}/events?etag=${etag}`,
      { headers: { "x-api-key": workspace.key } },
    );
    const contents = (await response.text())
      .split("\n")
      .filter((line) => line.startsWith("data:"))
      .map((line) => (JSON.parse(line.slice(5)) as { content?: string }).content);
    expect(contents).toEqual(["two", "two", undefined]);
  });
});
