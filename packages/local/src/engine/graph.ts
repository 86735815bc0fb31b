import type { Schemas } from "../api-types.js";

type Definition = Schemas["WorkflowDefinition"];
export type WorkflowNode = Schemas["WorkflowNode"];
export type WorkflowEdge = Schemas["WorkflowEdge"];

/**
 * Nodes in execution order: every node after the nodes it reads from; ties keep the order
 * of the definition, so a run executes the same way every time. Definitions are validated
 * acyclic before they are saved.
 */
export function executionOrder(definition: Definition): WorkflowNode[] {
  const position = new Map(definition.nodes.map((node, index) => [node.id, index]));
  const waiting = new Map(definition.nodes.map((node) => [node.id, 0]));
  const next = new Map<string, string[]>();
  for (const edge of definition.edges) {
    const { node_id: from } = edge.from_id;
    const { node_id: to } = edge.to_id;
    if (!waiting.has(from) || !waiting.has(to)) continue;
    waiting.set(to, (waiting.get(to) ?? 0) + 1);
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const byPosition = (a: string, b: string) => (position.get(a) ?? 0) - (position.get(b) ?? 0);
  const ready = [...waiting.keys()].filter((id) => waiting.get(id) === 0).sort(byPosition);
  const order: WorkflowNode[] = [];
  while (ready.length > 0) {
    const id = ready.shift() as string;
    order.push(definition.nodes[position.get(id) as number] as WorkflowNode);
    for (const to of next.get(id) ?? []) {
      const left = (waiting.get(to) ?? 1) - 1;
      waiting.set(to, left);
      if (left === 0) {
        ready.push(to);
        ready.sort(byPosition);
      }
    }
  }
  return order;
}

export function edgesInto(definition: Definition, nodeId: string): WorkflowEdge[] {
  return definition.edges.filter((edge) => edge.to_id.node_id === nodeId);
}

export function hasEdgeFrom(definition: Definition, nodeId: string, connector: string): boolean {
  return definition.edges.some(
    (edge) => edge.from_id.node_id === nodeId && edge.from_id.connector_name === connector,
  );
}
