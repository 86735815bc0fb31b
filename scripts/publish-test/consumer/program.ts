// A user's program, type-checked with tsc (NodeNext, strict) and run in the consumer project
// against a @noxus/local installed from the registry: build a workflow, run it, print the output.
import { startLocalServer } from "@noxus/local";
import { NoxusNotFoundError, Workspace } from "@noxus/workspace/node";

const server = await startLocalServer({ database: ":memory:", seed: "demo" });
try {
  const apiKey = server.demo?.apiKey;
  if (!apiKey) throw new Error("the demo seed gave no key");
  const ws = await Workspace.connect({ apiKey, baseUrl: server.url, env: {} });

  const builder = await ws.workflows.build("Greeter");
  const name = builder.node("InputNode", { label: "name" });
  const greet = builder.node("TextGenerationNode", { template: "Hello ((Input 1))!" });
  const result = builder.node("OutputNode", { label: "Greeting" });
  builder.link(name.output(), greet.input("variables", "Input 1"));
  builder.link(greet.output(), result.input());
  const workflow = await builder.save();

  const run = await ws.runs.create(workflow.id, { name: "Ada" });
  const finished = await run.wait({ timeoutMs: 30_000 });
  const greeting: unknown = await run.output("Greeting");

  const missing = await ws.workflows.get("00000000-0000-0000-0000-000000000000").catch((e) => e);

  // Never called: tsc must reject a workflow id that is not a string.
  const _wrongCall = () =>
    // @ts-expect-error the workflow id is a string
    ws.runs.create(42, { name: "Ada" });

  console.log(
    JSON.stringify({
      status: finished.status,
      greeting,
      notFound: missing instanceof NoxusNotFoundError,
    }),
  );
} finally {
  await server.close();
}
