import { inspect } from "node:util";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  type AuthStrategy,
  apiErrorFromResponse,
  isNoxusApiError,
  NoxusApiError,
  NoxusAuthenticationError,
  NoxusBadRequestError,
  NoxusConfigError,
  NoxusConflictError,
  NoxusNotFoundError,
  NoxusPayloadTooLargeError,
  NoxusPermissionError,
  NoxusRateLimitError,
  NoxusServerError,
  NoxusValidationError,
  VERSION,
} from "../src/index.js";
import { parseMultipart, startRecordingServer } from "./helpers/recording-server.js";
import { createNoxusClient } from "./helpers/transport-under-test.js";

const API_KEY = "nx_live_Sup3rS3cretKeyValue_0123456789";
const server = await startRecordingServer();
afterAll(() => server.close());
beforeEach(() => server.respondWith(() => ({ body: {} })));

const workflow = {
  id: "wf_1",
  name: "Summarise",
  type: "flow",
  group_id: "g_1",
  definition: { nodes: [], edges: [] },
};

describe("headers", () => {
  it("sends the API key as X-API-Key, with the client's identity", async () => {
    const noxus = createNoxusClient({ baseUrl: server.url, auth: { apiKey: API_KEY } });
    await noxus.GET("/v1/admin/me");
    const { headers } = server.last();
    expect(headers["x-api-key"]).toBe(API_KEY);
    expect(headers["x-noxus-client"]).toBe(`@noxus/client/${VERSION}`);
    expect(headers["user-agent"]).toMatch(new RegExp(`^@noxus/client/${VERSION} node/`));
  });

  it("prepends userAgent and merges custom headers, with auth applied last", async () => {
    const noxus = createNoxusClient({
      baseUrl: server.url,
      auth: { apiKey: API_KEY },
      userAgent: "billing-sync/1.4",
      headers: { "x-team": "finance", "X-API-Key": "overridden-by-auth" },
    });
    await noxus.GET("/v1/nodes");
    const { headers } = server.last();
    expect(headers["user-agent"]).toMatch(/^billing-sync\/1\.4 @noxus\/client\//);
    expect(headers["x-team"]).toBe("finance");
    expect(headers["x-api-key"]).toBe(API_KEY);
  });

  it("accepts any AuthStrategy, including an async one", async () => {
    const strategy: AuthStrategy = {
      kind: "test",
      async applyTo(headers) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        headers.set("X-API-Key", "from-strategy");
      },
    };
    const noxus = createNoxusClient({ baseUrl: server.url, auth: strategy });
    await noxus.GET("/v1/models/llms");
    expect(server.last().headers["x-api-key"]).toBe("from-strategy");
  });

  it("sends no credential header without auth", async () => {
    await createNoxusClient({ baseUrl: server.url }).GET("/v1/nodes");
    expect(server.last().headers["x-api-key"]).toBeUndefined();
  });

  it("rejects unusable keys with a NoxusConfigError that does not echo the key", () => {
    expect(() => createNoxusClient({ auth: { apiKey: "" } })).toThrow(/API key is empty/);
    const withNewline = `${API_KEY}\n`;
    try {
      createNoxusClient({ auth: { apiKey: withNewline } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NoxusConfigError);
      expect((error as Error).message).toMatch(/whitespace or control characters/);
      expect((error as Error).message).not.toContain(API_KEY);
    }
  });
});

describe("base URL", () => {
  it("tolerates a trailing slash and keeps a path prefix", async () => {
    await createNoxusClient({ baseUrl: `${server.url}/` }).GET("/v1/nodes");
    expect(server.last().url).toBe("/v1/nodes");
    const prefixed = createNoxusClient({ baseUrl: `${server.url}/proxy/noxus//` });
    expect(prefixed.baseUrl).toBe(`${server.url}/proxy/noxus`);
    await prefixed.GET("/v1/nodes");
    expect(server.last().url).toBe("/proxy/noxus/v1/nodes");
  });

  it("defaults to the hosted API", () => {
    expect(createNoxusClient().baseUrl).toBe("https://backend.noxus.ai");
  });

  it.each([
    ["not a url", /absolute URL/],
    ["ftp://example.com", /http or https/],
    ["https://user:pw@example.com", /must not carry credentials/],
    ["https://example.com/?x=1", /query string/],
  ])("rejects %s", (baseUrl, message) => {
    expect(() => createNoxusClient({ baseUrl })).toThrow(message);
  });
});

describe("request bodies and queries", () => {
  it("sends JSON bodies and serialises path and query parameters", async () => {
    server.respondWith(() => ({ body: workflow }));
    const noxus = createNoxusClient({ baseUrl: server.url, auth: { apiKey: API_KEY } });
    const body = {
      name: "Summarise",
      type: "flow" as const,
      definition: { nodes: [], edges: [] },
    };
    const { data } = await noxus.PATCH("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: "wf 1/x" }, query: { force: true } },
      body,
    });
    expect(data?.id).toBe("wf_1");
    const sent = server.last();
    expect(sent.method).toBe("PATCH");
    expect(sent.url).toBe("/v1/workflows/wf%201%2Fx?force=true");
    expect(sent.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(sent.body.toString())).toEqual(body);
  });

  it("sends the pagination query the server reads", async () => {
    server.respondWith(() => ({
      body: { items: [workflow], total: 1, page: 2, size: 20, pages: 1 },
    }));
    const noxus = createNoxusClient({ baseUrl: server.url });
    const { data } = await noxus.GET("/v1/workflows", {
      params: { query: { page: 2, size: 20, type: "flow" } },
    });
    expect(server.last().url).toBe("/v1/workflows?page=2&size=20&type=flow");
    expect(data?.items[0]?.name).toBe("Summarise");
  });

  it("sends a KB search with no body, its text in the query", async () => {
    server.respondWith(() => ({ body: [] }));
    const noxus = createNoxusClient({ baseUrl: server.url });
    await noxus.POST("/v1/knowledge-bases/{kb_id}/search", {
      params: { path: { kb_id: "kb_1" }, query: { query: "refund policy", prefix: "/docs" } },
    });
    const sent = server.last();
    expect(sent.url).toBe("/v1/knowledge-bases/kb_1/search?query=refund%20policy&prefix=%2Fdocs");
    expect(sent.body.length).toBe(0);
    expect(sent.headers["content-type"]).toBeUndefined();
  });

  it("sends upload_train as multipart with one `files` part per file", async () => {
    server.respondWith(() => ({ body: ["run_1", "run_2"] }));
    const noxus = createNoxusClient({ baseUrl: server.url, auth: { apiKey: API_KEY } });
    const { data } = await noxus.POST("/v1/knowledge-bases/{kb_id}/upload_train", {
      params: { path: { kb_id: "kb_1" }, query: { prefix: "/files" } },
      body: {
        files: [
          new File(["alpha text"], "a.txt", { type: "text/plain" }),
          new File([new Uint8Array([0, 1, 2, 255])], "b.bin"),
        ],
      },
    });
    expect(data).toEqual(["run_1", "run_2"]);
    const sent = server.last();
    expect(sent.url).toBe("/v1/knowledge-bases/kb_1/upload_train?prefix=%2Ffiles");
    expect(sent.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await parseMultipart(sent);
    const files = form.getAll("files") as File[];
    expect(files.map((file) => file.name)).toEqual(["a.txt", "b.bin"]);
    expect(await files[0]?.text()).toBe("alpha text");
    expect([...new Uint8Array(await (files[1] as File).arrayBuffer())]).toEqual([0, 1, 2, 255]);
  });

  it("uploads a file as the single `file` part and downloads the bytes back", async () => {
    const bytes = new Uint8Array([9, 8, 7, 0, 255]);
    server.respondWith((request) =>
      request.method === "POST"
        ? {
            body: {
              id: "f_1",
              uri: "spot://f_1/x.bin",
              size: 5,
              filename: "x.bin",
              content_type: "application/octet-stream",
              source_type: "Document",
              source_metadata: null,
            },
          }
        : { body: Buffer.from(bytes), headers: { "content-type": "application/octet-stream" } },
    );
    const noxus = createNoxusClient({ baseUrl: server.url, throwOnError: true });
    const { data: file } = await noxus.POST("/v1/file", {
      body: { file: new File([bytes], "x.bin") },
    });
    expect(file.filename).toBe("x.bin");
    const form = await parseMultipart(server.last());
    expect((form.get("file") as File).name).toBe("x.bin");

    const { data } = await noxus.GET("/v1/file/{file_id}", {
      params: { path: { file_id: file.id } },
      parseAs: "arrayBuffer",
    });
    expect([...new Uint8Array(data)]).toEqual([...bytes]);
  });
});

describe("errors", () => {
  const notFound = () => ({
    status: 404,
    headers: { "x-request-id": "req_404" },
    body: { detail: "Workflow not found" },
  });

  it("returns { error, response } by default", async () => {
    server.respondWith(notFound);
    const noxus = createNoxusClient({ baseUrl: server.url, auth: { apiKey: API_KEY } });
    const { data, error, response } = await noxus.GET("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: "missing" } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toEqual({ detail: "Workflow not found" });
    const mapped = apiErrorFromResponse(response, error, {
      method: "GET",
      path: "/v1/workflows/{workflow_id}",
    });
    expect(mapped.code).toBe("not_found");
    expect(mapped.requestId).toBe("req_404");
  });

  it("throws NoxusApiError with status, code, request id, method and path template", async () => {
    server.respondWith(notFound);
    const noxus = createNoxusClient({
      baseUrl: server.url,
      auth: { apiKey: API_KEY },
      throwOnError: true,
    });
    const error = await noxus
      .GET("/v1/workflows/{workflow_id}", { params: { path: { workflow_id: "wf_secret_id" } } })
      .catch((caught: unknown) => caught);
    expect(isNoxusApiError(error)).toBe(true);
    const apiError = error as NoxusApiError;
    expect(apiError).toMatchObject({
      status: 404,
      code: "not_found",
      requestId: "req_404",
      method: "GET",
      path: "/v1/workflows/{workflow_id}",
      retryable: false,
      body: { detail: "Workflow not found" },
    });
    expect(apiError.message).toBe(
      "GET /v1/workflows/{workflow_id} failed: 404 Not Found: Workflow not found (request id req_404)",
    );
    expect(apiError.hint).toBe(
      "Check the id: it does not exist in this key's workspace (other workspaces' resources answer 404 too).",
    );
    expect(apiError.message).not.toContain("Hint");
    expect(apiError.message).not.toContain("wf_secret_id");
  });

  it.each([
    ["Not Found: no file f_1 in this workspace", "404 Not Found: no file f_1 in this workspace"],
    ["not found: no file f_1 in this workspace", "404 Not Found: no file f_1 in this workspace"],
    ["Not Found", "404 Not Found"],
    ["Workflow not found", "404 Not Found: Workflow not found"],
  ])("gives every 404 one shape, whatever the detail (%s)", async (detail, shown) => {
    server.respondWith(() => ({ status: 404, body: { detail } }));
    const noxus = createNoxusClient({ baseUrl: server.url, throwOnError: true });
    const error = (await noxus
      .GET("/v1/file/{file_id}", { params: { path: { file_id: "f_1" } } })
      .catch((caught: unknown) => caught)) as NoxusApiError;
    expect(error.message).toBe(`GET /v1/file/{file_id} failed: ${shown}`);
  });

  it("states the reason phrase even when the answer has none (HTTP/2)", () => {
    const error = apiErrorFromResponse(new Response(null, { status: 404 }), null, {
      method: "GET",
      path: "/v1/nodes",
    });
    expect(error.message).toBe("GET /v1/nodes failed: 404 Not Found");
  });

  it("keeps a long detail's words whole: a list of ids is never cut inside an id", async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `input_key_number_${i}`);
    const msg = `No input node of this workflow is keyed "nmae"; accepted keys: ${ids.join(", ")}.`;
    server.respondWith(() => ({
      status: 422,
      body: { detail: [{ loc: ["body", "input", "nmae"], msg, type: "value_error" }] },
    }));
    const noxus = createNoxusClient({ baseUrl: server.url, throwOnError: true });
    const error = (await noxus
      .POST("/v1/workflows/{workflow_id}/runs", {
        params: { path: { workflow_id: "wf_1" } },
        body: { input: {} },
      })
      .catch((caught: unknown) => caught)) as NoxusApiError;
    expect(error.message).toContain(`body.input.nmae: ${msg}`);
    expect(error.message).not.toContain("Hint");
    expect(error.hint).toMatch(/names each field to fix/);
  });

  it("cuts an enormous text detail between words, never inside one", () => {
    const words = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(" ");
    const error = apiErrorFromResponse(new Response(null, { status: 400 }), words, {
      method: "POST",
      path: "/v1/nodes",
    });
    const shown = error.message.replace("POST /v1/nodes failed: 400 Bad Request: ", "");
    expect(shown.length).toBeLessThan(words.length);
    expect(shown.endsWith(" …")).toBe(true);
    const kept = shown.slice(0, -2).split(" ");
    expect(kept.at(-1)).toMatch(/^word\d+$/);
    expect(words.startsWith(`${kept.join(" ")} `)).toBe(true);
  });

  it("serialises code, hint and retryable with the rest", () => {
    const error = apiErrorFromResponse(new Response(null, { status: 429 }), null, {
      method: "GET",
      path: "/v1/nodes",
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "NoxusRateLimitError",
      code: "rate_limited",
      message: "GET /v1/nodes failed: 429 Too Many Requests",
      hint: "Too many requests; wait for the Retry-After delay before retrying.",
      retryable: true,
      status: 429,
      method: "GET",
      path: "/v1/nodes",
      body: null,
    });
  });

  it("exposes 422 validation issues and summarises them in the message", async () => {
    server.respondWith(() => ({
      status: 422,
      body: {
        detail: [
          { loc: ["body", "input"], msg: "Field required", type: "missing" },
          {
            loc: ["query", "size"],
            msg: "Input should be less than or equal to 100",
            type: "less_than_equal",
          },
        ],
      },
    }));
    const noxus = createNoxusClient({ baseUrl: server.url, throwOnError: true });
    const error = (await noxus
      .POST("/v1/workflows/{workflow_id}/runs", {
        params: { path: { workflow_id: "wf_1" } },
        body: { input: {} },
      })
      .catch((caught: unknown) => caught)) as NoxusApiError;
    expect(error.code).toBe("validation_error");
    expect(error.validationIssues?.map((issue) => issue.loc.join("."))).toEqual([
      "body.input",
      "query.size",
    ]);
    expect(error.message).toContain("body.input: Field required; query.size: Input should be");
  });

  it.each([
    [400, "bad_request", false, NoxusBadRequestError],
    [401, "unauthorized", false, NoxusAuthenticationError],
    [403, "forbidden", false, NoxusPermissionError],
    [404, "not_found", false, NoxusNotFoundError],
    [409, "conflict", false, NoxusConflictError],
    [413, "payload_too_large", false, NoxusPayloadTooLargeError],
    [422, "validation_error", false, NoxusValidationError],
    [429, "rate_limited", true, NoxusRateLimitError],
    [500, "server_error", true, NoxusServerError],
    [503, "server_error", true, NoxusServerError],
    [418, "http_error", false, NoxusApiError],
  ])("maps %i to code %s (retryable: %s)", async (status, code, retryable, Class) => {
    server.respondWith(() => ({ status, body: "plain text failure" }));
    const noxus = createNoxusClient({ baseUrl: server.url, throwOnError: true, maxRetries: 0 });
    const error = (await noxus
      .GET("/v1/nodes")
      .catch((caught: unknown) => caught)) as NoxusApiError;
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(NoxusApiError);
    expect(error.name).toBe(Class.name);
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    expect(error.body).toBe("plain text failure");
  });

  it("never shows the API key in message, stack, JSON or inspect output", async () => {
    server.respondWith(() => ({ status: 401, body: { detail: "Invalid API key" } }));

    const noxus = createNoxusClient({
      baseUrl: server.url,
      auth: { apiKey: API_KEY },
      throwOnError: true,
    });
    const error = await noxus.GET("/v1/admin/me").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NoxusApiError);
    for (const view of [
      (error as Error).message,
      (error as Error).stack ?? "",
      JSON.stringify(error),
      inspect(error, { depth: 10, showHidden: true }),
      JSON.stringify(noxus),
      inspect(noxus, { depth: 10, showHidden: true }),
    ]) {
      expect(view).not.toContain(API_KEY);
      expect(view).not.toContain(API_KEY.slice(8));
    }
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ status: 401, code: "unauthorized" });
  });
});
