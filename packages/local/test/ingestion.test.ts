import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer, type TestWorkspace } from "./helpers/local.js";
import { waitFor } from "./helpers/wait.js";

// Ingestion end to end: real files uploaded over HTTP, the background pipeline, then
// BM25 search over what it indexed.
let harness: TestServer;
let ws: TestWorkspace;
let kbId: string;
let loopback: Server;
let loopbackUrl: string;

const FILES: Record<string, string> = {
  "aardvark.txt": "The aardvark is a nocturnal mammal that digs burrows and eats termites.",
  "volcano.md": "# Volcanoes\n\nA volcano erupts when magma rises through the crust.",
  "animals.csv": "name,habitat\naxolotl,the lakes of Mexico City\nquokka,Rottnest Island\n",
  "planet.json": JSON.stringify({ planet: { name: "Neptune", moons: ["Triton", "Nereid"] } }),
  "music.html":
    "<html><body><h1>Saxophone</h1><p>A <b>reed</b> instrument invented by Adolphe Sax.</p></body></html>",
};

async function settledKb(id: string) {
  return waitFor(async () => {
    const { data } = await ws.client.GET("/v1/knowledge-bases/{kb_id}", {
      params: { path: { kb_id: id } },
    });
    return data.status === "training" ? undefined : data;
  }, "the knowledge base to settle");
}

async function search(query: string, prefix = "/", id = kbId) {
  const { data } = await ws.client.POST("/v1/knowledge-bases/{kb_id}/search", {
    params: { path: { kb_id: id }, query: { query, prefix } },
  });
  return data;
}

beforeAll(async () => {
  harness = await startTestServer();
  ws = await harness.workspace();
  const { data: kb } = await ws.client.POST("/v1/knowledge-bases", {
    body: { name: "ingestion", description: "real files", document_types: ["txt"] },
  });
  kbId = kb.id;
  loopback = createServer((request, response) => {
    if (request.url === "/sloth.txt") {
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("Sloths move slowly through the canopy of the rainforest.");
    } else {
      response.writeHead(404).end("missing");
    }
  });
  await new Promise<void>((resolve) => loopback.listen(0, "127.0.0.1", resolve));
  loopbackUrl = `http://127.0.0.1:${(loopback.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await harness?.close();
  await new Promise((resolve) => loopback?.close(resolve));
});

describe("upload_train", () => {
  it("ingests txt, md, csv, json and html, and fails an unsupported file", async () => {
    const docs = Object.entries(FILES).map(([name, text]) => new File([text], name));
    const { data: runIds } = await ws.client.POST("/v1/knowledge-bases/{kb_id}/upload_train", {
      params: { path: { kb_id: kbId }, query: { prefix: "/docs" } },
      body: { files: docs },
    });
    expect(runIds).toHaveLength(5);
    const { data: other } = await ws.client.POST("/v1/knowledge-bases/{kb_id}/upload_train", {
      params: { path: { kb_id: kbId }, query: { prefix: "/other/deep" } },
      body: {
        files: [
          new File(["Giraffes have long necks."], "giraffe.txt"),
          new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], "report.pdf"),
        ],
      },
    });
    expect(other).toHaveLength(2);

    const kb = await settledKb(kbId);
    const bytes = [...Object.values(FILES), "Giraffes have long necks."].reduce(
      (sum, text) => sum + Buffer.byteLength(text),
      4,
    );
    expect(kb).toMatchObject({
      status: "trained",
      total_documents: 7,
      num_docs: 7,
      trained_documents: 6,
      error_documents: 1,
      training_documents: 0,
      uploaded_documents: 0,
      size: bytes,
      source_types: { document: 7 },
      training_source_types: [],
    });

    const { data: failed } = await ws.client.GET("/v1/knowledge-bases/{kb_id}/documents/{status}", {
      params: { path: { kb_id: kbId, status: "error" } },
    });
    expect(failed.items.map((doc) => doc.name)).toEqual(["report.pdf"]);
    expect(failed.items[0]?.error).toMatchObject({
      type: "unsupported_file_type",
      message: expect.stringContaining('Unsupported file type ".pdf"'),
    });

    const { data: runs } = await ws.client.GET("/v1/knowledge-bases/{kb_id}/runs", {
      params: { path: { kb_id: kbId } },
    });
    expect(runs.map((run) => run.id).sort()).toEqual([...runIds, ...other].sort());
    const { data: completed } = await ws.client.GET("/v1/knowledge-bases/{kb_id}/runs", {
      params: { path: { kb_id: kbId }, query: { status: "completed" } },
    });
    expect(completed).toHaveLength(6);
    expect(completed.every((run) => run.progress === 100 && run.finished_at)).toBe(true);
    const { data: failedRuns } = await ws.client.GET("/v1/knowledge-bases/{kb_id}/runs", {
      params: { path: { kb_id: kbId }, query: { status: "failed" } },
    });
    expect(failedRuns.map((run) => run.id)).toEqual([other[1]]);
  });

  it("finds the right document first, with a positive score and the chunk text", async () => {
    const cases: [string, string, string][] = [
      ["termites burrows", "aardvark.txt", "nocturnal mammal"],
      ["magma", "volcano.md", "A volcano erupts"],
      ["Triton moon of Neptune", "planet.json", "planet.moons[0]: Triton"],
      ["reed instrument", "music.html", "Adolphe Sax"],
      ["Rottnest", "animals.csv", "quokka"],
    ];
    for (const [query, name, text] of cases) {
      const results = await search(query);
      expect(results[0]?.document_source.name, query).toBe(name);
      expect(results[0]?.score).toBeGreaterThan(0);
      expect(results[0]?.content).toContain(text);
      expect(results[0]?.document_source).toMatchObject({
        kb_id: kbId,
        group_id: ws.id,
        status: "trained",
        doc_metadata: {},
        m_source_type: "document",
      });
      expect(results[0]?.document_source.file_id).toEqual(expect.any(String));
    }
  });

  it("makes each CSV row its own chunk", async () => {
    const [hit] = await search("quokka");
    expect(hit?.content).toBe("name: quokka\nhabitat: Rottnest Island");
  });

  it("ranks chunks matching more of the query first", async () => {
    const results = await search("aardvark giraffe necks");
    expect(results.map((result) => result.document_source.name)).toEqual([
      "giraffe.txt",
      "aardvark.txt",
    ]);
    expect(results[0]?.score).toBeGreaterThan(results[1]?.score ?? Infinity);
  });

  it("filters by folder prefix", async () => {
    expect((await search("giraffe", "/other")).map((r) => r.document_source.name)).toEqual([
      "giraffe.txt",
    ]);
    expect(await search("giraffe", "/other/deep/")).toHaveLength(1);
    expect(await search("giraffe", "/docs")).toEqual([]);
    expect(await search("giraffe", "/oth")).toEqual([]);
    expect((await search("aardvark", "/docs"))[0]?.document_source.prefix).toBe("/docs");
  });

  it("accepts any text as a query, FTS5 syntax included", async () => {
    for (const query of [
      '"unbalanced',
      "aardvark AND (",
      "NEAR(x y",
      "*",
      "col:aardvark",
      "-",
      "",
    ]) {
      const results = await search(query);
      expect(Array.isArray(results)).toBe(true);
    }
    expect((await search('aardvark" OR "*'))[0]?.document_source.name).toBe("aardvark.txt");
    expect(await search("zzzunknownword")).toEqual([]);
  });

  it("stops finding a document once it is deleted", async () => {
    const [hit] = await search("giraffe");
    await ws.client.DELETE("/v1/knowledge-bases/{kb_id}/document/{doc_id}", {
      params: { path: { kb_id: kbId, doc_id: hit?.document_source.id ?? "" } },
    });
    expect(await search("giraffe")).toEqual([]);
    const { data: kb } = await ws.client.GET("/v1/knowledge-bases/{kb_id}", {
      params: { path: { kb_id: kbId } },
    });
    expect(kb.total_documents).toBe(6);
  });
});

describe("chunking", () => {
  it("splits long text by the KB's chunk size and overlap", async () => {
    const { data: kb } = await ws.client.POST("/v1/knowledge-bases", {
      body: {
        name: "small chunks",
        settings_: { default_chunk_size: 100, default_chunk_overlap: 20 },
      },
    });
    expect(kb.settings_).toEqual({
      embedding_model: ["vertexai/text-multilingual-embedding-002"],
      default_chunk_size: 100,
      default_chunk_overlap: 20,
      csv_row_as_document: true,
    });
    const words = Array.from({ length: 60 }, (_, index) => `word${index}`);
    words[59] = "finalword";
    await ws.client.POST("/v1/knowledge-bases/{kb_id}/upload_train", {
      params: { path: { kb_id: kb.id } },
      body: { files: [new File([words.join(" ")], "long.txt")] },
    });
    await settledKb(kb.id);
    const [hit] = await search("finalword", "/", kb.id);
    expect(hit?.content.length).toBeLessThanOrEqual(100);
    expect(hit?.content.endsWith("finalword")).toBe(true);
    expect(hit?.content.startsWith("word")).toBe(true);
    // Overlap: the word before a chunk boundary is found in two chunks.
    const again = await search("word10", "/", kb.id);
    expect(again.length).toBeGreaterThanOrEqual(1);
  });

  it("keeps a v2 KB's settings and chunks CSVs as a whole", async () => {
    const { data: kb } = await ws.client.POST("/v1/knowledge-bases", {
      body: {
        name: "v2",
        version: "v2",
        settings_: {
          ingestion: { batch_size: 10, default_chunk_size: 1000, default_chunk_overlap: 200 },
        },
      },
    });
    expect(kb.version).toBe("v2");
    expect(kb.settings_).toMatchObject({
      ingestion: { default_chunk_size: 1000, enrich_chunks_mode: "contextual" },
      retrieval: { type: "hybrid_reranking" },
    });
    await ws.client.POST("/v1/knowledge-bases/{kb_id}/upload_train", {
      params: { path: { kb_id: kb.id } },
      body: { files: [new File([FILES["animals.csv"] as string], "animals.csv")] },
    });
    await settledKb(kb.id);
    const [hit] = await search("quokka", "/", kb.id);
    expect(hit?.content).toContain("axolotl");
  });
});

describe("generic_train", () => {
  it("ingests spot://, data: and http(s) sources", async () => {
    const { data: kb } = await ws.client.POST("/v1/knowledge-bases", { body: { name: "sources" } });
    const { data: file } = await ws.client.POST("/v1/file", {
      body: { file: new File(["Narwhals have a long spiral tusk."], "narwhal.txt") },
    });
    const entry = (name: string, uri: string) => ({
      name,
      size: 0,
      content_type: "text/plain",
      source_type: "document",
      uri,
    });
    const { data: runIds } = await ws.client.POST("/v1/knowledge-bases/{kb_id}/generic_train", {
      params: { path: { kb_id: kb.id }, query: { prefix: "/src" } },
      body: {
        source: {
          source_type: "document",
          subtype: null,
          config: {
            files: [
              entry("narwhal.txt", file.uri),
              entry("okapi.txt", `data:text/plain,${encodeURIComponent("Okapis live in Congo.")}`),
              entry("sloth.txt", `${loopbackUrl}/sloth.txt`),
              entry("gone.txt", `${loopbackUrl}/gone.txt`),
            ],
          },
        },
      },
    });
    expect(runIds).toHaveLength(4);
    const settled = await settledKb(kb.id);
    expect(settled).toMatchObject({ trained_documents: 3, error_documents: 1 });
    expect((await search("tusk", "/src", kb.id))[0]?.document_source.file_id).toBe(file.id);
    expect((await search("Congo", "/", kb.id))[0]?.content).toBe("Okapis live in Congo.");
    expect((await search("canopy", "/", kb.id))[0]?.document_source.name).toBe("sloth.txt");
    const { data: errors } = await ws.client.GET("/v1/knowledge-bases/{kb_id}/documents/{status}", {
      params: { path: { kb_id: kb.id, status: "error" } },
    });
    expect(errors.items[0]?.error).toMatchObject({
      type: "fetch_failed",
      message: expect.stringContaining("HTTP 404"),
    });
  });
});

describe("restart", () => {
  it("keeps trained documents searchable after the server restarts on the same file", async () => {
    const database = harness.database;
    const { data: kb } = await ws.client.POST("/v1/knowledge-bases", { body: { name: "durable" } });
    await ws.client.POST("/v1/knowledge-bases/{kb_id}/upload_train", {
      params: { path: { kb_id: kb.id } },
      body: { files: [new File(["Wombats produce cube-shaped droppings."], "wombat.txt")] },
    });
    await settledKb(kb.id);
    const second = await startTestServer({ database, adminKey: harness.server.adminKey });
    try {
      const client = second.clientFor(ws.key);
      const { data } = await client.POST("/v1/knowledge-bases/{kb_id}/search", {
        params: { path: { kb_id: kb.id }, query: { query: "wombats" } },
      });
      expect(data[0]?.document_source.name).toBe("wombat.txt");
    } finally {
      await second.close();
    }
  });
});
