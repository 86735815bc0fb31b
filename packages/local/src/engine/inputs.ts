import type { Schemas } from "../api-types.js";
import { catalogNode, INPUT_NODE_TYPES } from "../catalog/nodes.js";
import { describeNode, isMissing } from "../catalog/validate.js";
import type { ValidationIssue } from "../http/errors.js";

type Definition = Schemas["WorkflowDefinition"];

export interface ResolvedInputs {
  /** The value of each input node, by node id. */
  values: Map<string, unknown>;
  issues: ValidationIssue[];
}

const isFileValue = (value: unknown) =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { uri?: unknown }).uri === "string";

export function inputLabel(node: Schemas["WorkflowNode"]): string {
  const label = node.node_config?.label;
  if (typeof label === "string" && label) return label;
  return String(catalogNode(node.type)?.config.label?.default ?? "Input");
}

/**
 * Matches the run input to the workflow's input nodes (reference §4.7): a key may be the
 * node's label, its id, or `<node_id>::input`; a run-time value overrides a fixed one.
 * Every problem is reported at `["body", "input", key]` so that nothing runs on bad input.
 */
export function resolveRunInputs(
  definition: Definition,
  input: Record<string, unknown>,
): ResolvedInputs {
  const values = new Map<string, unknown>();
  const issues: ValidationIssue[] = [];
  const claimed = new Set<string>();
  const accepted: string[] = [];
  for (const node of definition.nodes) {
    if (!INPUT_NODE_TYPES.has(node.type)) continue;
    const label = inputLabel(node);
    const keys = [`${node.id}::input`, node.id, label];
    accepted.push(...keys);
    for (const key of keys) if (key in input) claimed.add(key);
    const key = keys.find((candidate) => input[candidate] !== undefined);
    const fixed = node.node_config?.value;
    const fileLike = node.type !== "InputNode";
    if (key !== undefined) {
      const value = input[key];
      if (fileLike && !isFileValue(value)) {
        issues.push({
          loc: ["body", "input", key],
          msg: `${describeNode(node)} takes an object with a "uri" (and ideally a "name"), e.g. {"uri": "https://…/report.pdf", "name": "report.pdf"}.`,
          type: "value_error",
        });
      }
      values.set(node.id, value);
    } else if (!isMissing(fixed)) {
      values.set(node.id, fixed);
    } else {
      issues.push({
        loc: ["body", "input", label],
        msg: `Missing input for ${describeNode(node)}: send it under "${label}", "${node.id}" or "${node.id}::input".`,
        type: "missing",
      });
    }
  }
  for (const key of Object.keys(input)) {
    if (claimed.has(key)) continue;
    issues.push({
      loc: ["body", "input", key],
      msg: `No input node of this workflow is keyed "${key}"; accepted keys: ${[...new Set(accepted)].join(", ") || "none (the workflow has no input nodes)"}.`,
      type: "value_error",
    });
  }
  return { values, issues };
}
