import { describe, expect, it } from "vitest";
import { type Json, loadSpec, operationsOf } from "./load-spec.js";

const spec = loadSpec();
const operations = operationsOf(spec);
const byId = new Map(operations.map((entry) => [entry.operation.operationId, entry.operation]));

function resolve(node: Json): Json {
  if (!node?.$ref) return node;
  const target = (node.$ref as string)
    .replace(/^#\//, "")
    .split("/")
    .reduce((value: Json, key: string) => value?.[key], spec);
  expect(target, `unresolved ${node.$ref}`).toBeDefined();
  return resolve(target);
}

function isNamedSchema(schema: Json): boolean {
  if (typeof schema?.$ref === "string") return schema.$ref.startsWith("#/components/schemas/");
  if (schema?.type === "array") return isNamedSchema(schema.items);
  return false;
}

function parameters(operationId: string): Json[] {
  return (byId.get(operationId)?.parameters ?? []).map(resolve);
}

function successContent(operationId: string): Record<string, Json> {
  return resolve(byId.get(operationId)?.responses?.["200"]).content;
}

describe("document", () => {
  it("is OpenAPI 3.1", () => {
    expect(spec.openapi).toMatch(/^3\.1\.\d+$/);
  });

  it("authenticates every operation with the X-API-Key header", () => {
    expect(spec.components.securitySchemes.APIKeyHeader).toMatchObject({
      type: "apiKey",
      in: "header",
      name: "X-API-Key",
    });
    expect(spec.security).toEqual([{ APIKeyHeader: [] }]);
    for (const { key, operation } of operations) {
      expect(operation.security, `${key} must not override security`).toBeUndefined();
    }
  });

  it.each([
    "Workflow",
    "WorkflowVersion",
    "Run",
    "RunStatus",
    "KnowledgeBase",
    "KBConfigV3",
    "KnowledgeBaseDocument",
    "DocumentStatus",
    "SearchResult",
    "File",
    "Conversation",
    "Agent",
    "AssistantTrigger",
    "ApiKey",
    "Workspace",
    "NodeDefinition",
    "HTTPValidationError",
    "RunEvent",
    "ConversationEvent",
    "PageWorkflow",
    "PageRun",
    "PageKnowledgeBase",
    "PageConversation",
    "PageAgent",
  ])("names the %s schema", (name) => {
    expect(spec.components.schemas[name]).toBeDefined();
  });

  it("enumerates run statuses", () => {
    expect(spec.components.schemas.RunStatus.enum).toEqual(
      expect.arrayContaining(["queued", "running", "failed", "completed", "stopped"]),
    );
  });
});

describe.each(operations)("$key", ({ operation }) => {
  it("has a unique operationId, one declared tag and a summary", () => {
    expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
    expect(
      operations.filter((o) => o.operation.operationId === operation.operationId),
    ).toHaveLength(1);
    expect(operation.tags).toHaveLength(1);
    expect(spec.tags.map((tag: Json) => tag.name)).toContain(operation.tags[0]);
    expect(operation.summary).toBeTruthy();
  });

  it("answers 200 with a named schema, and documents 401, 422 and 429", () => {
    const ok = resolve(operation.responses["200"]);
    for (const [media, content] of Object.entries(ok.content as Record<string, Json>)) {
      if (media === "application/octet-stream") continue; // raw bytes, nothing to name
      expect(isNamedSchema(content.schema), `${media} response schema`).toBe(true);
      if (media === "text/event-stream") {
        expect(isNamedSchema(content["x-noxus-event-schema"]), "SSE event schema").toBe(true);
      }
    }
    for (const status of ["401", "422", "429"]) {
      expect(operation.responses[status], `response ${status}`).toBeDefined();
    }
    const body = resolve(operation.requestBody)?.content?.["application/json"];
    if (body) expect(isNamedSchema(body.schema), "JSON request body schema").toBe(true);
  });
});

describe("quirks real clients rely on", () => {
  it("accepts both page_size and size on paginated lists, page_size not marked deprecated", () => {
    for (const id of [
      "listWorkflows",
      "listWorkflowRuns",
      "listKnowledgeBases",
      "listConversations",
      "listAgents",
    ]) {
      const names = parameters(id).map((parameter) => parameter.name);
      expect(names, id).toEqual(expect.arrayContaining(["page", "size", "page_size"]));
      // Validating proxies (Prism) refuse requests that use a deprecated parameter, and the
      // official Python SDK sends page_size on every list call.
      const pageSize = parameters(id).find((parameter) => parameter.name === "page_size");
      expect(pageSize?.deprecated, id).toBeUndefined();
      expect(pageSize?.description, id).toMatch(/old name of `size`/i);
    }
    const size = parameters("listWorkflows").find((parameter) => parameter.name === "size");
    expect(size.schema).toMatchObject({ minimum: 1, maximum: 100, default: 50 });
  });

  it("accepts force=True/False as the Python SDK writes it", () => {
    const force = parameters("updateWorkflow").find((parameter) => parameter.name === "force");
    const accepted = JSON.stringify(force.schema);
    expect(accepted).toContain('"True"');
    expect(accepted).toContain('"False"');
    expect(accepted).toContain('"boolean"');
  });

  it.each([
    "listWorkspaces",
    "listWorkflowVersions",
    "listKnowledgeBaseRuns",
    "searchKnowledgeBase",
    "uploadAndTrain",
    "trainFromSource",
    "listAgentTriggers",
    "listNodes",
  ])("%s answers a plain array", (id) => {
    expect(resolve(successContent(id)["application/json"].schema).type).toBe("array");
  });

  it("answers {success} on KB delete", () => {
    const schema = resolve(successContent("deleteKnowledgeBase")["application/json"].schema);
    expect(schema.required).toContain("success");
    expect(schema.properties.success.type).toBe("boolean");
  });

  it("sends KB search text in the query with no body", () => {
    expect(byId.get("searchKnowledgeBase").requestBody).toBeUndefined();
    const query = parameters("searchKnowledgeBase").find((parameter) => parameter.name === "query");
    expect(query).toMatchObject({ in: "query", required: true });
  });

  it("takes multipart uploads with a repeated `files` field and a single `file` field", () => {
    const train = resolve(byId.get("uploadAndTrain").requestBody).content["multipart/form-data"]
      .schema;
    expect(train.properties.files).toMatchObject({ type: "array", items: { format: "binary" } });
    const upload = resolve(byId.get("uploadFile").requestBody).content["multipart/form-data"]
      .schema;
    expect(upload.properties.file).toMatchObject({ type: "string", format: "binary" });
  });

  it("downloads files as octet-stream and streams events as text/event-stream", () => {
    expect(successContent("downloadFile")["application/octet-stream"]).toBeDefined();
    for (const [id, event] of [
      ["streamRunEvents", "RunEvent"],
      ["streamConversationEvents", "ConversationEvent"],
      ["streamChat", "ChatStreamEvent"],
    ]) {
      const stream = successContent(id as string)["text/event-stream"];
      // The body schema is the stream's text (what generic tools such as Prism check); the
      // event schema sits beside it for the client and the docs.
      expect(resolve(stream.schema), id).toMatchObject({ type: "string" });
      expect(stream["x-noxus-event-schema"], id).toEqual({
        $ref: `#/components/schemas/${event}`,
      });
    }
    expect(parameters("streamRunEvents").map((parameter) => parameter.name)).toContain("etag");
  });

  it("marks read-only POST searches as safe to retry, and nothing else", () => {
    const flagged = operations
      .filter(({ operation }) => operation["x-noxus-retry-safe"] === true)
      .map(({ operation }) => operation.operationId)
      .sort();
    expect(flagged).toEqual(["searchKnowledgeBase", "searchRuns"]);
  });
});
