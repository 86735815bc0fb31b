import type { NodeDefinition, WorkflowDefinition } from "@noxus/client";
import { outputLabels } from "../../runs/outputs.js";
import { isMissing } from "../config.js";
import type { ConfigValue, NodeFileValue } from "./shapes.js";

/** What a workflow input takes: text, or a file/image/audio given as `{ uri, name? }`. */
export type WorkflowInputKind = "text" | "file" | "image" | "audio" | "unknown";

/** One input of a typed workflow: what it takes, and whether a run must give it. */
export interface WorkflowInputType {
  kind: WorkflowInputKind;
  /** False when the input node has a fixed value, which the run uses when the input is left out. */
  required: boolean;
}

/**
 * The inputs and output labels of one saved workflow, as `noxus types workflows` (or
 * `generateWorkflowTypes()`) writes them. `ws.workflows.typed(entry)` types a run with it,
 * and checks at run time that the workflow still has this shape.
 */
export interface WorkflowTypeEntry {
  id: string;
  name: string;
  inputs: { readonly [label: string]: WorkflowInputType };
  outputs: readonly string[];
}

/** Generated workflow types, by workflow name. */
export type WorkflowTypeManifest = { readonly [name: string]: WorkflowTypeEntry };

type InputValue<Kind> = Kind extends "text"
  ? string
  : Kind extends "file" | "image" | "audio"
    ? NodeFileValue
    : ConfigValue;

type Inputs<Entry extends WorkflowTypeEntry> = Entry["inputs"];
type RequiredLabels<Entry extends WorkflowTypeEntry> = {
  [Label in keyof Inputs<Entry>]: Inputs<Entry>[Label]["required"] extends true ? Label : never;
}[keyof Inputs<Entry>];

/** The input object of a typed run: every required input, and the optional ones if wanted. */
export type WorkflowRunInputs<Entry extends WorkflowTypeEntry> = {
  [Label in RequiredLabels<Entry>]: InputValue<Inputs<Entry>[Label]["kind"]>;
} & {
  [Label in Exclude<keyof Inputs<Entry>, RequiredLabels<Entry>>]?: InputValue<
    Inputs<Entry>[Label]["kind"]
  >;
};

/** The output labels of a typed workflow. */
export type WorkflowOutputLabel<Entry extends WorkflowTypeEntry> = Entry["outputs"][number];

const KIND_BY_DATA_TYPE: Record<string, WorkflowInputKind> = {
  str: "text",
  File: "file",
  Image: "image",
  Audio: "audio",
};

/** An input node is one whose catalog entry has a flow-input connector (type `input`). */
const isInputNode = (definition: NodeDefinition | undefined) =>
  definition?.inputs.some((input) => input.type === "input") ?? false;

/**
 * The inputs and outputs of a workflow definition, as the server matches a run's input:
 * an input is keyed by its node's label (else the catalog's default
 * label), and is optional when the node holds a value; outputs are the OutputNode labels
 * `run.output(label)` reads.
 */
export function workflowShape(
  definition: WorkflowDefinition,
  catalog: readonly NodeDefinition[],
): Pick<WorkflowTypeEntry, "inputs" | "outputs"> {
  const byType = new Map(catalog.map((entry) => [entry.type, entry]));
  const inputs: Record<string, WorkflowInputType> = {};
  for (const node of definition.nodes) {
    const entry = byType.get(node.type);
    if (!isInputNode(entry)) continue;
    const config = (node.node_config ?? {}) as Record<string, unknown>;
    const fallback = entry?.config.label?.default;
    const label =
      typeof config.label === "string" && config.label
        ? config.label
        : typeof fallback === "string" && fallback
          ? fallback
          : (node.name ?? node.id);
    inputs[label] = {
      kind: KIND_BY_DATA_TYPE[entry?.config.value?.type ?? ""] ?? "unknown",
      required: isMissing(config.value),
    };
  }
  return { inputs, outputs: [...outputLabels(definition).keys()] };
}

/** How a saved workflow differs from its generated types, one sentence per difference. */
export function shapeDifferences(
  expected: Pick<WorkflowTypeEntry, "inputs" | "outputs">,
  actual: Pick<WorkflowTypeEntry, "inputs" | "outputs">,
): string[] {
  const differences: string[] = [];
  for (const [label, type] of Object.entries(expected.inputs)) {
    const now = actual.inputs[label];
    if (!now) differences.push(`input "${label}" is gone`);
    else if (now.kind !== type.kind)
      differences.push(`input "${label}" takes ${now.kind}, not ${type.kind}`);
    else if (now.required !== type.required)
      differences.push(`input "${label}" is now ${now.required ? "required" : "optional"}`);
  }
  for (const label of Object.keys(actual.inputs)) {
    if (!(label in expected.inputs)) differences.push(`input "${label}" is new`);
  }
  for (const label of expected.outputs) {
    if (!actual.outputs.includes(label)) differences.push(`output "${label}" is gone`);
  }
  for (const label of actual.outputs) {
    if (!expected.outputs.includes(label)) differences.push(`output "${label}" is new`);
  }
  return differences;
}
