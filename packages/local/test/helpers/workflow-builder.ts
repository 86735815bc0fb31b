import { randomUUID } from "node:crypto";
import type { components } from "@noxus/client";

type Definition = components["schemas"]["WorkflowDefinition"];
type Node = components["schemas"]["WorkflowNode"];
type Edge = components["schemas"]["WorkflowEdge"];

/** A node as the Python SDK sends it (with the extra keys it always adds). */
export function node(type: string, config: Record<string, unknown> = {}, id = randomUUID()): Node {
  return {
    id,
    type,
    name: type.replace(/Node$/, ""),
    display: { position: { x: 0, y: 0 } },
    node_config: config,
    connector_config: { inputs: [], outputs: [] },
    config_definition: {},
  };
}

export function edge(from: [Node, string], to: [Node, string, string?]): Edge {
  return {
    id: randomUUID(),
    from_id: { node_id: from[0].id, connector_name: from[1], key: null, optional: false },
    to_id: { node_id: to[0].id, connector_name: to[1], key: to[2] ?? null, optional: false },
  };
}

/** Input ("Topic") → ComposeText or TextGeneration (template over `((Input 1))`) → Output. */
export function threeNodeFlow(
  middleType: "ComposeTextNode" | "TextGenerationNode" = "ComposeTextNode",
  template = "Write about ((Input 1)).",
) {
  const input = node("InputNode", { label: "Topic", type: "str" });
  const middle = node(middleType, { template });
  const output = node("OutputNode", { label: "Result" });
  const definition: Definition = {
    nodes: [input, middle, output],
    edges: [
      edge([input, "output"], [middle, "variables", "Input 1"]),
      edge([middle, "output"], [output, "input"]),
    ],
  };
  return { definition, input, middle, output };
}

export interface ParsedRunEvent {
  type: "content" | "state";
  data: Record<string, unknown>;
  redisId: string;
}

/**
 * Reads a run's SSE stream over real HTTP until the server closes it, or until `stopAfter`
 * events arrived (then the connection is dropped, as a client that goes away would).
 */
export async function readRunEvents(
  baseUrl: string,
  apiKey: string,
  runId: string,
  options: { etag?: string; stopAfter?: number } = {},
): Promise<ParsedRunEvent[]> {
  const url = new URL(`${baseUrl}/v1/runs/${runId}/events`);
  if (options.etag) url.searchParams.set("etag", options.etag);
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { "x-api-key": apiKey },
    signal: controller.signal,
  });
  if (!response.ok) throw new Error(`events answered ${response.status}: ${await response.text()}`);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: ParsedRunEvent[] = [];
  let buffer = "";
  while (true) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut = buffer.indexOf("\n\n");
    while (cut >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      for (const line of block.split("\n")) {
        if (line.startsWith("data:")) events.push(JSON.parse(line.slice(5)) as ParsedRunEvent);
      }
      if (options.stopAfter !== undefined && events.length >= options.stopAfter) {
        controller.abort();
        return events;
      }
      cut = buffer.indexOf("\n\n");
    }
  }
  return events;
}
