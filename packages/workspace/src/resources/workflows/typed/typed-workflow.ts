import { NoxusNotFoundError, type Workflow } from "@noxus/client";
import type { CallOptions } from "../../../context.js";
import type { RunHandle } from "../../runs/handle.js";
import type { CreateRunOptions, RunInput, RunSyncOptions } from "../../runs/types.js";
import type { Runs } from "../../runs.js";
import type { NodeCatalog } from "../catalog.js";
import { WorkflowTypesStaleError } from "./stale-error.js";
import {
  shapeDifferences,
  type WorkflowOutputLabel,
  type WorkflowRunInputs,
  type WorkflowTypeEntry,
  workflowShape,
} from "./workflow-types.js";

/** A RunHandle whose outputs are read by the workflow's real output labels. */
export type TypedRunHandle<Label extends string> = Omit<RunHandle, "output" | "outputs"> & {
  /** The text of the output labelled `label`. */
  output(label: Label, options?: CallOptions): Promise<string>;
  /** Every output the run produced, as text by label (a failed run may miss some). */
  outputs(options?: CallOptions): Promise<Partial<Record<Label, string>>>;
};

/** What a typed workflow needs from `ws.workflows` (kept narrow so it is easy to follow). */
export interface TypedWorkflowSource {
  /** The saved workflow with this id. */
  get(id: string, options?: CallOptions): Promise<Workflow>;
  /** Every saved workflow. */
  list(options?: CallOptions): AsyncIterable<Workflow>;
  /** The server's node catalog. */
  catalog(options?: CallOptions): Promise<NodeCatalog>;
}

/**
 * A saved workflow with generated types (`noxus types workflows`): `run()` takes exactly its
 * inputs and answers a handle whose outputs are keyed by its output labels. Before the first
 * run it checks that the workflow still has the inputs and outputs of its types, and throws
 * WorkflowTypesStaleError naming the differences if not.
 *
 * @example
 * import { workflowTypes } from "./noxus-workflows.js"; // noxus types workflows --out …
 * const summarise = ws.workflows.typed(workflowTypes.Summarise);
 * const run = await summarise.run({ text: "Long text…" });
 * await run.wait();
 * console.log(await run.output("Summary"));
 */
export class TypedWorkflow<Entry extends WorkflowTypeEntry> {
  private checked: Promise<Workflow> | undefined;

  /** @internal made by `ws.workflows.typed(entry)`. */
  constructor(
    readonly types: Entry,
    private readonly workflows: TypedWorkflowSource,
    private readonly runs: Runs,
  ) {}

  /** The workflow's name, as in the generated types. */
  get name(): Entry["name"] {
    return this.types.name;
  }

  /**
   * Finds the workflow (by the id in its types, else by its exact name, so types generated
   * in one workspace serve a copy in another) and compares its inputs and outputs with the
   * types. Runs call it once; call it yourself to check again after the workflow changed.
   */
  check(options: CallOptions = {}): Promise<Workflow> {
    const checking = this.compare(options);
    // A failed check (stale, network) is not remembered: the next run checks again.
    checking.catch(() => {
      if (this.checked === checking) this.checked = undefined;
    });
    this.checked = checking;
    return checking;
  }

  /** Starts a run with typed inputs; read its outputs by label once it ends. */
  async run(
    inputs: WorkflowRunInputs<Entry>,
    options: CreateRunOptions = {},
  ): Promise<TypedRunHandle<WorkflowOutputLabel<Entry>>> {
    const workflow = await this.verified(options);
    const handle = await this.runs.create(workflow.id, inputs as RunInput, options);
    // The same handle, typed: the check above made sure its labels are the types' labels.
    return handle as unknown as TypedRunHandle<WorkflowOutputLabel<Entry>>;
  }

  /** Runs and waits on the server (up to 120 s), answering the output texts by label. */
  async runSync(
    inputs: WorkflowRunInputs<Entry>,
    options: Omit<RunSyncOptions, "outputOnly"> = {},
  ): Promise<{ id: string; outputs: Partial<Record<WorkflowOutputLabel<Entry>, string>> }> {
    const workflow = await this.verified(options);
    const { id, outputs } = await this.runs.runSync(workflow.id, inputs as RunInput, options);
    return { id, outputs: outputs as Partial<Record<WorkflowOutputLabel<Entry>, string>> };
  }

  private verified(options: CallOptions): Promise<Workflow> {
    const signal = options.signal;
    return this.checked ?? this.check(signal ? { signal } : {});
  }

  private async compare(options: CallOptions): Promise<Workflow> {
    const { id, name } = this.types;
    const [workflow, catalog] = await Promise.all([
      this.find(options),
      this.workflows.catalog(options),
    ]);
    if (!workflow) {
      throw new WorkflowTypesStaleError(name, id, [
        "no workflow of this workspace has its id or its name",
      ]);
    }
    const differences = shapeDifferences(
      this.types,
      workflowShape(workflow.definition, catalog.definitions),
    );
    if (differences.length > 0) throw new WorkflowTypesStaleError(name, workflow.id, differences);
    return workflow;
  }

  private async find(options: CallOptions): Promise<Workflow | undefined> {
    try {
      return await this.workflows.get(this.types.id, options);
    } catch (error) {
      if (!(error instanceof NoxusNotFoundError)) throw error;
    }
    const named: Workflow[] = [];
    for await (const workflow of this.workflows.list(options)) {
      if (workflow.name === this.types.name) named.push(workflow);
    }
    if (named.length > 1) {
      throw new WorkflowTypesStaleError(this.types.name, this.types.id, [
        `its id is gone and ${named.length} workflows have its name (${named.map((w) => w.id).join(", ")})`,
      ]);
    }
    return named[0];
  }
}
