import type { ServerContext } from "../http/context.js";
import { LOCAL_MODEL } from "../models/local-model.js";
import type { ModelProvider } from "../models/provider.js";
import type { WorkflowNode } from "./graph.js";
import { renderTemplate, toText } from "./template.js";

export interface NodeContext {
  models: ModelProvider;
  signal: AbortSignal;
  /** The run-input value of an input node (resolved before the run was created). */
  inputValue: unknown;
}

/** What reached each input connector: variable connectors hold `{key: value}`. */
export type NodeInputs = Record<string, unknown>;
/** Values by output connector name. */
export type NodeOutputs = Record<string, unknown>;

type Executor = (
  node: WorkflowNode,
  inputs: NodeInputs,
  context: NodeContext,
) => Promise<NodeOutputs>;

const config = (node: WorkflowNode) => node.node_config ?? {};

/** The executor of one of the server's extra node types (`startLocalServer({ extraNodes })`). */
export function extraExecutor(context: ServerContext, type: string): Executor | undefined {
  const extra = context.config.extraNodes?.find((node) => node.definition.type === type);
  if (!extra) return undefined;
  return async (node, inputs) => extra.run(inputs, { ...config(node) });
}

function modelOf(node: WorkflowNode): string {
  const model = config(node).model;
  const first = Array.isArray(model) ? model[0] : model;
  return typeof first === "string" && first ? first : LOCAL_MODEL;
}

const optionalNumber = (value: unknown) => (typeof value === "number" ? value : undefined);

const variables = (inputs: NodeInputs) =>
  (inputs.variables as Record<string, unknown> | undefined) ?? {};

const passThrough: Executor = async (_node, _inputs, context) => ({ output: context.inputValue });

/**
 * What each node type does when a run executes it. Deterministic with the local model:
 * TextGenerationNode's output is its rendered template (the model echoes the prompt), and
 * SummaryNode's output is its input text, since the instruction to summarise travels as a
 * system message and the local model answers with the last user message (the text).
 */
export const EXECUTORS: Record<string, Executor> = {
  InputNode: passThrough,
  FileInputNode: passThrough,
  ImageInputNode: passThrough,

  async OutputNode(_node, inputs) {
    return { output: inputs.input };
  },

  async ComposeTextNode(node, inputs) {
    return { output: renderTemplate(String(config(node).template ?? ""), variables(inputs)) };
  },

  async TextGenerationNode(node, inputs, context) {
    const prompt = renderTemplate(String(config(node).template ?? ""), variables(inputs));
    const completion = await context.models.complete({
      model: modelOf(node),
      messages: [{ role: "user", content: prompt }],
      temperature: optionalNumber(config(node).temperature),
      maxTokens: optionalNumber(config(node).max_tokens),
      signal: context.signal,
    });
    return { output: completion.text };
  },

  async SummaryNode(node, inputs, context) {
    const { summary_format: format, summary_topic: topic } = config(node);
    const instruction = [
      "Summarise the user's text.",
      typeof format === "string" && format ? `Format: ${format}.` : "",
      typeof topic === "string" && topic ? `Focus on: ${topic}.` : "",
    ]
      .filter(Boolean)
      .join(" ");
    const completion = await context.models.complete({
      model: modelOf(node),
      messages: [
        { role: "system", content: instruction },
        { role: "user", content: toText(inputs.input) },
      ],
      signal: context.signal,
    });
    return { output: completion.text };
  },
};
