import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { NoxusNotFoundError, NoxusPayloadTooLargeError, NoxusTimeoutError } from "@noxus/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  KNOWLEDGE_BASE_V3_DEFAULTS,
  type KnowledgeBaseHandle,
  KnowledgeBaseTrainingTimeoutError,
  NoxusInputError,
  type UploadProgress,
  type Workspace,
} from "../src/node.js";
import { startTestBed, type TestBed } from "./helpers/server.js";

let bed: TestBed;
let ws: Workspace;
beforeAll(async () => {
  bed = await startTestBed();
  ws = await bed.workspace("kb-tests");
});
afterAll(() => bed.close());

const encoder = new TextEncoder();

/** Small, distinct text documents; #137 alone talks about the aurora borealis. */
function generateDocuments(count: number): { name: string; data: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `doc-${String(i).padStart(3, "0")}.txt`,
    data:
      i === 137
        ? "Field notes 137: the aurora borealis lit the northern sky; aurora borealis sightings peak in winter."
        : `Field notes ${i}: routine maintenance log, pump ${i % 7} checked, valve ${i % 11} greased.${"x".repeat(i % 13)}`,
  }));
}

describe("ws.knowledgeBases CRUD", () => {
  it("creates with the v3 defaults, gets, lists across pages and deletes", async () => {
    const kb = await ws.knowledgeBases.create({ name: "Handbook", documentTypes: ["text"] });
    expect(kb.data.kb_type).toBe("entity");
    expect(kb.data.version).toBe("v3");
    expect(kb.data.status).toBe("created");
    expect(kb.data.settings_).toEqual(KNOWLEDGE_BASE_V3_DEFAULTS);

    const custom = await ws.knowledgeBases.create({
      name: "Small chunks",
      settings: { default_chunk_size: 256, default_chunk_overlap: 32 },
    });
    expect(custom.data.settings_).toEqual({
      ...KNOWLEDGE_BASE_V3_DEFAULTS,
      default_chunk_size: 256,
      default_chunk_overlap: 32,
    });
    const v2 = await ws.knowledgeBases.create({
      name: "Legacy",
      version: "v2",
      settings: { retrieval: { type: "full_text_search" } },
    });
    expect(v2.data.version).toBe("v2");

    const again = await ws.knowledgeBases.get(kb.id);
    expect(again.data.name).toBe("Handbook");
    expect(JSON.parse(JSON.stringify(again))).toEqual(again.data);

    const extra = await Promise.all(
      [1, 2, 3, 4].map((n) => ws.knowledgeBases.create({ name: `extra-${n}` })),
    );
    const list = ws.knowledgeBases.list({ pageSize: 2 });
    const pages: number[] = [];
    for await (const page of list.pages()) pages.push(page.items.length);
    expect(pages).toEqual([2, 2, 2, 1]);
    const names = (await list.toArray()).map((handle) => handle.data.name);
    expect(names).toHaveLength(7);
    expect(names).toContain("Legacy");

    expect(await kb.delete()).toBe(true);
    await expect(ws.knowledgeBases.get(kb.id)).rejects.toBeInstanceOf(NoxusNotFoundError);
    expect(await ws.knowledgeBases.delete(custom.id)).toBe(true);
    await expect(custom.refresh()).rejects.toBeInstanceOf(NoxusNotFoundError);
    for (const handle of [v2, ...extra]) await handle.delete();
    expect(await ws.knowledgeBases.list().toArray()).toEqual([]);
  });

  it("answers an unknown id with NoxusNotFoundError and refuses bad input before sending", async () => {
    await expect(
      ws.knowledgeBases.get("00000000-0000-4000-8000-000000000000"),
    ).rejects.toBeInstanceOf(NoxusNotFoundError);
    await expect(ws.knowledgeBases.delete("no-such-kb")).rejects.toBeInstanceOf(NoxusNotFoundError);
    await expect(ws.knowledgeBases.get("")).rejects.toThrow(
      /knowledge base id must be a non-empty/,
    );
    await expect(ws.knowledgeBases.create({ name: "  " })).rejects.toThrow(/non-blank name/);
    await expect(
      ws.knowledgeBases.create({ name: "x", settings: { default_chunk_overlap: 4096 } }),
    ).rejects.toThrow(/default_chunk_overlap must be an integer from 0 to/);
  });
});

describe("a 200-document knowledge base", () => {
  let kb: KnowledgeBaseHandle;
  const documents = generateDocuments(200);
  const totalBytes = documents.reduce((sum, doc) => sum + encoder.encode(doc.data).byteLength, 0);

  beforeAll(async () => {
    kb = await ws.knowledgeBases.create({ name: "Field notes" });
  });

  it("uploads in batches with progress that adds up, then trains every document", async () => {
    const progress: UploadProgress[] = [];
    const result = await kb.upload(documents, {
      batchSize: 25,
      prefix: "/notes",
      onProgress: (p) => progress.push({ ...p }),
    });
    expect(result.runIds).toHaveLength(200);
    expect(new Set(result.runIds).size).toBe(200);
    expect(result).toMatchObject({ files: 200, bytes: totalBytes });

    expect(progress).toHaveLength(8);
    for (const [i, p] of progress.entries()) {
      expect(p.filesDone).toBe((i + 1) * 25);
      expect(p.filesTotal).toBe(200);
      expect(p.bytesTotal).toBe(totalBytes);
      const expectedBytes = documents
        .slice(0, (i + 1) * 25)
        .reduce((sum, doc) => sum + encoder.encode(doc.data).byteLength, 0);
      expect(p.bytesDone).toBe(expectedBytes);
    }
    expect(progress.at(-1)).toEqual({
      filesDone: 200,
      filesTotal: 200,
      bytesDone: totalBytes,
      bytesTotal: totalBytes,
    });

    const { knowledgeBase, failedDocuments } = await kb.waitUntilTrained({ pollIntervalMs: 100 });
    expect(failedDocuments).toEqual([]);
    expect(knowledgeBase).toMatchObject({
      total_documents: 200,
      trained_documents: 200,
      training_documents: 0,
      error_documents: 0,
      uploaded_documents: 0,
    });
    expect(kb.data.trained_documents).toBe(200);
    const runs = await kb.runs({ runIds: result.runIds.slice(0, 3) });
    expect(runs.map((run) => run.status)).toEqual(["completed", "completed", "completed"]);
  });

  it("finds the right document first", async () => {
    const results = await kb.search("aurora borealis");
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]?.document_source.name).toBe("doc-137.txt");
    expect(results[0]?.content).toContain("aurora borealis");
    expect(results[0]?.document_source.prefix).toBe("/notes");
    expect(await kb.search("aurora", { prefix: "/elsewhere" })).toEqual([]);
  });

  it("lists documents across pages by status, and across statuses", async () => {
    const trained = kb.documents.list({ status: "trained", pageSize: 50 });
    const sizes: number[] = [];
    for await (const page of trained.pages()) sizes.push(page.items.length);
    expect(sizes).toEqual([50, 50, 50, 50]);
    const all = await trained.toArray();
    expect(new Set(all.map((doc) => doc.id)).size).toBe(200);
    expect(new Set(all.map((doc) => doc.name))).toEqual(new Set(documents.map((d) => d.name)));

    // No status: every status is walked in turn (the API takes one status per request).
    const pending = await kb.documents.create("placeholder.txt", { prefix: "/drafts" });
    expect(pending.status).toBe("uploaded");
    const everything = await kb.documents.list({ pageSize: 30 }).toArray();
    expect(everything).toHaveLength(201);
    expect(await kb.documents.list({ status: ["error", "training"] }).toArray()).toEqual([]);
    expect(await kb.documents.list({ status: "trained" }).toArray({ limit: 3 })).toHaveLength(3);

    // get / update / delete; waitUntilTrained does not wait for a record without a run.
    const moved = await kb.documents.update(pending.id, { prefix: "/archive" });
    expect(moved.prefix).toBe("/archive");
    expect((await kb.documents.get(pending.id)).prefix).toBe("/archive");
    await kb.waitUntilTrained({ timeoutMs: 5_000 });
    expect((await kb.documents.delete(pending.id)).id).toBe(pending.id);
    await expect(kb.documents.get(pending.id)).rejects.toBeInstanceOf(NoxusNotFoundError);
    expect(() => kb.documents.list({ status: "done" as never })).toThrow(
      /Unknown document status "done"/,
    );
    await expect(kb.documents.update(pending.id, {})).rejects.toThrow(/Nothing to update/);
  });
});

describe("train() from uploaded files", () => {
  it("trains on spot:// files stored through ws.files, and reports failed documents", async () => {
    const kb = await ws.knowledgeBases.create({ name: "From files" });
    const good = await ws.files.upload({
      name: "glossary.md",
      data: "# Glossary\nQuokka: a small marsupial.",
    });
    expect(good.uri).toMatch(/^spot:\/\//);
    const bad = await ws.files.upload({
      name: "image.png",
      data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    });

    const runIds = await kb.train({ files: [good] }, { prefix: "/glossary" });
    expect(runIds).toHaveLength(1);
    // The friendlier { name, uri } shape, here for a file the local server cannot read.
    expect(await kb.train({ files: [{ name: bad.filename, uri: bad.uri }] })).toHaveLength(1);

    const { knowledgeBase, failedDocuments } = await kb.waitUntilTrained({ pollIntervalMs: 50 });
    expect(knowledgeBase.trained_documents).toBe(1);
    expect(knowledgeBase.error_documents).toBe(1);
    expect(failedDocuments.map((doc) => doc.name)).toEqual(["image.png"]);
    expect(failedDocuments[0]?.error).toBeTruthy();
    const [hit] = await kb.search("quokka marsupial");
    expect(hit?.document_source.name).toBe("glossary.md");
    expect(hit?.document_source.prefix).toBe("/glossary");

    await expect(kb.train({ files: [] })).rejects.toMatchObject({ code: "empty_file_list" });
    await expect(kb.train({ files: [{ name: "a.txt", uri: "" }] })).rejects.toThrow(/needs a uri/);
  });
});

describe("waiting", () => {
  it("times out with a typed error that carries the KB, then resolves once ingestion ends", async () => {
    // An http(s) source the ingestion run fetches; it answers only when released, so the
    // knowledge base is certainly still training when the wait times out.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const source = createServer((_request, response) => {
      void released.then(() => {
        response.writeHead(200, { "content-type": "text/plain" });
        response.end("The slow source finally speaks about kestrels.");
      });
    });
    await new Promise<void>((resolve) => source.listen(0, "127.0.0.1", resolve));
    const { port } = source.address() as AddressInfo;
    try {
      const kb = await ws.knowledgeBases.create({ name: "Slow" });
      await kb.train({ files: [{ name: "slow.txt", uri: `http://127.0.0.1:${port}/slow.txt` }] });

      const error = await kb
        .waitUntilTrained({ timeoutMs: 300, pollIntervalMs: 50 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KnowledgeBaseTrainingTimeoutError);
      expect(error).toBeInstanceOf(NoxusTimeoutError);
      expect((error as KnowledgeBaseTrainingTimeoutError).knowledgeBase.id).toBe(kb.id);
      expect((error as Error).message).toMatch(
        /still training after 300 ms \(0 of 1 documents trained/,
      );

      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      await expect(kb.waitUntilTrained({ signal: controller.signal })).rejects.toMatchObject({
        name: "NoxusAbortError",
      });

      release();
      const { knowledgeBase } = await kb.waitUntilTrained({ pollIntervalMs: 20 });
      expect(knowledgeBase.trained_documents).toBe(1);
      expect((await kb.search("kestrels"))[0]?.document_source.name).toBe("slow.txt");
    } finally {
      release();
      source.closeAllConnections();
      await new Promise((resolve) => source.close(resolve));
    }
  });
});

describe("bad input", () => {
  let kb: KnowledgeBaseHandle;
  beforeAll(async () => {
    kb = await ws.knowledgeBases.create({ name: "Bad input" });
  });

  it("refuses an empty file list", async () => {
    const error = await kb.upload([]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoxusInputError);
    expect(error).toMatchObject({ code: "empty_file_list" });
    expect((error as Error).message).toMatch(/file list is empty: nothing to upload/);
  });

  it("refuses a nameless Blob or bare bytes, saying how to name them", async () => {
    const error = await kb.upload([new Blob(["text"])]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoxusInputError);
    expect(error).toMatchObject({ code: "unnamed_file" });
    expect((error as Error).message).toMatch(/File #1 of the upload is a Blob without a name/);
    await expect(
      kb.upload([{ name: "ok.txt", data: "fine" }, new Uint8Array([1, 2])]),
    ).rejects.toThrow(/File #2 of the upload is raw bytes without a name/);
    await expect(kb.upload([{ name: "", data: "x" }])).rejects.toMatchObject({
      code: "unnamed_file",
    });
    // Nothing was sent: the KB is still empty.
    expect((await kb.refresh()).total_documents).toBe(0);
  });

  it("refuses an empty search query and a bad prefix", async () => {
    await expect(kb.search("")).rejects.toMatchObject({ code: "empty_query" });
    await expect(kb.search("   ")).rejects.toBeInstanceOf(NoxusInputError);
    await expect(kb.search("x", { prefix: "notes" })).rejects.toMatchObject({
      code: "invalid_prefix",
    });
    await expect(kb.upload([{ name: "a.txt", data: "a" }], { batchSize: 0 })).rejects.toThrow(
      /batchSize must be a positive integer/,
    );
  });

  it("answers an upload into an unknown KB with NoxusNotFoundError", async () => {
    const gone = await ws.knowledgeBases.create({ name: "Gone" });
    await gone.delete();
    await expect(gone.upload([{ name: "a.txt", data: "a" }])).rejects.toBeInstanceOf(
      NoxusNotFoundError,
    );
    await expect(gone.search("anything")).rejects.toBeInstanceOf(NoxusNotFoundError);
  });
});

describe("size limits", () => {
  it("surfaces the server's 413 as NoxusPayloadTooLargeError, after reporting the batches that made it", async () => {
    const small = await startTestBed({ maxFileBytes: 1024 });
    try {
      const sws = await small.workspace();
      const kb = await sws.knowledgeBases.create({ name: "Tiny" });
      const progress: UploadProgress[] = [];
      const error = await kb
        .upload(
          [
            { name: "fits.txt", data: "a".repeat(1000) },
            { name: "too-big.txt", data: "b".repeat(2048) },
          ],
          { batchSize: 1, onProgress: (p) => progress.push(p) },
        )
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NoxusPayloadTooLargeError);
      expect(progress).toEqual([
        { filesDone: 1, filesTotal: 2, bytesDone: 1000, bytesTotal: 3048 },
      ]);
      await expect(
        sws.files.upload({ name: "big.bin", data: new Uint8Array(4096) }),
      ).rejects.toBeInstanceOf(NoxusPayloadTooLargeError);
    } finally {
      await small.close();
    }
  });
});
