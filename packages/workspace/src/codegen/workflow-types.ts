import type { NodeDefinition, Workflow } from "@noxus/client";
import { workflowShape } from "../resources/workflows/typed/workflow-types.js";
import { docComment, generatedHeader, propertyName } from "./source-text.js";

/** Options of `generateWorkflowTypes()`: the names, module and header the generated file uses. */
export interface WorkflowTypesOptions {
  /** Name of the exported constant. Default `workflowTypes`. */
  constName?: string;
  /** Module `WorkflowTypeManifest` is imported from. Default `@noxus/workspace`. */
  importFrom?: string;
  /** Where the workflows came from, for the header (e.g. the server's URL). */
  source?: string;
  /** The command that regenerates the file, for the header. */
  regenerate?: string;
}

/**
 * TypeScript source declaring the inputs and output labels of saved workflows (those of type
 * `flow`): a constant to pass to `ws.workflows.typed()`, whose runs then take exactly the
 * workflow's inputs and read outputs by its real labels. `catalog` is the node catalog
 * (`(await ws.workflows.catalog()).definitions`), which says which nodes are inputs.
 * A name held by several workflows is keyed `Name (id)` after the first.
 *
 * @example
 * const workflows = await ws.workflows.list({ type: "flow" }).toArray();
 * const source = generateWorkflowTypes(workflows, (await ws.workflows.catalog()).definitions);
 */
export function generateWorkflowTypes(
  workflows: readonly Workflow[],
  catalog: readonly NodeDefinition[],
  options: WorkflowTypesOptions = {},
): string {
  const constName = options.constName ?? "workflowTypes";
  const importFrom = options.importFrom ?? "@noxus/workspace";
  const keys = new Set<string>();
  const entries = workflows
    .filter((workflow) => (workflow.type ?? "flow") === "flow")
    .map((workflow) => {
      const key = keys.has(workflow.name) ? `${workflow.name} (${workflow.id})` : workflow.name;
      keys.add(key);
      const { inputs, outputs } = workflowShape(workflow.definition, catalog);
      const inputLines = Object.entries(inputs).map(
        ([label, type]) =>
          `      ${propertyName(label)}: { kind: ${JSON.stringify(type.kind)}, required: ${type.required} },`,
      );
      return `${docComment([`Workflow "${workflow.name}" (${workflow.id}).`], "  ")}  ${propertyName(key)}: {
    id: ${JSON.stringify(workflow.id)},
    name: ${JSON.stringify(workflow.name)},
    inputs: ${inputLines.length === 0 ? "{}" : `{\n${inputLines.join("\n")}\n    }`},
    outputs: [${outputs.map((label) => JSON.stringify(label)).join(", ")}],
  },`;
    });
  return `${generatedHeader(
    options.source ?? "the saved workflows of a Noxus workspace",
    options.regenerate ?? "noxus types workflows --out <this file>",
  )}import type { WorkflowTypeManifest } from ${JSON.stringify(importFrom)};

/** Inputs and output labels of the workspace's workflows: pass one to \`ws.workflows.typed()\`. */
export const ${constName} = {
${entries.join("\n")}
} as const satisfies WorkflowTypeManifest;
`;
}
