import { expect, it } from "vitest";
import type { TestServer } from "../helpers/local.js";

const SETTINGS = { model: ["noxus-local-echo"], temperature: 0.2, tools: [] };

/** Data lines of an SSE body, parsed. */
function events(text: string): { role: string; type: string; content?: string | null }[] {
  return text
    .split("\n")
    .filter((line) => line.startsWith("data:"))
    .map((line) => JSON.parse(line.slice(5)));
}

/** Conversations, messages, chat, the streamed chat and the event stream (reference §2.7, §3.4). */
export function conversationsContract(harness: () => TestServer) {
  it("creates, lists, messages, chats, streams, updates and deletes a conversation", async () => {
    const { client } = await harness().workspace();
    const { data: created } = await client.POST("/v1/conversations", {
      body: { name: "contract chat", settings: SETTINGS },
    });
    expect(created).toMatchObject({ status: "idle", messages: [], assistant_id: null });
    expect(created.settings.model_selection).toEqual(["noxus-local-echo"]);
    const path = { conversation_id: created.id };

    const { data: empty } = await client.GET("/v1/conversations", {
      params: { query: { page: 1, size: 10 } },
    });
    expect(empty.total).toBe(0);

    const { data: after } = await client.POST("/v1/conversations/{conversation_id}", {
      params: { path },
      body: { content: "hello" },
    });
    expect(after.messages?.at(-1)?.message_parts[0]).toMatchObject({
      role: "assistant",
      content: "hello",
    });

    const { data: reply } = await client.POST("/v1/conversations/{conversation_id}/chat", {
      params: { path },
      body: { content: "again" },
    });
    expect(reply.parts[0]).toMatchObject({ type: "text", content: "again" });

    const { data: listed } = await client.GET("/v1/conversations");
    expect(listed.items.map((item) => item.id)).toEqual([created.id]);

    const { data: fetched } = await client.GET("/v1/conversations/{conversation_id}", {
      params: { path },
    });
    expect(fetched.messages).toHaveLength(4);

    const { data: stream } = await client.GET("/v1/conversations/{conversation_id}/events", {
      params: { path },
      parseAs: "text",
    });
    expect(events(stream).at(-1)).toEqual({ role: "assistant", type: "conversation_end" });

    const { data: streamed } = await client.POST("/v1/conversations/{conversation_id}/stream", {
      params: { path },
      body: { content: "streamed" },
      parseAs: "text",
    });
    expect(events(streamed).map((event) => event.type)).toEqual([
      "text_delta",
      "message_part",
      "reply",
      "conversation_end",
    ]);

    const { data: renamed } = await client.PATCH("/v1/conversations/{conversation_id}", {
      params: { path },
      body: { name: "renamed", settings: null },
    });
    expect(renamed).toMatchObject({ name: "renamed", settings: fetched.settings });

    const { data: deleted } = await client.DELETE("/v1/conversations/{conversation_id}", {
      params: { path },
    });
    expect(deleted).toMatchObject({ success: true });
  });
}
