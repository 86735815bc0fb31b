import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NoxusInputError, type Workspace } from "../src/node.js";
import { startTestBed, type TestBed } from "./helpers/server.js";

// waitUntilTrained({ upload }) reports the failures of that upload only; search({ limit }).

let bed: TestBed;
let ws: Workspace;
beforeAll(async () => {
  bed = await startTestBed();
  ws = await bed.workspace("kb-scoped");
});
afterAll(() => bed.close());

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]); // "%PDF": a file type the server refuses

describe("waitUntilTrained({ upload })", () => {
  it("reports the failed documents of that upload, not those of earlier uploads", async () => {
    const kb = await ws.knowledgeBases.create({ name: "Scoped" });
    const first = await kb.upload([{ name: "old.pdf", data: PDF }]);
    expect(first.documents).toEqual([{ name: "old.pdf", prefix: "/" }]);
    const afterFirst = await kb.waitUntilTrained({ upload: first });
    expect(afterFirst.failedDocuments.map((doc) => doc.name)).toEqual(["old.pdf"]);

    const second = await kb.upload(
      [
        { name: "new.pdf", data: PDF },
        { name: "fine.txt", data: "Kestrels hover over the fields." },
      ],
      { prefix: "/later" },
    );
    const scoped = await kb.waitUntilTrained({ upload: second });
    expect(scoped.failedDocuments.map((doc) => `${doc.prefix}/${doc.name}`)).toEqual([
      "/later/new.pdf",
    ]);
    expect(scoped.failedDocuments[0]?.error?.message).toMatch(/Unsupported file type/);
    // The knowledge base's counters, and a wait without `upload`, still count every failure.
    expect(scoped.knowledgeBase.error_documents).toBe(2);
    const all = await kb.waitUntilTrained();
    expect(all.failedDocuments.map((doc) => doc.name).sort()).toEqual(["new.pdf", "old.pdf"]);
  });
});

describe("search({ limit })", () => {
  it("keeps the best n results", async () => {
    const kb = await ws.knowledgeBases.create({ name: "Birds" });
    await kb.upload(
      ["one", "two", "three", "four"].map((n) => ({
        name: `${n}.txt`,
        data: `Kestrel sighting number ${n}: a kestrel hovered.`,
      })),
    );
    await kb.waitUntilTrained();
    const every = await kb.search("kestrel");
    expect(every.length).toBeGreaterThan(2);
    const best = await kb.search("kestrel", { limit: 2 });
    expect(best).toEqual(every.slice(0, 2));
    await expect(kb.search("kestrel", { limit: -1 })).rejects.toBeInstanceOf(NoxusInputError);
  });
});
