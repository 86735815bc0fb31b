import type { WorkflowDefinition, WorkflowNode } from "@noxus/client";

/** One field of a run form, from an input node of the workflow. */
export interface InputField {
  nodeId: string;
  /** The key the run input is sent under: the node's label (the API also accepts the id). */
  key: string;
  label: string;
  kind: "text" | "number" | "boolean" | "file";
  /** The node's fixed value, sent when the field is left empty. */
  fixed: unknown;
}

const FILE_INPUTS = new Set(["FileInputNode", "ImageInputNode", "AudioInputNode"]);

export function nodeLabel(node: WorkflowNode): string {
  const label = node.node_config?.label;
  return typeof label === "string" && label ? label : (node.name ?? node.type);
}

/** The run form's fields: one per input node, in the definition's order. */
export function inputFields(definition: WorkflowDefinition): InputField[] {
  return definition.nodes
    .filter((node) => node.type === "InputNode" || FILE_INPUTS.has(node.type))
    .map((node) => {
      const type = String(node.node_config?.type ?? "str");
      const kind = FILE_INPUTS.has(node.type)
        ? "file"
        : type === "int" || type === "float"
          ? "number"
          : type === "bool"
            ? "boolean"
            : "text";
      const label = nodeLabel(node);
      return { nodeId: node.id, key: label, label, kind, fixed: node.node_config?.value };
    });
}

/** Output node id → its label, to name a run's outputs (keyed `<node_id>::<output>`). */
export function outputLabels(definition: WorkflowDefinition | undefined): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const node of definition?.nodes ?? []) labels[node.id] = nodeLabel(node);
  return labels;
}
