import type { NodeDefinition } from "@noxus/client";
import { WorkflowBuilderError } from "../../errors.js";
import { closeMatches } from "./similar.js";

/**
 * Node types only agent flows may hold: the Python SDK's `WorkflowDefinition.node()` refuses
 * them in plain flows, so the builder says so before the server does.
 */
const AGENT_FLOW_ONLY: ReadonlySet<string> = new Set([
  "AgentStartNode",
  "AgentEndNode",
  "AgentMessageSendNode",
  "ChoiceAgentNode",
  "FormExtractionAgentNode",
  "BasicAgentNode",
  "ChatAgentNode",
]);

/** The node catalog of `GET /v1/nodes`: every node type the builder may add, by type name. */
export class NodeCatalog {
  private readonly byType: ReadonlyMap<string, NodeDefinition>;

  constructor(readonly definitions: readonly NodeDefinition[]) {
    this.byType = new Map(definitions.map((definition) => [definition.type, definition]));
  }

  /** The node types the catalog lists (hidden ones included: they are still valid). */
  get types(): string[] {
    return [...this.byType.keys()];
  }

  /** The definition of a node type (e.g. `"TextGenerationNode"`), or undefined when the server has none. */
  get(type: string): NodeDefinition | undefined {
    return this.byType.get(type);
  }

  /** The definition of `type`, or a WorkflowBuilderError naming the closest types. */
  require(type: string, workflowType = "flow"): NodeDefinition {
    const definition = this.byType.get(type);
    if (!definition) {
      const visible = this.definitions.filter((d) => d.visible).map((d) => d.type);
      const close = closeMatches(type, this.types);
      const hint =
        close.length > 0
          ? `close matches: ${close.join(", ")}`
          : `available: ${visible.slice(0, 12).join(", ")}${visible.length > 12 ? ", …" : ""}`;
      throw new WorkflowBuilderError(
        "unknown_node_type",
        `Unknown node type: ${type} (${hint}). GET /v1/nodes (ws.workflows.catalog()) lists every type.`,
      );
    }
    if (workflowType !== "agent_flow" && AGENT_FLOW_ONLY.has(type)) {
      throw new WorkflowBuilderError(
        "unknown_node_type",
        `Node type ${type} belongs in agent flows only; build with { type: "agent_flow" } to use it.`,
      );
    }
    return definition;
  }
}
