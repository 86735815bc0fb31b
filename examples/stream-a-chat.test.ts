/**
 * Recipe: stream a chat reply as it is written, then keep talking.
 *
 * `conversation.stream(message)` sends the message and yields the reply while the model writes
 * it (`text_delta` pieces, then each whole `message_part`); `await stream.reply()` gives the
 * final reply. A model that fails rejects with `ConversationReplyError` (never an error text
 * posing as the answer). `chat(message)` is the same turn without streaming. Both keep the
 * handle's `data` and `etag` up to date, so `events({ resumeFrom: conversation.etag })`
 * starts after the last turn.
 */
import {
  createLocalModel,
  type LocalServer,
  type ModelProvider,
  startLocalServer,
} from "@noxus/local";
import { ConversationReplyError, Workspace } from "@noxus/workspace/node";
import { afterAll, beforeAll, expect, it } from "vitest";

let server: LocalServer;
let ws: Workspace;

beforeAll(async () => {
  server = await startLocalServer({ seed: "demo" });
  ws = await Workspace.connect({ apiKey: server.demo?.apiKey, baseUrl: server.url, env: {} });
});
afterAll(() => server.close());

it("streams a reply piece by piece, then gives the whole reply", async () => {
  const conversation = await ws.conversations.create({
    name: "Support",
    settings: { model: "noxus-local-echo", temperature: 0.2 },
  });

  const stream = conversation.stream("Where is my order?");
  let shown = "";
  for await (const part of stream) {
    if (part.type === "text_delta") shown += part.content; // e.g. process.stdout.write(part.content)
  }
  const reply = await stream.reply();

  // The local model answers with the question, one word at a time.
  expect(shown).toBe("Where is my order?");
  expect(reply.text).toBe("Where is my order?");
  // The handle moved on with the conversation: the question and the reply are in `messages`.
  expect(conversation.messages).toHaveLength(2);

  // The next turn, without streaming; nothing of the first turn is replayed.
  const second = await conversation.chat("And when will it arrive?");
  expect(second.text).toBe("And when will it arrive?");
  expect(conversation.messages).toHaveLength(4);
});

it("rejects with ConversationReplyError when the model cannot answer", async () => {
  // A model that fails, as an unreachable provider would.
  const { models } = createLocalModel();
  const failing: ModelProvider = {
    name: "failing",
    models,
    complete: () => Promise.reject(new Error("provider unreachable")),
  };
  const broken = await startLocalServer({ seed: "demo", models: failing });
  try {
    const brokenWs = await Workspace.connect({
      apiKey: broken.demo?.apiKey,
      baseUrl: broken.url,
      env: {},
    });
    const conversation = await brokenWs.conversations.create({
      name: "Support",
      settings: { model: "noxus-local-echo", temperature: 0.2 },
    });
    const error = await conversation
      .stream("Hello?")
      .reply()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConversationReplyError);
    if (!(error instanceof ConversationReplyError)) return;
    expect(error.errorParts.map((part) => part.content)).toEqual([
      "No reply: provider unreachable.",
    ]);
    await expect(conversation.chat("Hello again?")).rejects.toBeInstanceOf(ConversationReplyError);
  } finally {
    await broken.close();
  }
});
