import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows } from "./helpers/db.js";
import { startTestServer, type TestServer, type TestWorkspace } from "./helpers/local.js";

// Files: exact bytes in and out, per workspace, with uploads over the limit refused whole.
let harness: TestServer;
let ws: TestWorkspace;

async function post(path: string, body: FormData | string, headers: Record<string, string> = {}) {
  const response = await fetch(`${harness.server.url}${path}`, {
    method: "POST",
    headers: { "x-api-key": ws.key, ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as { detail: unknown } };
}

function form(parts: [string, Blob, string][]): FormData {
  const data = new FormData();
  for (const [name, blob, filename] of parts) data.append(name, blob, filename);
  return data;
}

beforeAll(async () => {
  harness = await startTestServer({ maxFileBytes: 1024 });
  ws = await harness.workspace();
});
afterAll(() => harness?.close());

describe("round trip", () => {
  it("returns the exact bytes uploaded, non-UTF-8 included", async () => {
    const bytes = new Uint8Array(512);
    for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 7 + 3) % 256;
    bytes.set([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x80], 0); // invalid UTF-8 on purpose
    const { data: file } = await ws.client.POST("/v1/file", {
      body: { file: new File([bytes], "blob.bin", { type: "application/x-custom" }) },
    });
    expect(file).toMatchObject({
      filename: "blob.bin",
      size: 512,
      content_type: "application/x-custom",
      group_id: ws.id,
      source_type: "Document",
      source_metadata: null,
      uri: `spot://${file.id}/blob.bin`,
    });
    expect(file.id).toMatch(/^[0-9a-f-]{36}$/);
    const response = await fetch(`${harness.server.url}/v1/file/${file.id}`, {
      headers: { "x-api-key": ws.key },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });

  it("keeps an empty file and a name with spaces and accents", async () => {
    const { data: file } = await ws.client.POST("/v1/file", {
      body: { file: new File([], "rapport été.txt") },
    });
    expect(file).toMatchObject({
      size: 0,
      filename: "rapport été.txt",
      content_type: "text/plain",
    });
    expect(file.uri).toBe(`spot://${file.id}/${encodeURIComponent("rapport été.txt")}`);
    const response = await fetch(`${harness.server.url}/v1/file/${file.id}`, {
      headers: { "x-api-key": ws.key },
    });
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it("hides a file from other workspaces", async () => {
    const { data: file } = await ws.client.POST("/v1/file", {
      body: { file: new File(["private"], "p.txt") },
    });
    const other = await harness.workspace();
    const response = await fetch(`${harness.server.url}/v1/file/${file.id}`, {
      headers: { "x-api-key": other.key },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(((await response.json()) as { detail: string }).detail).toContain("Not Found");
  });
});

describe("bad input", () => {
  const big = () => new Blob([new Uint8Array(1025)]);
  const cases: [
    string,
    () => Promise<{ status: number; body: { detail: unknown } }>,
    number,
    RegExp,
  ][] = [
    ["no file part", () => post("/v1/file", form([])), 422, /one file in the `file` field/],
    [
      "two file parts",
      () =>
        post(
          "/v1/file",
          form([
            ["file", new Blob(["a"]), "a.txt"],
            ["file", new Blob(["b"]), "b.txt"],
          ]),
        ),
      422,
      /exactly one `file` part; got 2/,
    ],
    [
      "the wrong field",
      () => post("/v1/file", form([["upload", new Blob(["a"]), "a.txt"]])),
      422,
      /Unexpected file field `upload`/,
    ],
    [
      "JSON instead of multipart",
      () => post("/v1/file", JSON.stringify({ file: "x" }), { "content-type": "application/json" }),
      415,
      /multipart\/form-data/,
    ],
    [
      "a file over maxFileBytes",
      () => post("/v1/file", form([["file", big(), "big.txt"]])),
      413,
      /too large/i,
    ],
    [
      "an upload_train file over maxFileBytes",
      async () => {
        const { data: kb } = await ws.client.POST("/v1/knowledge-bases", {
          body: { name: "limits" },
        });
        const before = rowCounts();
        const answer = await post(
          `/v1/knowledge-bases/${kb.id}/upload_train`,
          form([
            ["files", new Blob(["fine"]), "fine.txt"],
            ["files", big(), "big.txt"],
          ]),
        );
        // Only the KB created above is new; the refused upload left nothing.
        expect(rowCounts()).toEqual(before);
        return answer;
      },
      413,
      /too large/i,
    ],
  ];

  it.each(cases)("%s: refused, nothing written", async (_name, send, status, detail) => {
    const before = rowCounts();
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(JSON.stringify(answer.body.detail)).toMatch(detail);
    const after = rowCounts();
    expect({ ...after, knowledge_bases: before.knowledge_bases }).toEqual(before);
  });

  it("answers 404 JSON for an unknown or malformed file id", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const response = await fetch(`${harness.server.url}/v1/file/${id}`, {
        headers: { "x-api-key": ws.key },
      });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { detail: string }).detail).toContain("Not Found");
    }
  });
});

function rowCounts(): Record<string, number> {
  return countRows(harness.database, ["files", "knowledge_bases", "kb_documents", "kb_runs"]);
}
