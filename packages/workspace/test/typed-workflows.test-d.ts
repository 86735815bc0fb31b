import { describe, expectTypeOf, it } from "vitest";
import type {
  NodeFileValue,
  TypedRunHandle,
  TypedWorkflow,
  WorkflowTypeManifest,
  Workspace,
} from "../src/index.js";

// Compile-time only: a run of a typed workflow takes exactly its inputs and reads its outputs
// by its labels. The manifest is what `noxus types workflows` writes.
declare const ws: Workspace;
const workflowTypes = {
  Summarise: {
    id: "3f1e…",
    name: "Summarise",
    inputs: { text: { kind: "text", required: true } },
    outputs: ["Summary"],
  },
  Review: {
    id: "9a2b…",
    name: "Review",
    inputs: {
      document: { kind: "file", required: true },
      tone: { kind: "text", required: false },
    },
    outputs: ["Verdict", "Notes"],
  },
} as const satisfies WorkflowTypeManifest;

describe("typed workflow runs", () => {
  it("accept the workflow's inputs and read its labels", async () => {
    const summarise = ws.workflows.typed(workflowTypes.Summarise);
    expectTypeOf(summarise).toEqualTypeOf<TypedWorkflow<typeof workflowTypes.Summarise>>();
    const run = await summarise.run({ text: "…" });
    expectTypeOf(run).toEqualTypeOf<TypedRunHandle<"Summary">>();
    expectTypeOf(await run.output("Summary")).toEqualTypeOf<string>();
    expectTypeOf(await run.outputs()).toEqualTypeOf<Partial<Record<"Summary", string>>>();
    expectTypeOf((await summarise.runSync({ text: "…" })).outputs).toEqualTypeOf<
      Partial<Record<"Summary", string>>
    >();

    const review = ws.workflows.typed(workflowTypes.Review);
    await review.run({ document: { uri: "https://example.com/a.pdf" } });
    await review.run({
      document: { uri: "https://example.com/a.pdf", name: "a.pdf" },
      tone: "dry",
    });
    expectTypeOf<Parameters<typeof review.run>[0]["document"]>().toEqualTypeOf<NodeFileValue>();
  });

  it("reject unknown and missing inputs, wrong input types and unknown labels", async () => {
    const summarise = ws.workflows.typed(workflowTypes.Summarise);
    // @ts-expect-error missing input
    await summarise.run({});
    // @ts-expect-error unknown input
    await summarise.run({ text: "…", txt: "…" });
    // @ts-expect-error text takes a string
    await summarise.run({ text: 42 });
    const run = await summarise.run({ text: "…" });
    // @ts-expect-error unknown output label
    await run.output("Sumary");
    const review = ws.workflows.typed(workflowTypes.Review);
    // @ts-expect-error a file input takes { uri, name? }
    await review.run({ document: "https://example.com/a.pdf" });
    // @ts-expect-error missing required input (tone is optional, document is not)
    await review.run({ tone: "dry" });
  });
});
