/**
 * Getting started with @noxus/workspace, as a test you can copy.
 *
 * It starts a local Noxus server (@noxus/local) so that it runs anywhere, CI included. To run
 * it against the hosted platform instead, drop `startLocalServer` and connect with your key:
 * `await Workspace.connect()` reads NOXUS_API_KEY (and a saved profile, or NOXUS_BACKEND_URL).
 */
import { type LocalServer, startLocalServer } from "@noxus/local";
import { NoxusNotFoundError, WorkflowBuilderError, Workspace } from "@noxus/workspace/node";
import { afterAll, beforeAll, expect, it } from "vitest";

let server: LocalServer;
let ws: Workspace;

beforeAll(async () => {
  server = await startLocalServer({ seed: "demo" });
  ws = await Workspace.connect({ apiKey: server.demo?.apiKey, baseUrl: server.url, env: {} });
});
afterAll(() => server.close());

it("builds a workflow from the node catalog, runs it and reads its output", async () => {
  const builder = await ws.workflows.build("Greeter");
  const name = builder.node("InputNode", { label: "name" });
  const greet = builder.node("TextGenerationNode", { template: "Hello ((Input 1))!" });
  const result = builder.node("OutputNode", { label: "Greeting" });
  builder.link(name.output(), greet.input("variables", "Input 1"));
  builder.link(greet.output(), result.input());
  const workflow = await builder.save();

  const run = await ws.runs.create(workflow.id, { name: "Ada" });
  const finished = await run.wait({ timeoutMs: 30_000 });
  expect(finished.status).toBe("completed");
  // The local model answers with its prompt, so the output is the rendered template.
  expect(await run.output("Greeting")).toBe("Hello Ada!");
});

it("runs a batch with a bounded number in flight, results in input order", async () => {
  const summarise = (await ws.workflows.list().toArray()).find((w) => w.name === "Summarise");
  if (!summarise) throw new Error("the demo workflow is missing");
  const texts = ["one", "two", "three", "four", "five", "six"];
  const results = await ws.runs.runMany(
    summarise.id,
    texts.map((text) => ({ text })),
    { concurrency: 3 },
  );
  const summaries = await Promise.all(
    results.map((r) => (r.ok ? r.handle.output("Summary") : Promise.reject(r.error))),
  );
  expect(summaries).toEqual(texts.map((text) => `Summarise in one paragraph: ${text}`));
});

it("searches a knowledge base once it is trained", async () => {
  const handbook = (await ws.knowledgeBases.list().toArray()).find((kb) => kb.name === "Handbook");
  if (!handbook) throw new Error("the demo knowledge base is missing");
  await handbook.waitUntilTrained({ timeoutMs: 30_000 });
  const [best] = await handbook.search("how many days of paid holiday");
  expect(best?.document_source.name).toBe("holidays.md");
});

it("reports mistakes as typed errors", async () => {
  const builder = await ws.workflows.build("Broken");
  // builder.node("NoSuchNode") does not compile; untypedNode() skips the types, not the catalog.
  expect(() => builder.untypedNode("NoSuchNode")).toThrow(WorkflowBuilderError);
  await expect(ws.workflows.get("00000000-0000-0000-0000-000000000000")).rejects.toBeInstanceOf(
    NoxusNotFoundError,
  );
});
