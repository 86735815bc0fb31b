import type { WorkflowDefinition } from "@noxus/client";
import { Background, type Edge, type Node, Position, ReactFlow } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useMemo } from "react";
import { nodeLabel } from "../runs/definition.js";
import type { NodeTiming } from "../runs/useLiveRun.js";

/**
 * The workflow's nodes and edges, laid out where the editor put them, each node coloured
 * (and labelled, for readers who do not see colour) by its state in the current run.
 */
export function WorkflowGraph({
  definition,
  states,
}: {
  definition: WorkflowDefinition;
  states: Record<string, NodeTiming>;
}) {
  const nodes = useMemo<Node[]>(
    () =>
      definition.nodes.map((node, index) => {
        const state = states[node.id]?.status;
        return {
          id: node.id,
          position: {
            x: node.display?.position?.x ?? index * 250,
            y: node.display?.position?.y ?? 0,
          },
          data: {
            label: (
              <>
                <strong>{nodeLabel(node)}</strong>
                <br />
                <small>
                  {node.type.replace(/Node$/, "")}
                  {state ? ` · ${state}` : ""}
                </small>
              </>
            ),
          },
          // Flows read left to right, as the editor lays them out.
          sourcePosition: Position.Right,
          targetPosition: Position.Left,
          className: `flow-node${state ? ` state-${state}` : ""}`,
          draggable: false,
          connectable: false,
          // Nodes are read, not edited here: keep them out of the tab order.
          focusable: false,
          selectable: false,
        };
      }),
    [definition, states],
  );
  const edges = useMemo<Edge[]>(
    () =>
      definition.edges.map((edge) => ({
        id: edge.id ?? `${edge.from_id.node_id}-${edge.to_id.node_id}`,
        source: edge.from_id.node_id,
        target: edge.to_id.node_id,
        animated: states[edge.from_id.node_id]?.status === "running",
        focusable: false,
      })),
    [definition, states],
  );
  return (
    <figure className="graph" aria-label="Workflow graph">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
      </ReactFlow>
    </figure>
  );
}
