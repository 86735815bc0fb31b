import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows } from "./helpers/db.js";
import { startTestServer, type TestServer, type TestWorkspace } from "./helpers/local.js";
import { waitFor } from "./helpers/wait.js";

// Tenancy and bad input for knowledge bases: every refusal is a 4xx that says what to fix,
// and leaves the database exactly as it was.
let harness: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let kbId: string;
let docId: string;
let fileId: string;

/** What the API shows of workspace A: its KBs (with counters) and every document list. */
async function snapshot() {
  const { data: kbs } = await a.client.GET("/v1/knowledge-bases", {
    params: { query: { size: 100 } },
  });
  const documents: Record<string, unknown> = {};
  for (const status of ["trained", "training", "error", "uploaded", "folder"] as const) {
    const { data } = await a.client.GET("/v1/knowledge-bases/{kb_id}/documents/{status}", {
      params: { path: { kb_id: kbId, status } },
    });
    documents[status] = data.items;
  }
  return { kbs, documents, rows: tableCounts() };
}

async function request(
  key: string,
  method: string,
  path: string,
  body?: BodyInit,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${harness.server.url}${path}`, {
    method,
    headers: { "x-api-key": key, ...headers },
    ...(body === undefined ? {} : { body }),
  });
  return { status: response.status, body: (await response.json()) as { detail: unknown } };
}

const json = (value: unknown) =>
  [JSON.stringify(value), { "content-type": "application/json" }] as const;

function form(parts: [string, Blob | string, string?][]): FormData {
  const data = new FormData();
  for (const [name, value, filename] of parts) {
    if (typeof value === "string") data.append(name, value);
    else data.append(name, value, filename);
  }
  return data;
}

const source = (files: unknown[], sourceType = "document") => ({
  source: { source_type: sourceType, subtype: null, config: { files } },
});
const entry = (uri: string, name = "x.txt") => ({
  name,
  size: 1,
  content_type: "text/plain",
  source_type: "document",
  uri,
});

beforeAll(async () => {
  harness = await startTestServer({ maxFileBytes: 64 * 1024 });
  a = await harness.workspace("a");
  b = await harness.workspace("b");
  const { data: kb } = await a.client.POST("/v1/knowledge-bases", { body: { name: "a-kb" } });
  kbId = kb.id;
  await a.client.POST("/v1/knowledge-bases/{kb_id}/upload_train", {
    params: { path: { kb_id: kbId } },
    body: { files: [new File(["Secret capybara plans."], "plans.txt")] },
  });
  const trained = await waitFor(async () => {
    const { data } = await a.client.GET("/v1/knowledge-bases/{kb_id}/documents/{status}", {
      params: { path: { kb_id: kbId, status: "trained" } },
    });
    return data.items[0];
  }, "the document to train");
  docId = trained.id;
  const { data: file } = await a.client.POST("/v1/file", {
    body: { file: new File(["a's file"], "a.txt") },
  });
  fileId = file.id;
});
afterAll(() => harness?.close());

describe("workspace isolation", () => {
  it("answers 404 Not Found to another workspace for everything of A", async () => {
    const kb = `/v1/knowledge-bases/${kbId}`;
    const doc = `${kb}/document/${docId}`;
    const before = await snapshot();
    const attempts: [string, string, BodyInit?, Record<string, string>?][] = [
      ["GET", kb],
      ["DELETE", kb],
      ["GET", `${kb}/runs`],
      ["POST", `${kb}/search?query=capybara`],
      ["GET", `${kb}/documents/trained`],
      ["POST", `${kb}/document`, ...json({ name: "intruder" })],
      ["GET", doc],
      ["PATCH", doc, ...json({ prefix: "/stolen" })],
      ["DELETE", doc],
      ["POST", `${kb}/upload_train`, form([["files", new Blob(["x"]), "x.txt"]])],
      ["POST", `${kb}/generic_train`, ...json(source([entry("data:,hello")]))],
      ["GET", `/v1/file/${fileId}`],
    ];
    for (const [method, path, body, headers] of attempts) {
      const answer = await request(b.key, method, path, body, headers);
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(String(answer.body.detail), `${method} ${path}`).toContain("Not Found");
    }
    const { data: listed } = await b.client.GET("/v1/knowledge-bases");
    expect(listed.items).toEqual([]);
    // A's file is not a source B can train from, even into B's own KB.
    const { data: own } = await b.client.POST("/v1/knowledge-bases", { body: { name: "b-kb" } });
    const stolen = await request(
      b.key,
      "POST",
      `/v1/knowledge-bases/${own.id}/generic_train`,
      ...json(source([entry(`spot://${fileId}/a.txt`)])),
    );
    expect(stolen.status).toBe(422);
    expect(JSON.stringify(stolen.body.detail)).toContain(`No file ${fileId} in this workspace`);
    await b.client.DELETE("/v1/knowledge-bases/{kb_id}", { params: { path: { kb_id: own.id } } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("bad input", () => {
  const kb = () => `/v1/knowledge-bases/${kbId}`;
  const doc = () => `${kb()}/document/${docId}`;
  const cases: [
    string,
    () => [string, string, BodyInit?, Record<string, string>?],
    number,
    RegExp,
  ][] = [
    [
      "KB without a name",
      () => ["POST", "/v1/knowledge-bases", ...json({})],
      422,
      /Field required/,
    ],
    [
      "KB with a blank name",
      () => ["POST", "/v1/knowledge-bases", ...json({ name: "  " })],
      422,
      /blank/,
    ],
    [
      "KB with an unknown version",
      () => ["POST", "/v1/knowledge-bases", ...json({ name: "x", version: "v4" })],
      422,
      /v2|v3/,
    ],
    [
      "KB with another kb_type",
      () => ["POST", "/v1/knowledge-bases", ...json({ name: "x", kb_type: "graph" })],
      422,
      /entity/,
    ],
    [
      "KB overlap >= chunk size",
      () => [
        "POST",
        "/v1/knowledge-bases",
        ...json({ name: "x", settings_: { default_chunk_size: 100, default_chunk_overlap: 100 } }),
      ],
      422,
      /smaller than default_chunk_size/,
    ],
    [
      "v3 KB with v2 settings",
      () => ["POST", "/v1/knowledge-bases", ...json({ name: "x", settings_: { ingestion: {} } })],
      422,
      /v2 settings form/,
    ],
    [
      "KB with malformed JSON",
      () => ["POST", "/v1/knowledge-bases", "{nope", { "content-type": "application/json" }],
      422,
      /JSON/,
    ],
    ["KB with a non-numeric page", () => ["GET", "/v1/knowledge-bases?page=x"], 422, /integer/],
    [
      "document without a name",
      () => ["POST", `${kb()}/document`, ...json({})],
      422,
      /Field required/,
    ],
    [
      "document created as training",
      () => ["POST", `${kb()}/document`, ...json({ name: "x", status: "training" })],
      422,
      /ingestion run/,
    ],
    [
      "document with an unknown status",
      () => ["POST", `${kb()}/document`, ...json({ name: "x", status: "done" })],
      422,
      /trained/,
    ],
    [
      "document patched to training",
      () => ["PATCH", doc(), ...json({ status: "training" })],
      422,
      /ingestion run/,
    ],
    [
      "document patched with a bad prefix type",
      () => ["PATCH", doc(), ...json({ prefix: 3 })],
      422,
      /string/,
    ],
    ["unknown document", () => ["GET", `${kb()}/document/missing`], 404, /Not Found/],
    ["unknown status in the path", () => ["GET", `${kb()}/documents/done`], 422, /trained/],
    ["runs by an unknown status", () => ["GET", `${kb()}/runs?status=finished`], 422, /queued/],
    ["search without a query", () => ["POST", `${kb()}/search`], 422, /query/],
    ["unknown knowledge base", () => ["GET", "/v1/knowledge-bases/nope"], 404, /Not Found/],
    [
      "upload_train with no file",
      () => ["POST", `${kb()}/upload_train`, form([["note", "hi"]])],
      422,
      /at least one file in the `files` field/,
    ],
    [
      "upload_train with the wrong field",
      () => ["POST", `${kb()}/upload_train`, form([["file", new Blob(["x"]), "x.txt"]])],
      422,
      /Unexpected file field `file`/,
    ],
    [
      "upload_train as JSON",
      () => ["POST", `${kb()}/upload_train`, ...json({ files: [] })],
      415,
      /multipart\/form-data/,
    ],
    [
      "upload_train to an unknown KB",
      () => [
        "POST",
        "/v1/knowledge-bases/nope/upload_train",
        form([["files", new Blob(["x"]), "x.txt"]]),
      ],
      404,
      /Not Found/,
    ],
    [
      "upload_train over the size limit",
      () => [
        "POST",
        `${kb()}/upload_train`,
        form([
          ["files", new Blob(["ok"]), "ok.txt"],
          ["files", new Blob([new Uint8Array(65 * 1024)]), "big.txt"],
        ]),
      ],
      413,
      /too large/i,
    ],
    [
      "generic_train without files",
      () => ["POST", `${kb()}/generic_train`, ...json(source([]))],
      422,
      /at least one file/,
    ],
    [
      "generic_train with an unknown spot file",
      () => [
        "POST",
        `${kb()}/generic_train`,
        ...json(
          source([
            entry("data:,fine", "ok.txt"),
            entry("spot://00000000-0000-4000-8000-000000000000/x.txt"),
          ]),
        ),
      ],
      422,
      /No file 00000000/,
    ],
    [
      "generic_train with a bad data: URI",
      () => [
        "POST",
        `${kb()}/generic_train`,
        ...json(source([entry("data:text/plain;base64,@@@")])),
      ],
      422,
      /base64/,
    ],
    [
      "generic_train with a data: URI without comma",
      () => ["POST", `${kb()}/generic_train`, ...json(source([entry("data:text/plain")]))],
      422,
      /comma/,
    ],
    [
      "generic_train with an ftp URI",
      () => ["POST", `${kb()}/generic_train`, ...json(source([entry("ftp://example.com/x.txt")]))],
      422,
      /ftp: scheme/,
    ],
    [
      "generic_train with a bare word",
      () => ["POST", `${kb()}/generic_train`, ...json(source([entry("nothing")]))],
      422,
      /not a URI/,
    ],
    [
      "generic_train of a website source",
      () => [
        "POST",
        `${kb()}/generic_train`,
        ...json(source([entry("https://example.com")], "website")),
      ],
      422,
      /Only the `document` source type/,
    ],
    [
      "generic_train with a file missing its uri",
      () => ["POST", `${kb()}/generic_train`, ...json(source([{ name: "x" }]))],
      422,
      /Field required/,
    ],
    [
      "generic_train over the size limit",
      () => [
        "POST",
        `${kb()}/generic_train`,
        ...json(source([entry(`data:;base64,${Buffer.alloc(65 * 1024).toString("base64")}`)])),
      ],
      422,
      /over the 65536-byte limit/,
    ],
  ];

  it.each(cases)("%s: refused, nothing written", async (_name, make, status, detail) => {
    const before = await snapshot();
    const answer = await request(a.key, ...make());
    expect(answer.status).toBe(status);
    expect(JSON.stringify(answer.body.detail)).toMatch(detail);
    expect(await snapshot()).toEqual(before);
  });
});

describe("document records", () => {
  it("lists by status with size, else page_size, and counts them in the KB", async () => {
    const { data: kb } = await a.client.POST("/v1/knowledge-bases", { body: { name: "records" } });
    const path = { kb_id: kb.id };
    for (const name of ["one", "two", "three"]) {
      await a.client.POST("/v1/knowledge-bases/{kb_id}/document", {
        params: { path },
        body: { name, prefix: "notes/" },
      });
    }
    await a.client.POST("/v1/knowledge-bases/{kb_id}/document", {
      params: { path },
      body: { name: "folder", status: "folder" },
    });
    const list = async (query: { page?: number; size?: number; page_size?: number }) =>
      (
        await a.client.GET("/v1/knowledge-bases/{kb_id}/documents/{status}", {
          params: { path: { ...path, status: "uploaded" }, query },
        })
      ).data;
    const first = await list({ page: 1, page_size: 2 });
    expect(first).toMatchObject({ total: 3, page: 1, size: 2, pages: 2 });
    expect(first.items.map((doc) => doc.name)).toEqual(["one", "two"]);
    expect(first.items[0]?.prefix).toBe("/notes");
    expect((await list({ page: 2, size: 2, page_size: 1 })).items.map((doc) => doc.name)).toEqual([
      "three",
    ]);
    const { data: got } = await a.client.GET("/v1/knowledge-bases/{kb_id}", { params: { path } });
    expect(got).toMatchObject({ status: "created", total_documents: 3, uploaded_documents: 3 });

    const { data: patched } = await a.client.PATCH(
      "/v1/knowledge-bases/{kb_id}/document/{doc_id}",
      {
        params: { path: { ...path, doc_id: first.items[0]?.id ?? "" } },
        body: { status: "error" },
      },
    );
    expect(patched.status).toBe("error");
    const { data: after } = await a.client.GET("/v1/knowledge-bases/{kb_id}", { params: { path } });
    expect(after).toMatchObject({ total_documents: 3, uploaded_documents: 2, error_documents: 1 });

    const { data: deleted } = await a.client.DELETE(
      "/v1/knowledge-bases/{kb_id}/document/{doc_id}",
      { params: { path: { ...path, doc_id: patched.id } } },
    );
    expect(deleted.id).toBe(patched.id);
    const gone = await a.raw.GET("/v1/knowledge-bases/{kb_id}/document/{doc_id}", {
      params: { path: { ...path, doc_id: patched.id } },
    });
    expect(gone.response.status).toBe(404);
  });

  it("deletes a KB with everything in it", async () => {
    const { data: kb } = await a.client.POST("/v1/knowledge-bases", { body: { name: "doomed" } });
    await a.client.POST("/v1/knowledge-bases/{kb_id}/upload_train", {
      params: { path: { kb_id: kb.id } },
      body: { files: [new File(["Doomed dodo."], "dodo.txt")] },
    });
    const { data } = await a.client.DELETE("/v1/knowledge-bases/{kb_id}", {
      params: { path: { kb_id: kb.id } },
    });
    expect(data).toEqual({ success: true });
    const gone = await a.raw.GET("/v1/knowledge-bases/{kb_id}", {
      params: { path: { kb_id: kb.id } },
    });
    expect(gone.response.status).toBe(404);
    expect(gone.error).toMatchObject({ detail: expect.stringContaining("Not Found") });
    const again = await a.raw.DELETE("/v1/knowledge-bases/{kb_id}", {
      params: { path: { kb_id: kb.id } },
    });
    expect(again.response.status).toBe(404);
    // The run may still have been working on it; nothing of the KB survives.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const db = new Database(harness.database, { readonly: true });
    try {
      for (const table of ["kb_documents", "kb_runs", "kb_chunks"]) {
        const row = db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE kb_id = ?`).get(kb.id);
        expect(row, table).toEqual({ n: 0 });
      }
    } finally {
      db.close();
    }
  });
});

/** Row counts of every table of the group, read straight from the SQLite file. */
function tableCounts(): Record<string, number> {
  return countRows(harness.database, [
    "knowledge_bases",
    "kb_documents",
    "kb_runs",
    "kb_chunks",
    "files",
  ]);
}
