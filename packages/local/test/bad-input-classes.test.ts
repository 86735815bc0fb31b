import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows } from "./helpers/db.js";
import { startTestServer, type TestServer, type TestWorkspace } from "./helpers/local.js";

// The classes of input that once answered 500 (found by fuzzing), each pinned to its 4xx.
// The fuzz (fuzz.test.ts) looks for new ones; these keep the old ones fixed.
let local: TestServer;
let ws: TestWorkspace;
let kbId: string;
beforeAll(async () => {
  local = await startTestServer();
  ws = await local.workspace();
  const { data: kb } = await ws.client.POST("/v1/knowledge-bases", { body: { name: "uploads" } });
  kbId = kb.id;
});
afterAll(() => local?.close());

async function send(method: string, path: string, body?: BodyInit, headers = {}) {
  const response = await fetch(`${local.server.url}${path}`, {
    method,
    headers: { "x-api-key": ws.key, ...headers },
    ...(body !== undefined ? { body } : {}),
  });
  return { status: response.status, body: (await response.json()) as { detail: unknown } };
}

const BOUNDARY = "classBoundary";
const multipart = (parts: string[]) =>
  `${parts.map((part) => `--${BOUNDARY}\r\n${part}\r\n`).join("")}--${BOUNDARY}--\r\n`;
const filePart = (field: string, filename: string, content = "text") =>
  `Content-Disposition: form-data; name="${field}"; filename="${filename}"\r\n\r\n${content}`;
const MULTIPART = { "content-type": `multipart/form-data; boundary=${BOUNDARY}` };

describe("content-type policy", () => {
  it.each([
    [
      "text/plain to a JSON operation",
      "POST",
      "/v1/knowledge-bases",
      "text/plain",
      /application\/json/,
    ],
    [
      "multipart without boundary to a JSON operation",
      "POST",
      "/v1/knowledge-bases",
      "multipart/form-data",
      /application\/json/,
    ],
    ["JSON to an upload", "POST", "/v1/file", "application/json", /multipart\/form-data/],
    [
      "multipart without boundary to an upload",
      "POST",
      "/v1/file",
      "multipart/form-data",
      /boundary/,
    ],
  ])("%s: 415 naming the expected type", async (_name, method, path, type, expected) => {
    const answer = await send(method, path, '{"name":"x"}', { "content-type": type });
    expect(answer.status).toBe(415);
    expect(answer.body.detail).toMatch(expected);
  });

  it("a JSON operation sent without a body: 422 Field required at body", async () => {
    const answer = await send("POST", "/v1/knowledge-bases");
    expect(answer).toEqual({
      status: 422,
      body: { detail: [{ loc: ["body"], msg: "Field required", type: "missing" }] },
    });
  });
});

describe("multipart uploads: 422 with loc, nothing stored", () => {
  it.each([
    [
      "an extra file field",
      "/v1/file",
      [filePart("file", "a.txt"), filePart("other", "b.txt")],
      ["body", "other"],
    ],
    [
      "a text field instead of the file",
      "/v1/file",
      ['Content-Disposition: form-data; name="file"\r\n\r\nx'],
      ["body", "file"],
    ],
    [
      "two file parts where one is expected",
      "/v1/file",
      [filePart("file", "a.txt"), filePart("file", "b.txt")],
      ["body", "file"],
    ],
    ["no part at all", "/v1/file", [], ["body", "file"]],
    [
      "control characters in the file name",
      "/v1/file",
      [filePart("file", "a\u0001b.txt")],
      ["body", "file", "filename"],
    ],
    ["a file name of ..", "/v1/file", [filePart("file", "..")], ["body", "file", "filename"]],
    [
      "a file name over 255 bytes",
      "/v1/file",
      [filePart("file", `${"é".repeat(200)}.txt`)],
      ["body", "file", "filename"],
    ],
    [
      "a bad name among upload_train files",
      "KB",
      [filePart("files", "ok.md"), filePart("files", "bad\u0007.md")],
      ["body", "files", 1, "filename"],
    ],
  ])("%s", async (_name, path, parts, loc) => {
    const before = countRows(local.database, ["files", "kb_documents"]);
    const target = path === "KB" ? `/v1/knowledge-bases/${kbId}/upload_train` : path;
    const answer = await send("POST", target, multipart(parts), MULTIPART);
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toEqual(expect.arrayContaining([expect.objectContaining({ loc })]));
    expect(countRows(local.database, ["files", "kb_documents"])).toEqual(before);
  });

  it("a truncated multipart body: 422 at body", async () => {
    const answer = await send(
      "POST",
      "/v1/file",
      multipart([filePart("file", "a.txt")]).slice(0, 60),
      MULTIPART,
    );
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toEqual([expect.objectContaining({ loc: ["body"] })]);
  });

  it("a path as file name is stored as its last segment, never as a path", async () => {
    const answer = await send(
      "POST",
      "/v1/file",
      multipart([filePart("file", "../../etc/passwd")]),
      MULTIPART,
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ filename: "passwd" });
  });
});

describe("numbers out of range", () => {
  it.each([
    "/v1/conversations?page=99999999999999999999",
    "/v1/knowledge-bases?page=1e300",
    "/v1/workflows?size=-99999999999999999999",
  ])("%s: 422 naming the bound", async (path) => {
    const answer = await send("GET", path);
    expect(answer.status).toBe(422);
    expect(JSON.stringify(answer.body.detail)).toMatch(/9007199254740991|greater|less|Must be/);
  });

  it("a page far past the end is an empty page, not an error", async () => {
    const answer = await send("GET", "/v1/knowledge-bases?page=9007199254740991&size=100");
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ items: [] });
  });

  it("a JSON number that overflows to Infinity: 422 at its loc, nothing stored", async () => {
    const before = countRows(local.database, ["knowledge_bases"]);
    const answer = await send(
      "POST",
      "/v1/knowledge-bases",
      '{"name":"n","settings_":{"default_chunk_size":1e400}}',
      { "content-type": "application/json" },
    );
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toEqual([
      expect.objectContaining({ loc: ["body", "settings_", "default_chunk_size"] }),
    ]);
    expect(countRows(local.database, ["knowledge_bases"])).toEqual(before);
  });
});

describe("long search texts", () => {
  it("a run search text over SQLite's LIKE limit (50 000 bytes): answered, not a 500", async () => {
    const answer = await send(
      "POST",
      "/v1/runs/search",
      JSON.stringify({ query: "q".repeat(60_000) }),
      {
        "content-type": "application/json",
      },
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ items: [], total: 0 });
  });
});

describe("paths the router cannot read", () => {
  it.each([
    ["a lone % in a path", "/v1/workflows/%ZZ", 400],
    ["an id of 3000 characters", `/v1/workflows/${"a".repeat(3000)}`, 414],
    ["a URL over the 16 kB header limit", `/v1/workflows?q=${"a".repeat(20_000)}`, 431],
  ])("%s: a JSON detail", async (_name, path, status) => {
    const answer = await send("GET", path);
    expect(answer.status).toBe(status);
    expect(typeof answer.body.detail).toBe("string");
  });
});
