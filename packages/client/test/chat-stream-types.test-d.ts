import { describe, expectTypeOf, it } from "vitest";
import { createNoxusClient, type Schema } from "../src/index.js";

// Compile-time only: `POST /v1/conversations/{conversation_id}/stream` (send and stream in one
// call) is in the generated paths, with the body of `chat` and typed SSE events.

const noxus = createNoxusClient({ baseUrl: "http://127.0.0.1:1" });
declare const event: Schema<"ChatStreamEvent">;

describe("streamChat", () => {
  it("takes the body of chat", () => {
    noxus.POST("/v1/conversations/{conversation_id}/stream", {
      params: { path: { conversation_id: "c" } },
      body: { content: "Hello" },
      parseAs: "stream",
    });
    noxus.POST("/v1/conversations/{conversation_id}/stream", {
      params: { path: { conversation_id: "c" } },
      // @ts-expect-error: `content` is required
      body: { tool: "web_research" },
      parseAs: "stream",
    });
  });

  it("types each event by its type", () => {
    expectTypeOf(event.type).toEqualTypeOf<
      "text_delta" | "message_part" | "reply" | "conversation_end"
    >();
    switch (event.type) {
      case "text_delta":
        expectTypeOf(event.content).toEqualTypeOf<string>();
        break;
      case "message_part":
        expectTypeOf(event.part).toEqualTypeOf<Schema<"ConversationMessagePart">>();
        break;
      case "reply":
        expectTypeOf(event.message).toEqualTypeOf<Schema<"ChatMessage">>();
        break;
      case "conversation_end":
        expectTypeOf(event.etag).toEqualTypeOf<string | null | undefined>();
        break;
    }
  });
});
