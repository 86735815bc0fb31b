import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalModel } from "../src/index.js";
import { startTestServer, type TestServer } from "./helpers/local.js";
import { threeNodeFlow } from "./helpers/workflow-builder.js";

// The model providers: the deterministic local model, and an OpenAI-compatible endpoint
// switched on by environment (a real HTTP server on loopback stands in for the third party).
interface Received {
  authorization: string | undefined;
  body: { model: string; messages: { role: string; content: string }[] };
}
const received: Received[] = [];
const upstream = createServer(async (req: IncomingMessage, res) => {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  received.push({ authorization: req.headers.authorization, body: JSON.parse(raw) });
  const last = JSON.parse(raw).messages.at(-1).content as string;
  res.writeHead(200, { "content-type": "application/json" });
  res.end(
    JSON.stringify({
      model: "upstream-model",
      choices: [{ message: { role: "assistant", content: `UPSTREAM(${last})` } }],
    }),
  );
});
let harness: TestServer;
beforeAll(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const { port } = upstream.address() as AddressInfo;
  harness = await startTestServer({
    env: {
      NOXUS_LOCAL_OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1/`,
      NOXUS_LOCAL_OPENAI_API_KEY: "sk-upstream",
      NOXUS_LOCAL_OPENAI_MODEL: "gpt-test",
    },
  });
});
afterAll(async () => {
  await harness.close();
  upstream.close();
});

describe("OpenAI-compatible provider", () => {
  it("answers a TextGenerationNode from the configured endpoint", async () => {
    const ws = await harness.workspace();
    const { definition } = threeNodeFlow("TextGenerationNode", "Answer: ((Input 1))");
    const { data: workflow } = await ws.client.POST("/v1/workflows", {
      body: { name: "upstream", type: "flow", definition },
    });
    const { data } = await ws.client.POST("/v1/workflows/{workflow_id}/runs/sync", {
      params: { path: { workflow_id: workflow.id } },
      body: { input: { Topic: "why" } },
    });
    expect(JSON.stringify(data)).toContain("UPSTREAM(Answer: why)");
    expect(received.at(-1)).toMatchObject({
      authorization: "Bearer sk-upstream",
      body: { model: "gpt-test", messages: [{ role: "user", content: "Answer: why" }] },
    });
    const { data: models } = await ws.client.GET("/v1/models/llms");
    expect(models.map((model) => model.name)).toEqual(["gpt-test"]);
  });
});

describe("local model", () => {
  it("echoes the last user message, cut to maxTokens words, after delayMs", async () => {
    const model = createLocalModel({ delayMs: 50 });
    const started = Date.now();
    const answer = await model.complete({
      messages: [
        { role: "system", content: "be brief" },
        { role: "user", content: "one two three four" },
      ],
      maxTokens: 2,
    });
    expect(answer).toEqual({ text: "one two", model: "noxus-local-echo" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("stops waiting when the request is aborted", async () => {
    const model = createLocalModel({ delayMs: 5_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("stop")), 20);
    await expect(
      model.complete({ messages: [{ role: "user", content: "x" }], signal: controller.signal }),
    ).rejects.toThrow("stop");
  });
});
