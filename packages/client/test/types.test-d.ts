import { describe, expectTypeOf, it } from "vitest";
import {
  createNoxusClient,
  type ErrorDetail,
  errorDetail,
  type KnowledgeBase,
  type NoxusAbortError,
  type NoxusApiError,
  type NoxusApiErrorCode,
  type NoxusConfigError,
  type NoxusConfigErrorCode,
  type NoxusConnectionError,
  NoxusError,
  type NoxusFile,
  type NoxusTimeoutError,
  type OperationResult,
  type Run,
  type RunStatus,
  type Schema,
  type ValidationIssue,
  type Workflow,
} from "../src/index.js";

// Compile-time only: vitest typecheck runs tsc over this file; nothing here is executed.

// openapi-fetch passes response bodies through its Readable<> mapper, which keeps the shape
// but not type identity, so "the same type" is checked as assignability both ways.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const noxus = createNoxusClient({ baseUrl: "http://127.0.0.1:1" });
const throwing = createNoxusClient({ baseUrl: "http://127.0.0.1:1", throwOnError: true });

describe("paths", () => {
  it("rejects a path the API does not have", () => {
    // @ts-expect-error: there is no such path
    noxus.GET("/v1/workflow");
    // @ts-expect-error: the path exists, but not with this method
    noxus.DELETE("/v1/nodes");
  });

  it("requires path parameters", () => {
    // @ts-expect-error: workflow_id is missing
    noxus.GET("/v1/workflows/{workflow_id}", { params: { path: {} } });
    noxus.GET("/v1/workflows/{workflow_id}", { params: { path: { workflow_id: "wf_1" } } });
  });
});

describe("request bodies", () => {
  it("requires the required fields", () => {
    noxus.POST("/v1/workflows/{workflow_id}/runs", {
      params: { path: { workflow_id: "wf_1" } },
      // @ts-expect-error: `input` is required
      body: { callback_url: "https://example.com/hook" },
    });
    noxus.POST("/v1/workflows/{workflow_id}/runs", {
      params: { path: { workflow_id: "wf_1" } },
      body: { input: { text: "hello" } },
    });
  });

  it("types multipart fields as Blob", () => {
    noxus.POST("/v1/knowledge-bases/{kb_id}/upload_train", {
      params: { path: { kb_id: "kb" } },
      body: { files: [new Blob(["x"])] },
    });
    noxus.POST("/v1/knowledge-bases/{kb_id}/upload_train", {
      params: { path: { kb_id: "kb" } },
      // @ts-expect-error: files are binary parts, not numbers
      body: { files: [1] },
    });
  });
});

describe("query parameters", () => {
  it("rejects a wrong query type", () => {
    // @ts-expect-error: size is a number
    noxus.GET("/v1/workflows", { params: { query: { size: "twenty" } } });
    // @ts-expect-error: no such workflow type
    noxus.GET("/v1/workflows", { params: { query: { type: "pipeline" } } });
    noxus.GET("/v1/workflows", { params: { query: { page: 1, size: 20, type: "agent_flow" } } });
  });

  it("accepts both spellings of force", () => {
    noxus.PATCH("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: "w" }, query: { force: "True" } },
      body: { name: "x", definition: { nodes: [], edges: [] } },
    });
    noxus.PATCH("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: "w" }, query: { force: false } },
      body: { name: "x", definition: { nodes: [], edges: [] } },
    });
  });
});

describe("responses", () => {
  it("types data by operation, optional in { data, error } mode", async () => {
    const { data, error } = await noxus.GET("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: "wf_1" } },
    });
    expectTypeOf(data).not.toBeAny();
    expectTypeOf<SameShape<typeof data, Workflow | undefined>>().toEqualTypeOf<true>();
    if (error === undefined && data) expectTypeOf(data.definition.nodes).toBeArray();
    // @ts-expect-error: data may be undefined until the error is ruled out
    data.name;
  });

  it("types data as always present in throwOnError mode", async () => {
    const { data } = await throwing.GET("/v1/workflows/{workflow_id}/runs/{run_id}", {
      params: { path: { workflow_id: "w", run_id: "r" } },
    });
    expectTypeOf(data).not.toBeAny();
    expectTypeOf<SameShape<typeof data, Run>>().toEqualTypeOf<true>();
    expectTypeOf(data.status).toEqualTypeOf<RunStatus>();
    const kbs = await throwing.GET("/v1/knowledge-bases");
    expectTypeOf<SameShape<typeof kbs.data.items, KnowledgeBase[]>>().toEqualTypeOf<true>();
    const versions = await throwing.GET("/v1/workflows/{workflow_id}/versions", {
      params: { path: { workflow_id: "w" } },
    });
    expectTypeOf(versions.data).toBeArray();
    const deleted = await throwing.DELETE("/v1/knowledge-bases/{kb_id}", {
      params: { path: { kb_id: "kb" } },
    });
    expectTypeOf(deleted.data.success).toEqualTypeOf<boolean>();
  });

  it("exposes schema aliases", () => {
    expectTypeOf<Schema<"File">>().toEqualTypeOf<NoxusFile>();
    expectTypeOf<OperationResult<"getWorkflow">>().toEqualTypeOf<Workflow>();
    expectTypeOf<RunStatus>().toExtend<string>();
  });
});

describe("errors", () => {
  it("puts code, hint and retryable on every error, each class narrowing code", () => {
    expectTypeOf<NoxusError["code"]>().toEqualTypeOf<string>();
    expectTypeOf<NoxusError["hint"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NoxusError["retryable"]>().toEqualTypeOf<boolean>();
    expectTypeOf<NoxusApiError["code"]>().toEqualTypeOf<NoxusApiErrorCode>();
    expectTypeOf<NoxusConfigError["code"]>().toEqualTypeOf<NoxusConfigErrorCode>();
    expectTypeOf<NoxusConnectionError["code"]>().toEqualTypeOf<"connection_failed">();
    expectTypeOf<NoxusTimeoutError["code"]>().toEqualTypeOf<"timeout">();
    expectTypeOf<NoxusAbortError["code"]>().toEqualTypeOf<"aborted">();
    new NoxusError("x", { code: "mine", hint: "do y", retryable: true, cause: new Error() });
    // @ts-expect-error: the hint is text
    new NoxusError("x", { hint: 1 });
  });

  it("narrows a non-throwing call's error detail with errorDetail()", async () => {
    const { error } = await noxus.POST("/v1/workflows/{workflow_id}/runs", {
      params: { path: { workflow_id: "wf_1" } },
      body: { input: {} },
    });
    const detail = errorDetail(error);
    expectTypeOf(detail).toEqualTypeOf<ErrorDetail>();
    if (detail.kind === "issues") expectTypeOf(detail.issues).toEqualTypeOf<ValidationIssue[]>();
    if (detail.kind === "message") expectTypeOf(detail.message).toEqualTypeOf<string>();
    // @ts-expect-error: issues exist only once narrowed
    detail.issues;
  });
});
