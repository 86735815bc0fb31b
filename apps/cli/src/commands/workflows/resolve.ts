import {
  NoxusNotFoundError,
  type Workflow,
  type WorkflowDefinition,
  type Workspace,
} from "@noxus/workspace";
import { UsageError } from "../../exit-codes.js";
import { notFoundError } from "../lookup.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The workflow named by `ref`: its id, else its exact name (found by listing every
 * workflow). A name shared by several workflows is a usage error listing their ids.
 */
export async function resolveWorkflow(
  ws: Workspace,
  ref: string,
  call: { signal: AbortSignal },
): Promise<Workflow> {
  if (UUID.test(ref)) {
    try {
      return await ws.workflows.get(ref, call);
    } catch (error) {
      // An unknown id may still be some workflow's name; look for it below.
      if (!(error instanceof NoxusNotFoundError)) throw error;
    }
  }
  const byName: Workflow[] = [];
  const similar: string[] = [];
  for await (const workflow of ws.workflows.list(call)) {
    if (workflow.id === ref) return workflow;
    if (workflow.name === ref) byName.push(workflow);
    else if (workflow.name.toLowerCase() === ref.toLowerCase()) similar.push(workflow.name);
  }
  const [only, ...others] = byName;
  if (only && others.length === 0) return only;
  if (only) {
    throw new UsageError(
      `${byName.length} workflows are named "${ref}": ${byName.map((w) => w.id).join(", ")}.`,
      "Name the one you mean by its id.",
    );
  }
  throw notFoundError(
    `No workflow with the id or name "${ref}" in this workspace.`,
    similar.length > 0
      ? `Names are exact; did you mean ${similar.map((name) => `"${name}"`).join(" or ")}?`
      : "List the workflows with `noxus workflows list`.",
  );
}

type WorkflowNode = WorkflowDefinition["nodes"][number];

function configLabel(node: WorkflowNode): string | undefined {
  const label = (node.node_config as { label?: unknown } | undefined)?.label;
  return typeof label === "string" && label ? label : undefined;
}

/** What a run's input keys may be: each input node's label (else its name). */
export function inputNames(definition: WorkflowDefinition | undefined): string[] {
  return (definition?.nodes ?? [])
    .filter((node) => node.type.endsWith("InputNode"))
    .map((node) => configLabel(node) ?? node.name ?? node.id);
}

/** The labels outputs are read by: each OutputNode's label, else its name. */
export function outputNames(definition: WorkflowDefinition | undefined): string[] {
  return (definition?.nodes ?? [])
    .filter((node) => node.type === "OutputNode")
    .map((node) => configLabel(node) ?? node.name ?? "Output");
}

/** A node as people know it: its label or name, else its type. */
export function nodeNames(definition: WorkflowDefinition | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const node of definition?.nodes ?? []) {
    names.set(node.id, configLabel(node) ?? node.name ?? node.type);
  }
  return names;
}

/** An ISO timestamp as `YYYY-MM-DD HH:MM:SS` (UTC), for tables. */
export function shortTime(value: string | null | undefined): string {
  if (!value) return "";
  return value.replace("T", " ").replace(/(\.\d+)?(Z|[+-]\d\d:?\d\d)?$/, "");
}
