import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NoxusNotFoundError } from "@noxus/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromPath, fromPaths, NoxusInputError, type Workspace } from "../src/node.js";
import { startTestBed, type TestBed } from "./helpers/server.js";

let bed: TestBed;
let ws: Workspace;
let dir: string;
beforeAll(async () => {
  bed = await startTestBed();
  ws = await bed.workspace("files-tests");
  dir = await mkdtemp(join(tmpdir(), "noxus-files-"));
});
afterAll(async () => {
  await bed.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every byte value, and sequences that are not valid UTF-8 (a lone continuation, a cut lead). */
const BINARY = new Uint8Array([
  ...Array.from({ length: 256 }, (_, i) => i),
  0x80,
  0xc3,
  0xff,
  0xfe,
  0x00,
  0xed,
  0xa0,
  0x80,
]);

async function readStream(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

describe("ws.files", () => {
  it("uploads bytes and downloads them exactly as bytes, stream and blob", async () => {
    const stored = await ws.files.upload({ name: "blob.bin", data: BINARY });
    expect(stored).toMatchObject({ filename: "blob.bin", size: BINARY.byteLength });
    expect(stored.uri).toMatch(/^spot:\/\//);

    const bytes = await ws.files.download(stored.id);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes).toEqual(BINARY);
    expect(await ws.files.download(stored.id, { as: "bytes" })).toEqual(BINARY);

    const stream = await ws.files.download(stored.id, { as: "stream" });
    expect(stream).toBeInstanceOf(ReadableStream);
    expect(await readStream(stream)).toEqual(BINARY);

    const blob = await ws.files.download(stored.id, { as: "blob" });
    expect(blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(BINARY);
  });

  it("takes a File, a named Blob, text, and a bare Blob with the name option", async () => {
    const file = await ws.files.upload(new File(["héllo"], "hello.txt", { type: "text/plain" }));
    expect(file.filename).toBe("hello.txt");
    expect(file.content_type).toMatch(/^text\/plain/);
    expect(new TextDecoder().decode(await ws.files.download(file.id))).toBe("héllo");

    const named = await ws.files.upload(new Blob([BINARY]), { name: "named.bin" });
    expect(named.filename).toBe("named.bin");
    expect(await ws.files.download(named.id)).toEqual(BINARY);

    const text = await ws.files.upload({ name: "notes.md", data: "# Notes" });
    expect(text.size).toBe(7);

    const empty = await ws.files.upload({ name: "empty.txt", data: new Uint8Array() });
    expect(await ws.files.download(empty.id)).toEqual(new Uint8Array());
    expect(await readStream(await ws.files.download(empty.id, { as: "stream" }))).toEqual(
      new Uint8Array(),
    );
  });

  it("refuses nameless input and answers an unknown id with NoxusNotFoundError", async () => {
    await expect(ws.files.upload(new Blob(["x"]))).rejects.toMatchObject({ code: "unnamed_file" });
    await expect(ws.files.upload(new Uint8Array([1]))).rejects.toBeInstanceOf(NoxusInputError);
    await expect(ws.files.upload([] as never)).rejects.toThrow(/takes one file/);
    await expect(ws.files.download("")).rejects.toMatchObject({ code: "invalid_id" });
    await expect(ws.files.download("00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(
      NoxusNotFoundError,
    );
    await expect(ws.files.download("x", { as: "text" as never })).rejects.toMatchObject({
      code: "invalid_option",
    });
  });

  it("uploads from a path through fromPath", async () => {
    const path = join(dir, "report.bin");
    await writeFile(path, BINARY);
    const stored = await ws.files.upload(await fromPath(path));
    expect(stored.filename).toBe("report.bin");
    expect(await ws.files.download(stored.id)).toEqual(BINARY);
    const renamed = await ws.files.upload(await fromPath(path, { name: "renamed.bin" }));
    expect(renamed.filename).toBe("renamed.bin");
    await expect(fromPath(join(dir, "missing.txt"))).rejects.toThrow(/No such file or directory/);
    await expect(fromPath(dir)).rejects.toThrow(/not a regular file/);
  });
});

describe("fromPaths", () => {
  it("walks directories recursively, skips dotfiles, and feeds kb.upload", async () => {
    const root = join(dir, "docs");
    await mkdir(join(root, "guides", "deep"), { recursive: true });
    await mkdir(join(root, ".git"), { recursive: true });
    await writeFile(join(root, "readme.md"), "# Readme about pelicans");
    await writeFile(join(root, "guides", "setup.txt"), "Setup guide: install the albatross.");
    await writeFile(join(root, "guides", "deep", "faq.txt"), "FAQ: cormorants dive deep.");
    await writeFile(join(root, ".env"), "SECRET=1");
    await writeFile(join(root, ".git", "config"), "[core]");
    const single = join(dir, "extra.txt");
    await writeFile(single, "A single extra file on puffins.");

    const files = await fromPaths([root, single]);
    expect(files.map((file) => file.name)).toEqual([
      "faq.txt",
      "setup.txt",
      "readme.md",
      "extra.txt",
    ]);
    expect(files.every((file) => file instanceof File)).toBe(true);
    const withHidden = await fromPaths(root, { includeHidden: true });
    expect(withHidden.map((file) => file.name).sort()).toEqual(
      [".env", "config", "faq.txt", "readme.md", "setup.txt"].sort(),
    );

    const kb = await ws.knowledgeBases.create({ name: "From disk" });
    const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
    let last = { filesDone: 0, bytesDone: 0 };
    const result = await kb.upload(files, { batchSize: 3, onProgress: (p) => (last = p) });
    expect(result.runIds).toHaveLength(4);
    expect(last).toMatchObject({ filesDone: 4, bytesDone: totalBytes });
    const { knowledgeBase } = await kb.waitUntilTrained({ pollIntervalMs: 50 });
    expect(knowledgeBase.trained_documents).toBe(4);
    expect((await kb.search("cormorants"))[0]?.document_source.name).toBe("faq.txt");

    const emptyDir = join(dir, "only-hidden");
    await mkdir(emptyDir);
    await writeFile(join(emptyDir, ".hidden"), "x");
    await expect(kb.upload(await fromPaths(emptyDir))).rejects.toMatchObject({
      code: "empty_file_list",
    });
  });
});
