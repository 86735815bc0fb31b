import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer, type TestWorkspace } from "./helpers/local.js";
import { waitFor } from "./helpers/wait.js";

// The hosted platform takes seconds to ingest and the Python SDK's own test waits to see a
// KB `training` before it waits for `trained`; the minimum training phase makes that
// observable here. 2 s leaves the reads below ample room on a slow machine.
describe("a knowledge base reads training while it ingests", () => {
  let local: TestServer;
  let ws: TestWorkspace;
  beforeAll(async () => {
    local = await startTestServer({ minTrainingMs: 2_000 });
    ws = await local.workspace();
  });
  afterAll(() => local?.close());

  async function kbStatus(kbId: string) {
    const { data } = await ws.client.GET("/v1/knowledge-bases/{kb_id}", {
      params: { path: { kb_id: kbId } },
    });
    return data;
  }

  it("from upload_train's answer until its ingestion ends, then trained", async () => {
    const { data: kb } = await ws.client.POST("/v1/knowledge-bases", { body: { name: "phase" } });
    await ws.client.POST("/v1/knowledge-bases/{kb_id}/upload_train", {
      params: { path: { kb_id: kb.id } },
      body: { files: [new File(["# Phase\n\nwords to index"], "phase.md")] },
    });
    const first = await kbStatus(kb.id);
    expect(first.status).toBe("training");
    expect(first.trained_documents).toBe(0);
    const done = await waitFor(async () => {
      const current = await kbStatus(kb.id);
      return current.status === "training" ? undefined : current;
    }, "ingestion to end");
    expect(done.status).toBe("trained");
    expect(done.trained_documents).toBe(1);
  });

  it("from generic_train's answer until its ingestion ends, then trained", async () => {
    const { data: kb } = await ws.client.POST("/v1/knowledge-bases", { body: { name: "phase 2" } });
    const { data: file } = await ws.client.POST("/v1/file", {
      body: { file: new File(["plain words"], "plain.txt") },
    });
    await ws.client.POST("/v1/knowledge-bases/{kb_id}/generic_train", {
      params: { path: { kb_id: kb.id } },
      body: {
        source: {
          source_type: "document",
          subtype: null,
          config: {
            files: [
              {
                name: "plain.txt",
                size: 0,
                content_type: "text/plain",
                source_type: "document",
                uri: file.uri,
              },
            ],
          },
        },
      },
    });
    expect((await kbStatus(kb.id)).status).toBe("training");
    const done = await waitFor(async () => {
      const current = await kbStatus(kb.id);
      return current.status === "training" ? undefined : current;
    }, "ingestion to end");
    expect(done.status).toBe("trained");
  });
});
