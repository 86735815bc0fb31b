import { afterAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/local.js";

// The demo seed behind `pnpm start`: created once through the public API, stable across restarts.
describe("seed demo", () => {
  let harness: TestServer | undefined;
  afterAll(() => harness?.close());

  it("creates a workspace with a key, a workflow that runs, and a searchable knowledge base", async () => {
    harness = await startTestServer({ seed: "demo", demoKey: "nxl_demo-key-for-tests-0123456789" });
    const demo = harness.server.demo;
    expect(demo?.apiKey).toBe("nxl_demo-key-for-tests-0123456789");
    const noxus = harness.clientFor(demo?.apiKey ?? "");
    const { data: workflows } = await noxus.GET("/v1/workflows");
    const summarise = workflows.items.find((workflow) => workflow.name === "Summarise");
    expect(summarise).toBeDefined();
    const { data: result } = await noxus.POST("/v1/workflows/{workflow_id}/runs/sync", {
      params: { path: { workflow_id: summarise?.id ?? "" } },
      body: { input: { text: "The cat sat on the mat." } },
    });
    expect(JSON.stringify(result)).toContain("Summarise in one paragraph: The cat sat on the mat.");

    const { data: kbs } = await noxus.GET("/v1/knowledge-bases");
    const handbook = kbs.items.find((kb) => kb.name === "Handbook");
    expect(handbook).toBeDefined();
    const deadline = Date.now() + 20_000;
    let hits: { content: string; document_source: { name: string } }[] = [];
    while (Date.now() < deadline) {
      hits = (
        await noxus.POST("/v1/knowledge-bases/{kb_id}/search", {
          params: {
            path: { kb_id: handbook?.id ?? "" },
            query: { query: "paid holiday days", prefix: "/" },
          },
        })
      ).data as typeof hits;
      if (hits.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(hits[0]?.document_source.name).toBe("holidays.md");
  });

  it("finds the same data and honours the same key on the next start", async () => {
    const database = harness?.database ?? "";
    await harness?.server.close();
    const again = await startTestServer({
      database,
      seed: "demo",
      demoKey: "nxl_demo-key-for-tests-0123456789",
    });
    const { data: workflows } = await again
      .clientFor("nxl_demo-key-for-tests-0123456789")
      .GET("/v1/workflows");
    expect(workflows.items.filter((workflow) => workflow.name === "Summarise")).toHaveLength(1);
    await again.close();
  });
});
