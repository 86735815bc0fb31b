import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Users mock and validate against our spec with common OpenAPI tools. Prism's validating
// proxy (@stoplight/prism-cli, run for real in a child process) sits between a client and an
// upstream that answers like the Noxus API; with --errors it turns any request or response it
// finds invalid against the spec into an error answer, so a 2xx here means "Prism accepts it".

const specDir = fileURLToPath(new URL("..", import.meta.url));
const PRISM_START_TIMEOUT_MS = 120_000;

const sse = (events: object[]) =>
  events.map((event) => `event: message\ndata: ${JSON.stringify(event)}\n\n`).join("");

// What a Noxus API server answers, by path (the upstream behind the proxy).
function upstreamAnswer(method: string, path: string): { type: string; body: string } {
  if (path === "/v1/runs/run_1/events") {
    return {
      type: "text/event-stream",
      body: sse([
        { type: "state", data: { progress_details: {}, status: "running" }, redisId: "1-0" },
        {
          type: "content",
          data: { id: "node_1", status: "completed", workflow_status: "completed" },
          redisId: "1-1",
        },
      ]),
    };
  }
  if (path === "/v1/conversations/conv_1/events") {
    return {
      type: "text/event-stream",
      body: sse([
        { role: "assistant", type: "text", content: "Hi" },
        { role: "assistant", type: "conversation_end" },
      ]),
    };
  }
  if (method === "POST" && path === "/v1/conversations/conv_1/stream") {
    const part = { type: "text", role: "assistant", content: "Hi" };
    return {
      type: "text/event-stream",
      body: sse([
        { type: "text_delta", role: "assistant", content: "Hi" },
        { type: "message_part", role: "assistant", part },
        {
          type: "reply",
          role: "assistant",
          message: { id: "6f1c0c1e-8d5b-4b7e-9a3e-0d6b1f1d2a11", parts: [part] },
        },
        { type: "conversation_end", role: "assistant", etag: "3" },
      ]),
    };
  }
  if (path === "/v1/agents") {
    // Deliberately not a page envelope: the control that shows the proxy does validate.
    return { type: "application/json", body: JSON.stringify({ items: "not a list" }) };
  }
  return {
    type: "application/json",
    body: JSON.stringify({ items: [], total: 0, page: 1, size: 10, pages: 0 }),
  };
}

let upstream: Server;
let prism: ChildProcess;
let proxyUrl: string;

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as AddressInfo;
  probe.close();
  return port;
}

beforeAll(async () => {
  upstream = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://upstream");
    request.resume();
    request.on("end", () => {
      const answer = upstreamAnswer(request.method ?? "GET", pathname);
      response.writeHead(200, { "content-type": answer.type }).end(answer.body);
    });
  });
  upstream.listen(0, "127.0.0.1");
  await once(upstream, "listening");
  const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  const port = await freePort();
  prism = spawn(
    "pnpm",
    [
      "exec",
      "prism",
      "proxy",
      "noxus.openapi.yaml",
      upstreamUrl,
      "--errors",
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
    ],
    { cwd: specDir, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Prism is listening")) resolve();
    };
    prism.stdout?.on("data", onData);
    prism.stderr?.on("data", onData);
    prism.once("exit", (code) => reject(new Error(`prism exited (${code}):\n${output}`)));
  });
  proxyUrl = `http://127.0.0.1:${port}`;
}, PRISM_START_TIMEOUT_MS);

afterAll(async () => {
  prism?.kill();
  upstream?.close();
});

async function throughProxy(method: string, path: string, body?: object) {
  const response = await fetch(`${proxyUrl}${path}`, {
    method,
    headers: {
      "x-api-key": "nx_test_key",
      ...(body ? { "content-type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return {
    status: response.status,
    violations: response.headers.get("sl-violations"),
    text: await response.text(),
  };
}

describe("Prism's validating proxy", () => {
  it("refuses a response the spec does not allow (the control)", async () => {
    const answer = await throughProxy("GET", "/v1/agents");
    expect(answer.status).toBe(500);
    expect(answer.violations).toContain("response");
  });

  it.each([
    "/v1/workflows?page=1&page_size=10&size=10",
    "/v1/knowledge-bases?page=2&page_size=5&size=5",
    "/v1/conversations?page=1&page_size=20&size=20",
  ])("accepts a list request as the Python SDK sends it, page_size included: %s", async (path) => {
    const answer = await throughProxy("GET", path);
    expect(answer).toMatchObject({ status: 200, violations: null });
  });

  it.each([
    ["GET", "/v1/runs/run_1/events", undefined],
    ["GET", "/v1/conversations/conv_1/events", undefined],
    ["POST", "/v1/conversations/conv_1/stream", { content: "Hello" }],
  ] as const)("accepts the SSE stream of %s %s", async (method, path, body) => {
    const answer = await throughProxy(method, path, body);
    expect(answer).toMatchObject({ status: 200, violations: null });
    expect(answer.text).toContain("data: {");
  });
});
