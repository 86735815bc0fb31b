import type { Schemas } from "../api-types.js";
import type { ValidationIssue } from "../http/errors.js";
import type { NodeLookup } from "./extra-nodes.js";
import { catalogNode } from "./nodes.js";

type Definition = Schemas["WorkflowDefinition"];
type Node = Schemas["WorkflowNode"];
type Loc = (string | number)[];

/** How a node is named in messages: its display name (or type) and id. */
export function describeNode(node: Pick<Node, "id" | "type" | "name">): string {
  return `node "${node.name ?? node.type}" (${node.type} ${node.id})`;
}

const TYPE_CHECKS: Record<string, [(value: unknown) => boolean, string]> = {
  str: [(v) => typeof v === "string", "a string"],
  bool: [(v) => typeof v === "boolean", "a boolean"],
  int: [(v) => Number.isInteger(v), "an integer"],
  float: [(v) => typeof v === "number", "a number"],
  list: [Array.isArray, "a list"],
  dict: [(v) => typeof v === "object" && v !== null && !Array.isArray(v), "an object"],
};

export const isMissing = (value: unknown) => value === undefined || value === null || value === "";

/** A config entry that must be set: not optional and without a default. */
export function isRequiredConfig(definition: Schemas["ConfigDefinition"]): boolean {
  return definition.optional === false && isMissing(definition.default);
}

function validateNode(node: Node, loc: Loc, issues: ValidationIssue[], lookup: NodeLookup) {
  const definition = lookup(node.type);
  if (!definition) {
    issues.push({
      loc: [...loc, "type"],
      msg: `Unknown node type "${node.type}" (node ${node.id}); GET /v1/nodes lists the available types.`,
      type: "value_error",
    });
    return;
  }
  const values = node.node_config ?? {};
  for (const [key, entry] of Object.entries(definition.config)) {
    const value = values[key];
    if (isMissing(value)) {
      if (isRequiredConfig(entry)) {
        issues.push({
          loc: [...loc, "node_config", key],
          msg: `Missing required config value for ${describeNode(node)}: "${key}".`,
          type: "missing",
        });
      }
      continue;
    }
    const check = TYPE_CHECKS[entry.type];
    if (check && !check[0](value)) {
      issues.push({
        loc: [...loc, "node_config", key],
        msg: `Config "${key}" of ${describeNode(node)} must be ${check[1]}.`,
        type: "type_error",
      });
    }
  }
}

function validateEdges(
  definition: Definition,
  loc: Loc,
  issues: ValidationIssue[],
  lookup: NodeLookup,
) {
  const nodes = new Map(definition.nodes.map((node) => [node.id, node]));
  definition.edges.forEach((edge, index) => {
    const edgeLoc = [...loc, "edges", index];
    const name = edge.id ? `Edge ${edge.id}` : `Edge ${index}`;
    for (const side of ["from_id", "to_id"] as const) {
      const end = edge[side];
      const node = nodes.get(end.node_id);
      if (!node) {
        issues.push({
          loc: [...edgeLoc, side, "node_id"],
          msg: `${name} ${side === "from_id" ? "starts" : "ends"} at node ${end.node_id}, which is not in the definition.`,
          type: "value_error",
        });
        continue;
      }
      const catalog = lookup(node.type);
      if (!catalog) continue; // already reported on the node
      const connectors = side === "from_id" ? catalog.outputs : catalog.inputs;
      const connector = connectors.find((candidate) => candidate.name === end.connector_name);
      if (!connector) {
        const kind = side === "from_id" ? "output" : "input";
        const names = connectors.map((candidate) => candidate.name).join(", ");
        issues.push({
          loc: [...edgeLoc, side, "connector_name"],
          msg: `${name}: ${describeNode(node)} has no ${kind} "${end.connector_name}" (its ${kind}s: ${names || "none"}).`,
          type: "value_error",
        });
        continue;
      }
      if (connector.type === "variable_connector" && isMissing(end.key)) {
        issues.push({
          loc: [...edgeLoc, side, "key"],
          msg: `${name}: key is required for variable_connector "${connector.name}" of ${describeNode(node)}.`,
          type: "missing",
        });
      }
    }
  });
}

/** Kahn's algorithm; returns the ids of nodes on (or behind) a cycle. */
function nodesOnCycles(definition: Definition): string[] {
  const ids = new Set(definition.nodes.map((node) => node.id));
  const incoming = new Map([...ids].map((id) => [id, 0]));
  const next = new Map<string, string[]>();
  for (const edge of definition.edges) {
    const from = edge.from_id.node_id;
    const to = edge.to_id.node_id;
    if (!ids.has(from) || !ids.has(to)) continue;
    incoming.set(to, (incoming.get(to) ?? 0) + 1);
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const ready = [...ids].filter((id) => incoming.get(id) === 0);
  while (ready.length > 0) {
    const id = ready.pop() as string;
    incoming.delete(id);
    for (const to of next.get(id) ?? []) {
      const left = (incoming.get(to) ?? 1) - 1;
      incoming.set(to, left);
      if (left === 0) ready.push(to);
    }
  }
  return [...incoming.keys()];
}

/**
 * Checks a definition against the node catalog. `loc` is where the definition sits in the
 * request (e.g. `["body", "definition"]`), so every issue points at the exact field.
 */
export function validateDefinition(
  definition: Definition,
  loc: Loc,
  lookup: NodeLookup = catalogNode,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  definition.nodes.forEach((node, index) => {
    const nodeLoc = [...loc, "nodes", index];
    if (seen.has(node.id)) {
      issues.push({
        loc: [...nodeLoc, "id"],
        msg: `Duplicate node id ${node.id}: every node of a definition needs its own id.`,
        type: "value_error",
      });
    }
    seen.add(node.id);
    validateNode(node, nodeLoc, issues, lookup);
  });
  validateEdges(definition, loc, issues, lookup);
  if (issues.length === 0) {
    const cycle = nodesOnCycles(definition);
    if (cycle.length > 0) {
      issues.push({
        loc: [...loc, "edges"],
        msg: `The edges form a cycle through nodes ${cycle.join(", ")}; a workflow must be acyclic.`,
        type: "value_error",
      });
    }
  }
  return issues;
}
