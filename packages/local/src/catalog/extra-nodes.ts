import type { NodeDefinition } from "./nodes.js";
import { catalogNode, NODE_CATALOG } from "./nodes.js";

/**
 * A node type added to one server's catalog (`startLocalServer({ extraNodes })`): for
 * testing a program against a node type the built-in catalog lacks, such as a plugin's.
 * Runs execute it with `run`.
 */
export interface ExtraNode {
  /** Its catalog entry, exactly as `GET /v1/nodes` lists it. */
  definition: NodeDefinition;
  /**
   * What the node does in a run: its output values by output name, from its input values
   * by input name (a variable input holds `{ key: value }`) and its config.
   */
  run(
    inputs: Record<string, unknown>,
    config: Record<string, unknown>,
  ): Promise<Record<string, unknown>> | Record<string, unknown>;
}

/** Node types by name: built-in first, then a server's extra ones. */
export type NodeLookup = (type: string) => NodeDefinition | undefined;

/** The lookup of a server configured with `extra` nodes. */
export function nodeLookup(extra: readonly ExtraNode[] = []): NodeLookup {
  const byType = new Map(extra.map((node) => [node.definition.type, node.definition]));
  return (type) => catalogNode(type) ?? byType.get(type);
}

/** The whole catalog of a server: built-in types, then its extra ones. */
export function fullCatalog(extra: readonly ExtraNode[] = []): NodeDefinition[] {
  return [...NODE_CATALOG, ...extra.map((node) => node.definition)];
}

/** Refuses extra nodes a server cannot serve: a clash with a built-in type or a repeated type. */
export function checkExtraNodes(extra: readonly ExtraNode[]): void {
  const seen = new Set<string>();
  for (const node of extra) {
    const type = node?.definition?.type;
    if (typeof type !== "string" || type === "" || typeof node.run !== "function") {
      throw new TypeError(
        "extraNodes: each item needs a definition with a type, and a run function.",
      );
    }
    if (catalogNode(type) || seen.has(type)) {
      throw new TypeError(`extraNodes: node type ${type} is already in the catalog.`);
    }
    seen.add(type);
  }
}
