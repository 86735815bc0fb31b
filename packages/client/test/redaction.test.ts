import { inspect } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { type LogLevel, NoxusError } from "../src/index.js";
import { type Step, startScriptedServer } from "./helpers/scripted-server.js";
import { createNoxusClient } from "./helpers/transport-under-test.js";

// The key must never surface, whatever goes wrong and however loudly the client logs.
const KEY = "nxl_Redaction-Canary_9f8e7d6c5b4a39281706";
const server = await startScriptedServer();
afterAll(() => server.close());

function views(value: unknown): string[] {
  return [
    String(value),
    JSON.stringify(value) ?? "",
    inspect(value, { depth: 20, showHidden: true }),
    (value as Error)?.stack ?? "",
    `${(value as Error)?.message}`,
  ];
}
const expectNoKey = (value: unknown) => {
  for (const view of views(value)) expect(view).not.toContain(KEY.slice(6));
};

const scenarios: [string, Step[], { timeoutMs?: number; signal?: AbortSignal }?][] = [
  ["NoxusBadRequestError", [{ status: 400, body: { detail: "bad" } }]],
  ["NoxusAuthenticationError", [{ status: 401, body: { detail: "Invalid API key." } }]],
  ["NoxusPermissionError", [{ status: 403, body: { detail: "no" } }]],
  ["NoxusNotFoundError", [{ status: 404, body: { detail: "Not Found" } }]],
  ["NoxusConflictError", [{ status: 409, body: { detail: "conflict" } }]],
  ["NoxusPayloadTooLargeError", [{ status: 413, body: { detail: "too large" } }]],
  [
    "NoxusValidationError",
    [{ status: 422, body: { detail: [{ loc: ["body"], msg: "m", type: "t" }] } }],
  ],
  ["NoxusRateLimitError", [{ status: 429, headers: { "retry-after": "120" } }]],
  ["NoxusServerError", [{ status: 500 }]],
  ["NoxusConnectionError", [{ reset: true }]],
  ["NoxusTimeoutError", [{ delayMs: 500, body: [] }], { timeoutMs: 50 }],
  ["NoxusAbortError", [{ delayMs: 500, body: [] }], { signal: AbortSignal.timeout(30) }],
];

describe.each(scenarios)("%s", (name, steps, init = {}) => {
  it("carries no trace of the key", async () => {
    server.play(steps);
    const noxus = createNoxusClient({
      baseUrl: server.url,
      auth: { apiKey: KEY },
      throwOnError: true,
      maxRetries: 0,
    });
    const error = await noxus.GET("/v1/admin/me", init).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NoxusError);
    expect((error as Error).name).toBe(name);
    expectNoKey(error);
  });
});

it("NoxusConfigError for a malformed key does not echo it", () => {
  const error = (() => {
    try {
      createNoxusClient({ auth: { apiKey: `${KEY} ` } });
    } catch (caught) {
      return caught;
    }
  })();
  expect(error).toBeInstanceOf(NoxusError);
  expectNoKey(error);
});

describe.each(["error", "warn", "info", "debug"] as LogLevel[])("log level %s", (level) => {
  it("never logs the key", async () => {
    server.play([{ status: 503 }, { status: 401, body: { detail: "Invalid API key." } }]);
    const lines: unknown[] = [];
    const capture = (...args: unknown[]) => lines.push(args);
    const noxus = createNoxusClient({
      baseUrl: server.url,
      auth: { apiKey: KEY },
      logLevel: level,
      logger: { error: capture, warn: capture, info: capture, debug: capture },
      retryPolicy: { initialDelayMs: 1, maxDelayMs: 1 },
    });
    await noxus.GET("/v1/admin/me");
    if (level === "warn" || level === "debug") expect(lines.length).toBeGreaterThan(0);
    expectNoKey(lines);
  });
});
