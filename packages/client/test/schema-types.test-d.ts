import { describe, expectTypeOf, it } from "vitest";
import type {
  Agent,
  KnowledgeBase,
  KnowledgeBaseDocument,
  Schema,
  Workflow,
} from "../src/index.js";

// Compile-time only: the generated types must not lie about the data. Free-form objects are
// readable (Record<string, unknown>), known shapes are typed, and closed types reject typos.

declare const doc: KnowledgeBaseDocument;
declare const kb: KnowledgeBase;
declare const agent: Agent;
declare const workflow: Workflow;
declare const part: Schema<"ConversationMessagePart">;

describe("ingestion errors", () => {
  it("types the message of a document's and a knowledge base's error", () => {
    expectTypeOf(doc.error?.message).toEqualTypeOf<string | undefined>();
    expectTypeOf(kb.error?.message).toEqualTypeOf<string | undefined>();
  });
});

describe("free-form objects", () => {
  it("are Record<string, unknown>, not Record<string, never>", () => {
    expectTypeOf(workflow.meta).toEqualTypeOf<Record<string, unknown> | null | undefined>();
    expectTypeOf(workflow.settings).toEqualTypeOf<Record<string, unknown> | null | undefined>();
    expectTypeOf<Schema<"DocumentResult">["doc_metadata"]>().toEqualTypeOf<
      Record<string, unknown>
    >();
    expectTypeOf<Schema<"File">["source_metadata"]>().toEqualTypeOf<Record<
      string,
      unknown
    > | null>();
    expectTypeOf(kb.source_types).toEqualTypeOf<Record<string, unknown>>();
  });

  it("types per-node progress by node id", () => {
    const progress = {} as NonNullable<Schema<"RunProgressDetails">["per_node_progress"]>;
    expectTypeOf(progress["node-1"]?.status).toEqualTypeOf<string | undefined>();
    expectTypeOf(progress["node-1"]?.error).toEqualTypeOf<string | null | undefined>();
  });
});

describe("message parts", () => {
  it("is a union told apart by type", () => {
    expectTypeOf(part.type).toEqualTypeOf<"user" | "text" | "error">();
    // @ts-expect-error: only text parts name a model; narrow on `type` first
    part.model;
    if (part.type === "text") {
      expectTypeOf(part).toEqualTypeOf<Schema<"TextMessagePart">>();
      expectTypeOf(part.content).toEqualTypeOf<string>();
      expectTypeOf(part.model).toEqualTypeOf<string | undefined>();
    } else if (part.type === "user") {
      expectTypeOf(part.files).toEqualTypeOf<Schema<"ConversationFile">[] | undefined>();
    } else {
      expectTypeOf(part).toEqualTypeOf<Schema<"ErrorMessagePart">>();
    }
  });

  it("types the parts of chat's reply and of a conversation's messages", () => {
    expectTypeOf<Schema<"ChatMessage">["parts"]>().toEqualTypeOf<
      Schema<"ConversationMessagePart">[]
    >();
    expectTypeOf<Schema<"ConversationMessage">["message_parts"]>().toEqualTypeOf<
      Schema<"ConversationMessagePart">[]
    >();
  });
});

describe("agents", () => {
  it("has typed known fields and no index signature", () => {
    expectTypeOf(agent.name).toEqualTypeOf<string>();
    expectTypeOf(agent.image_url).toEqualTypeOf<string | null | undefined>();
    // @ts-expect-error: a misspelt field is a compile error, not `unknown`
    agent.nmae;
  });
});
