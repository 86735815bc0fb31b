import type { Schemas } from "../api-types.js";
import { LOCAL_MODEL } from "../models/local-model.js";

export type NodeDefinition = Schemas["NodeDefinition"];
type ConfigDefinition = Schemas["ConfigDefinition"];
type Connector = Schemas["NodeConnector"];

const config = (
  type: ConfigDefinition["type"],
  description: string,
  options: { optional?: boolean; default?: unknown; visible?: boolean } = {},
): ConfigDefinition => ({
  type,
  description,
  visible: options.visible ?? true,
  optional: options.optional ?? true,
  default: options.default ?? null,
});

const connector = (name: string, type: Connector["type"]): Connector => ({ name, type });

// Every node can route its failure to a second output (reference §4.4).
const ON_ERROR = connector("on_error", "connector");

const inputNodeConfig = (valueType: ConfigDefinition["type"]) => ({
  label: config("str", "Name of the input; run inputs may be keyed by it.", {
    default: "Input",
  }),
  fixed_value: config("bool", "Use `value` when the run gives no input for this node.", {
    default: false,
  }),
  value: config(valueType, "The fixed value, used when `fixed_value` is true."),
  type: config("str", "Data type of the input.", { default: valueType === "str" ? "str" : "File" }),
});

const fileInput = (type: string, title: string, what: string): NodeDefinition => ({
  type,
  title,
  description: `A ${what} given to the run as an object with \`uri\` (and ideally \`name\`).`,
  small_description: `${what} input`,
  category: "inputs",
  integrations: [],
  inputs: [connector("input", "input")],
  outputs: [connector("output", "connector")],
  config: inputNodeConfig(type === "ImageInputNode" ? "Image" : "File"),
  is_available: true,
  visible: true,
  config_endpoint: null,
});

/**
 * The node catalog: the one source for `GET /v1/nodes`, definition validation and the
 * engine. Every item carries all keys the Python SDK's NodeDefinition requires (reference
 * §4.6); connector and config names follow reference §4.5. A config entry with
 * `optional: false` and a null `default` is required in a definition.
 */
export const NODE_CATALOG: readonly NodeDefinition[] = [
  {
    type: "InputNode",
    title: "Input",
    description: "A text input of the workflow, given when the run starts (or fixed).",
    small_description: "Workflow input",
    category: "inputs",
    integrations: [],
    inputs: [connector("input", "input")],
    outputs: [connector("output", "connector")],
    config: inputNodeConfig("str"),
    is_available: true,
    visible: true,
    config_endpoint: null,
  },
  fileInput("FileInputNode", "File Input", "File"),
  fileInput("ImageInputNode", "Image Input", "Image"),
  {
    type: "OutputNode",
    title: "Output",
    description: "A result of the workflow: the run output is keyed by this node's output id.",
    small_description: "Workflow output",
    category: "outputs",
    integrations: [],
    inputs: [connector("input", "connector")],
    outputs: [connector("output", "output")],
    config: {
      label: config("str", "Name of the output (its key in sync runs).", { default: "Output" }),
    },
    is_available: true,
    visible: true,
    config_endpoint: null,
  },
  {
    type: "ComposeTextNode",
    title: "Compose Text",
    description: "Fills `((key))` placeholders of a template with the connected variables.",
    small_description: "Template text",
    category: "text",
    integrations: [],
    inputs: [connector("variables", "variable_connector")],
    outputs: [connector("output", "connector"), ON_ERROR],
    config: {
      template: config("str", "Text with `((key))` placeholders.", { optional: false }),
    },
    is_available: true,
    visible: true,
    config_endpoint: null,
  },
  {
    type: "TextGenerationNode",
    title: "Generate Text",
    description:
      "Renders its template with the connected variables and sends it to a language model.",
    small_description: "LLM text generation",
    category: "ai",
    integrations: [],
    inputs: [connector("variables", "variable_connector")],
    outputs: [connector("output", "connector"), ON_ERROR],
    config: {
      template: config("str", "Prompt with `((key))` placeholders.", { optional: false }),
      model: config("list", "Model names; the first is used.", { default: [LOCAL_MODEL] }),
      label: config("str", "Display label."),
      temperature: config("float", "Sampling temperature.", { visible: false }),
      max_tokens: config("int", "Longest answer, in tokens.", { visible: false }),
    },
    is_available: true,
    visible: true,
    config_endpoint: null,
  },
  {
    type: "SummaryNode",
    title: "Summarize",
    description: "Asks the language model to summarise its input text.",
    small_description: "Summarise text",
    category: "ai",
    integrations: [],
    inputs: [connector("input", "connector")],
    outputs: [connector("output", "connector"), ON_ERROR],
    config: {
      summary_format: config("str", "Shape of the summary, e.g. `bullet points`.", {
        default: "paragraph",
      }),
      summary_topic: config("str", "What the summary should focus on."),
      model: config("list", "Model names; the first is used.", { default: [LOCAL_MODEL] }),
    },
    is_available: true,
    visible: true,
    config_endpoint: null,
  },
];

const BY_TYPE = new Map(NODE_CATALOG.map((node) => [node.type, node]));

export function catalogNode(type: string): NodeDefinition | undefined {
  return BY_TYPE.get(type);
}

/** Node types whose value comes from the run input (reference §4.7). */
export const INPUT_NODE_TYPES: ReadonlySet<string> = new Set([
  "InputNode",
  "FileInputNode",
  "ImageInputNode",
]);

export const OUTPUT_NODE_TYPE = "OutputNode";
