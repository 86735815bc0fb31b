import { expect, it } from "vitest";
import type { TestServer } from "../helpers/local.js";
import { waitFor } from "../helpers/wait.js";

/** Knowledge bases: CRUD, documents, ingestion and search (reference §2.5, §5). */
export function knowledgeBasesContract(harness: () => TestServer) {
  it("creates, reads, lists and deletes a knowledge base", async () => {
    const { client, raw } = await harness().workspace();
    const { data: kb } = await client.POST("/v1/knowledge-bases", {
      body: { name: "contract-kb", description: "d", document_types: ["txt"] },
    });
    expect(kb).toMatchObject({ status: "created", kb_type: "entity", version: "v3" });
    const { data: got } = await client.GET("/v1/knowledge-bases/{kb_id}", {
      params: { path: { kb_id: kb.id } },
    });
    expect(got.id).toBe(kb.id);
    const { data: page } = await client.GET("/v1/knowledge-bases", {
      params: { query: { page: 1, size: 10 } },
    });
    expect(page.items.map((item) => item.id)).toEqual([kb.id]);
    const { data: deleted } = await client.DELETE("/v1/knowledge-bases/{kb_id}", {
      params: { path: { kb_id: kb.id } },
    });
    expect(deleted).toEqual({ success: true });
    const after = await raw.GET("/v1/knowledge-bases/{kb_id}", {
      params: { path: { kb_id: kb.id } },
    });
    expect(after.response.status).toBe(404);
  });

  it("manages document records", async () => {
    const { client } = await harness().workspace();
    const { data: kb } = await client.POST("/v1/knowledge-bases", { body: { name: "docs" } });
    const kbPath = { kb_id: kb.id };
    const { data: doc } = await client.POST("/v1/knowledge-bases/{kb_id}/document", {
      params: { path: kbPath },
      body: { name: "notes.txt" },
    });
    expect(doc).toMatchObject({ status: "uploaded", prefix: "/", name: "notes.txt" });
    const docPath = { kb_id: kb.id, doc_id: doc.id };
    const { data: got } = await client.GET("/v1/knowledge-bases/{kb_id}/document/{doc_id}", {
      params: { path: docPath },
    });
    expect(got.id).toBe(doc.id);
    const { data: patched } = await client.PATCH("/v1/knowledge-bases/{kb_id}/document/{doc_id}", {
      params: { path: docPath },
      body: { prefix: "/notes" },
    });
    expect(patched.prefix).toBe("/notes");
    const { data: listed } = await client.GET("/v1/knowledge-bases/{kb_id}/documents/{status}", {
      params: { path: { ...kbPath, status: "uploaded" }, query: { page: 1, page_size: 10 } },
    });
    expect(listed.items.map((item) => item.id)).toEqual([doc.id]);
    const { data: deleted } = await client.DELETE("/v1/knowledge-bases/{kb_id}/document/{doc_id}", {
      params: { path: docPath },
    });
    expect(deleted.id).toBe(doc.id);
  });

  it("ingests uploads and sources, tracks their runs and searches them", async () => {
    const { client } = await harness().workspace();
    const { data: kb } = await client.POST("/v1/knowledge-bases", { body: { name: "train" } });
    const kbPath = { kb_id: kb.id };
    const { data: uploaded } = await client.POST("/v1/knowledge-bases/{kb_id}/upload_train", {
      params: { path: kbPath, query: { prefix: "/files" } },
      body: { files: [new File(["The aardvark digs burrows at night."], "a.txt")] },
    });
    expect(uploaded).toHaveLength(1);
    const text = Buffer.from("Pangolins are covered in scales.").toString("base64");
    const { data: trained } = await client.POST("/v1/knowledge-bases/{kb_id}/generic_train", {
      params: { path: kbPath },
      body: {
        source: {
          source_type: "document",
          subtype: null,
          config: {
            files: [
              {
                name: "b.txt",
                size: 32,
                content_type: "text/plain",
                source_type: "document",
                uri: `data:text/plain;base64,${text}`,
              },
            ],
          },
        },
      },
    });
    expect(trained).toHaveLength(1);
    const runIds = [...uploaded, ...trained];
    const runs = await waitFor(async () => {
      const { data } = await client.GET("/v1/knowledge-bases/{kb_id}/runs", {
        params: { path: kbPath, query: { run_ids: runIds.join(",") } },
      });
      return data.every((run) => run.status === "completed") ? data : undefined;
    }, "the ingestion runs");
    expect(runs.map((run) => run.id).sort()).toEqual([...runIds].sort());
    const { data: results } = await client.POST("/v1/knowledge-bases/{kb_id}/search", {
      params: { path: kbPath, query: { query: "aardvark burrows", prefix: "/" } },
    });
    expect(results[0]?.content).toContain("aardvark");
    expect(results[0]?.score).toBeGreaterThan(0);
  });
}
