import type { WorkflowDefinition } from "@noxus/client";
import { Background, type Edge, type Node, Position, ReactFlow } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useMemo, useSyncExternalStore } from "react";
import { nodeLabel } from "../runs/definition.js";
import type { NodeTiming } from "../runs/useLiveRun.js";

const NARROW = "(max-width: 600px)";

/** On a phone a left-to-right flow becomes unreadably small: it is drawn top to bottom. */
function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia(NARROW).matches,
  );
}

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
  const narrow = useNarrow();
  const nodes = useMemo<Node[]>(
    () =>
      definition.nodes.map((node, index) => {
        const state = states[node.id]?.status;
        const x = node.display?.position?.x ?? index * 250;
        const y = node.display?.position?.y ?? 0;
        return {
          id: node.id,
          // Top to bottom on narrow screens: the editor's x becomes y (scaled to node height).
          position: narrow ? { x: y, y: x / 3 } : { x, y },
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
          sourcePosition: narrow ? Position.Bottom : Position.Right,
          targetPosition: narrow ? Position.Top : Position.Left,
          className: `flow-node${state ? ` state-${state}` : ""}`,
          draggable: false,
          connectable: false,
          // Nodes are read, not edited here: keep them out of the tab order.
          focusable: false,
          selectable: false,
        };
      }),
    [definition, states, narrow],
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
        key={narrow ? "narrow" : "wide"}
        nodes={nodes}
        edges={edges}
        fitView
        fitViewOptions={{ padding: 0.1 }}
        // Small screens need to zoom out further than the default to show the whole flow.
        minZoom={0.1}
        // The page scrolls over the graph instead of zooming it.
        zoomOnScroll={false}
        preventScrolling={false}
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
