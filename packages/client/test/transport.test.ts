import { afterAll, describe, expect, it } from "vitest";
import {
  NoxusAbortError,
  type NoxusClientOptions,
  NoxusConnectionError,
  NoxusRateLimitError,
  NoxusServerError,
  NoxusTimeoutError,
  type RequestEvent,
  type ResponseEvent,
} from "../src/index.js";
import { startScriptedServer } from "./helpers/scripted-server.js";
import { createNoxusClient } from "./helpers/transport-under-test.js";

// Fault injection: a real loopback server plays scripted sequences; each test asserts how
// many attempts reached it and how long the client waited in between.
const server = await startScriptedServer();
afterAll(() => server.close());

const FAST = { initialDelayMs: 40, maxDelayMs: 160 };
const client = (options: Omit<NoxusClientOptions, "throwOnError"> = {}) =>
  createNoxusClient({
    baseUrl: server.url,
    auth: { apiKey: "k" },
    retryPolicy: FAST,
    throwOnError: true,
    ...options,
  });
const ok = { body: [{ type: "InputNode" }] };
const elapsed = async (work: () => Promise<unknown>) => {
  const started = Date.now();
  const outcome = await work().catch((error: unknown) => error);
  return { outcome, ms: Date.now() - started };
};

describe("retries", () => {
  it("honours Retry-After in seconds on a 429", async () => {
    server.play([
      { status: 429, headers: { "retry-after": "1" }, body: { detail: "slow down" } },
      ok,
    ]);
    const { data } = await client().GET("/v1/nodes");
    expect(data).toEqual(ok.body);
    expect(server.arrivals).toHaveLength(2);
    expect(server.gaps()[0]).toBeGreaterThanOrEqual(990);
    expect(server.gaps()[0]).toBeLessThan(1400);
  });

  it("honours retry-after-ms and an HTTP-date Retry-After", async () => {
    server.play([
      { status: 429, headers: { "retry-after-ms": "250" } },
      { status: 429, headers: { "retry-after": new Date(Date.now() + 2000).toUTCString() } },
      ok,
    ]);
    await client().GET("/v1/nodes");
    const [first, second] = server.gaps();
    expect(first).toBeGreaterThanOrEqual(245);
    expect(first).toBeLessThan(600);
    // HTTP dates have one-second resolution, so the wait is between 1 and 2 s from now.
    expect(second).toBeGreaterThanOrEqual(600);
    expect(second).toBeLessThan(2600);
  });

  it("retries a 429 even for a POST that is not retry-safe", async () => {
    server.play([{ status: 429, headers: { "retry-after-ms": "10" } }, { body: { id: "r1" } }]);
    await client().POST("/v1/workflows/{workflow_id}/runs", {
      params: { path: { workflow_id: "w" } },
      body: { input: {} },
    });
    expect(server.arrivals.map((a) => a.method)).toEqual(["POST", "POST"]);
  });

  it("rides out a 503 burst with jittered exponential backoff", async () => {
    server.play([{ status: 503 }, { status: 503 }, ok]);
    const { data } = await client().GET("/v1/nodes");
    expect(data).toEqual(ok.body);
    expect(server.arrivals).toHaveLength(3);
    const [first, second] = server.gaps();
    // Full jitter: [0, 40] ms then [0, 80] ms, plus scheduling on a busy CI machine.
    expect(first).toBeLessThan(40 + 250);
    expect(second).toBeLessThan(80 + 250);
  });

  it("gives up after maxRetries with the last answer as a typed error", async () => {
    server.play([{ status: 503 }, { status: 503 }, { status: 503, body: { detail: "down" } }]);
    const error = await client()
      .GET("/v1/nodes")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NoxusServerError);
    expect(server.arrivals).toHaveLength(3);
  });

  it("takes maxRetries per request", async () => {
    server.play([{ status: 503 }, ok]);
    await expect(client().GET("/v1/nodes", { maxRetries: 0 })).rejects.toBeInstanceOf(
      NoxusServerError,
    );
    expect(server.arrivals).toHaveLength(1);
  });

  it("never repeats a POST that is not retry-safe after a 500: the server counts exactly one", async () => {
    server.play([{ status: 500, body: { detail: "boom" } }, { body: { id: "r1" } }]);
    const error = await client()
      .POST("/v1/workflows/{workflow_id}/runs", {
        params: { path: { workflow_id: "w" } },
        body: { input: {} },
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NoxusServerError);
    expect(server.arrivals).toHaveLength(1);
  });

  it("repeats a POST the spec marks x-noxus-retry-safe", async () => {
    server.play([{ status: 502 }, { body: [] }]);
    await client().POST("/v1/knowledge-bases/{kb_id}/search", {
      params: { path: { kb_id: "kb" }, query: { query: "q" } },
    });
    expect(server.arrivals).toHaveLength(2);
  });

  it("obeys x-should-retry: false", async () => {
    server.play([{ status: 503, headers: { "x-should-retry": "false" } }, ok]);
    await expect(client().GET("/v1/nodes")).rejects.toBeInstanceOf(NoxusServerError);
    expect(server.arrivals).toHaveLength(1);
  });

  it("surfaces a 429 whose Retry-After is beyond what it may honour", async () => {
    server.play([{ status: 429, headers: { "retry-after": "3600" } }, ok]);
    const error = (await client()
      .GET("/v1/nodes")
      .catch((caught: unknown) => caught)) as NoxusRateLimitError;
    expect(error).toBeInstanceOf(NoxusRateLimitError);
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(server.arrivals).toHaveLength(1);
  });

  it("cancels the body of a discarded attempt instead of reading it", async () => {
    // A long, slowly written error body: reading it would take ~1 s.
    const chunks = Array.from({ length: 200 }, () => "x".repeat(16 * 1024));
    server.play([{ status: 503, chunks, headers: { "content-type": "text/plain" } }, ok]);
    const { ms } = await elapsed(() => client().GET("/v1/nodes"));
    expect(server.arrivals).toHaveLength(2);
    expect(ms).toBeLessThan(800);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.arrivals[0]?.completed).toBe(false);
  });

  it("retries a connection reset mid-body on an idempotent request", async () => {
    server.play([{ body: { items: "y".repeat(5000) }, cutAfterBytes: 100 }, ok]);
    const { data } = await client().GET("/v1/nodes");
    expect(data).toEqual(ok.body);
    expect(server.arrivals).toHaveLength(2);
  });

  it("maps a connection that never answers to NoxusConnectionError after retrying", async () => {
    server.play([{ reset: true }, { reset: true }, { reset: true }]);
    const error = await client()
      .GET("/v1/nodes")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NoxusConnectionError);
    expect((error as Error).message).toMatch(/could not reach the Noxus API/);
    expect(server.arrivals).toHaveLength(3);
  });
});

describe("timeouts and cancellation", () => {
  it("times out a slow response within the budget", async () => {
    server.play([{ delayMs: 1000, ...ok }]);
    const { outcome, ms } = await elapsed(() => client({ timeoutMs: 200 }).GET("/v1/nodes"));
    expect(outcome).toBeInstanceOf(NoxusTimeoutError);
    expect(ms).toBeGreaterThanOrEqual(195);
    expect(ms).toBeLessThan(600);
  });

  it("shares one budget between attempts and waits", async () => {
    // 100 ms attempt + up to 100 ms backoff + a second attempt the server would answer after 1 s.
    server.play([
      { status: 503, delayMs: 100 },
      { delayMs: 1000, ...ok },
    ]);
    const { outcome, ms } = await elapsed(() =>
      client({ retryPolicy: { initialDelayMs: 100, maxDelayMs: 100 } }).GET("/v1/nodes", {
        timeoutMs: 350,
      }),
    );
    expect(outcome).toBeInstanceOf(NoxusTimeoutError);
    expect(server.arrivals).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(345);
    expect(ms).toBeLessThan(700);
  });

  it("answers the last response rather than waiting past the budget", async () => {
    server.play([{ status: 429, headers: { "retry-after": "2" } }, ok]);
    const { outcome, ms } = await elapsed(() => client().GET("/v1/nodes", { timeoutMs: 500 }));
    expect(outcome).toBeInstanceOf(NoxusRateLimitError);
    expect(ms).toBeLessThan(300);
    expect(server.arrivals).toHaveLength(1);
  });

  it("stops at once when the caller aborts during a backoff wait, and never retries", async () => {
    server.play([{ status: 429, headers: { "retry-after": "5" } }, ok]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user cancelled")), 100);
    const { outcome, ms } = await elapsed(() =>
      client().GET("/v1/nodes", { signal: controller.signal }),
    );
    expect(outcome).toBeInstanceOf(NoxusAbortError);
    expect(ms).toBeLessThan(500);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.arrivals).toHaveLength(1);
  });

  it("tells an abort during a request from a timeout", async () => {
    server.play([{ delayMs: 2000, ...ok }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(
      client({ timeoutMs: 5000 }).GET("/v1/nodes", { signal: controller.signal }),
    ).rejects.toBeInstanceOf(NoxusAbortError);
    await expect(client().GET("/v1/nodes", { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      NoxusAbortError,
    );
  });
});

describe("observability", () => {
  it("links the attempts of one call by request id and tells the server the retry count", async () => {
    server.play([
      { status: 503, headers: { "x-request-id": "srv_1" } },
      { ...ok, headers: { "x-request-id": "srv_2" } },
    ]);
    const requests: RequestEvent[] = [];
    const responses: ResponseEvent[] = [];
    await client({ onRequest: (e) => requests.push(e), onResponse: (e) => responses.push(e) }).GET(
      "/v1/nodes",
    );
    expect(requests.map((e) => e.attempt)).toEqual([0, 1]);
    expect(new Set(requests.map((e) => e.requestId)).size).toBe(1);
    expect(requests[0]?.path).toBe("/v1/nodes");
    expect(responses.map((e) => [e.status, e.serverRequestId])).toEqual([
      [503, "srv_1"],
      [200, "srv_2"],
    ]);
    expect(responses[0]?.retryInMs).toBeGreaterThanOrEqual(0);
    expect(responses[1]?.retryInMs).toBeUndefined();
    expect(server.arrivals[0]?.headers["x-noxus-retry-count"]).toBeUndefined();
    expect(server.arrivals[1]?.headers["x-noxus-retry-count"]).toBe("1");
  });
});
