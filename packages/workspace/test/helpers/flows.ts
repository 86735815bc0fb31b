import { randomUUID } from "node:crypto";
import type { WorkflowDefinition } from "../../src/index.js";

/** Input "Topic" → ComposeText or TextGeneration over `((Input 1))` → Output "Result". */
export function threeNodeFlow(
  middleType: "ComposeTextNode" | "TextGenerationNode",
  template: string,
): WorkflowDefinition {
  const node = (type: string, config: Record<string, unknown>) => ({
    id: randomUUID(),
    type,
    name: type.replace(/Node$/, ""),
    display: { position: { x: 0, y: 0 } },
    node_config: config,
    connector_config: { inputs: [], outputs: [] },
    config_definition: {},
  });
  const link = (from: string, fromName: string, to: string, toName: string, key?: string) => ({
    id: randomUUID(),
    from_id: { node_id: from, connector_name: fromName, key: null, optional: false },
    to_id: { node_id: to, connector_name: toName, key: key ?? null, optional: false },
  });
  const input = node("InputNode", { label: "Topic", type: "str" });
  const middle = node(middleType, { template });
  const output = node("OutputNode", { label: "Result" });
  return {
    nodes: [input, middle, output],
    edges: [
      link(input.id, "output", middle.id, "variables", "Input 1"),
      link(middle.id, "output", output.id, "input"),
    ],
  };
}
