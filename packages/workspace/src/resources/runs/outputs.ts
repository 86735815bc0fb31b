import type { WorkflowDefinition } from "@noxus/client";
import type { RunOutput } from "./types.js";

const OUTPUT_NODE_TYPE = "OutputNode";

/**
 * OutputNode label → node id. The label is `node_config.label`, else the node's name; a
 * repeated label gets " (2)", " (3)"… in definition order, the same keys a sync run answers
 * with, so a label means the same output everywhere.
 */
export function outputLabels(definition: WorkflowDefinition): Map<string, string> {
  const labels = new Map<string, string>();
  for (const node of definition.nodes) {
    if (node.type !== OUTPUT_NODE_TYPE) continue;
    const label = (node.node_config as { label?: unknown } | null | undefined)?.label;
    const base = typeof label === "string" && label ? label : (node.name ?? "Output");
    let key = base;
    for (let n = 2; labels.has(key); n++) key = `${base} (${n})`;
    labels.set(key, node.id);
  }
  return labels;
}

/** The value an output node produced: output keys are `<output_node_id>::<output_name>`. */
export function outputOfNode(output: RunOutput | null | undefined, nodeId: string): unknown {
  if (!output) return undefined;
  const prefix = `${nodeId}::`;
  for (const [key, value] of Object.entries(output)) {
    if (key === nodeId || key.startsWith(prefix)) return value;
  }
  return undefined;
}

/** The text of an output value: `{ text }` as the API sends it, a bare string, else JSON. */
export function outputText(value: unknown): string {
  if (typeof value === "string") return value;
  const text = (value as { text?: unknown } | null)?.text;
  if (typeof text === "string") return text;
  return JSON.stringify(value);
}

/** Every output of a label-keyed map (a sync run's answer) as text. */
export function textsByKey(output: RunOutput): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [key, value] of Object.entries(output)) texts[key] = outputText(value);
  return texts;
}
