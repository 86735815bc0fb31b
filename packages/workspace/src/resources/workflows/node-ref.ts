import type { NodeDefinition, Schema, WorkflowNode } from "@noxus/client";
import { WorkflowBuilderError } from "../../errors.js";
import { type ConfigValues, checkConfig } from "./config.js";
import type { ConfigPatch, InputKeyArgs, NodeTypeShape, UntypedNodeShape } from "./typed/shapes.js";

type ConnectorType = Schema<"ConnectorType">;
type NodeConnector = Schema<"NodeConnector">;

/** The output a link starts from: `node_id::name` in the API's connector addresses. */
export interface NodeOutputRef {
  readonly kind: "output";
  readonly node: WorkflowNodeRef;
  readonly name: string;
  readonly type: ConnectorType;
  /** `node_id::name`. For an OutputNode it is the key of the run output. */
  readonly address: string;
}

/** The input a link ends at; `key` is set for variable connectors (e.g. `"Input 1"`). */
export interface NodeInputRef {
  readonly kind: "input";
  readonly node: WorkflowNodeRef;
  readonly name: string;
  readonly type: ConnectorType;
  readonly key: string | null;
  /** `node_id::name`, or `node_id::name::key` for a variable connector. */
  readonly address: string;
}

/** Connector kinds that carry several named values: a link into one must say which (§4.4). */
const KEYED_INPUTS: ReadonlySet<ConnectorType> = new Set([
  "variable_connector",
  "variable_type_connector",
  "variable_type_size_connector",
]);

/** Common node types (autocompleted; any catalog type is accepted). */
export type KnownNodeType =
  | "InputNode"
  | "FileInputNode"
  | "ImageInputNode"
  | "OutputNode"
  | "ComposeTextNode"
  | "TextGenerationNode"
  | "SummaryNode"
  | (string & {});

const clone = <T>(value: T): T => structuredClone(value);

/**
 * One node of a workflow being built: its id, catalog definition and config. Made by
 * `builder.node(type)`; `config()` is checked against the catalog as it is called.
 * `Shape` (from the catalog types) types its config keys, input and output names.
 */
export class WorkflowNodeRef<
  Type extends string = string,
  Shape extends NodeTypeShape = UntypedNodeShape,
> {
  readonly id: string;
  readonly type: Type;
  private readonly values: Record<string, unknown>;
  private readonly connectors: { inputs: NodeConnector[]; outputs: NodeConnector[] };

  /** @internal builders make nodes; `existing` is a node of a saved definition being edited. */
  constructor(
    readonly definition: NodeDefinition,
    private readonly position: { x: number; y: number },
    private readonly existing?: WorkflowNode,
  ) {
    this.id = existing?.id ?? globalThis.crypto.randomUUID();
    this.type = definition.type as Type;
    this.values = clone(existing?.node_config ?? {});
    // A saved node's connector_config holds the variable keys already linked; keep it.
    const saved = existing?.connector_config;
    this.connectors = {
      inputs: clone(saved?.inputs?.length ? saved.inputs : definition.inputs),
      outputs: clone(saved?.outputs?.length ? saved.outputs : definition.outputs),
    };
  }

  /** The catalog title, which the API stores as the node's `name`. */
  get title(): string {
    return this.definition.title;
  }

  /** `node "Generate Text" (TextGenerationNode <id>)`: how messages name this node. */
  get description(): string {
    return `node "${this.title}" (${this.type} ${this.id})`;
  }

  /** The run-input key that feeds this input node: `<node_id>::input`. */
  get inputKey(): string {
    const flowInput = this.definition.inputs.find((input) => input.type === "input");
    return `${this.id}::${flowInput?.name ?? "input"}`;
  }

  /** The key of this node's default output, e.g. an OutputNode's key in `run.output`. */
  get outputKey(): string {
    return this.output().address;
  }

  /** The config values set so far (defaults of the catalog are not copied in). */
  get configValues(): Readonly<Record<string, unknown>> {
    return this.values;
  }

  /**
   * Sets config values, checked against the catalog: an unknown key throws
   * `invalid_config_key`, a value of the wrong type `invalid_config_value`, and nothing is
   * set when either happens. Required values are checked at `save()`.
   */
  config(values: ConfigPatch<Shape>): this;
  config(values: ConfigValues): this {
    checkConfig(values, this.definition.config, this.description);
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined || value === null) delete this.values[key];
      else this.values[key] = clone(value);
    }
    return this;
  }

  /**
   * An input to link to: by name (default: the first input). A variable connector needs the
   * `key` the template refers to, e.g. `input("variables", "Input 1")` for `((Input 1))`.
   */
  input<Name extends Shape["inputs"]>(name: Name, ...key: InputKeyArgs<Shape, Name>): NodeInputRef;
  input(): NodeInputRef;
  input(name?: string, key?: string): NodeInputRef {
    const connector = this.find(this.definition.inputs, name, "input");
    const keyed = KEYED_INPUTS.has(connector.type);
    if (keyed && !key) {
      throw new WorkflowBuilderError(
        "variable_key_required",
        `key is required for ${connector.type} "${connector.name}" of ${this.description}: call input("${connector.name}", "Input 1") and write ((Input 1)) in the template.`,
      );
    }
    if (!keyed && key !== undefined) {
      throw new WorkflowBuilderError(
        "invalid_link",
        `Input "${connector.name}" of ${this.description} is a ${connector.type} and takes no key; drop "${key}".`,
      );
    }
    const address = `${this.id}::${connector.name}`;
    return {
      kind: "input",
      node: this,
      name: connector.name,
      type: connector.type,
      key: keyed ? (key as string) : null,
      address: keyed ? `${address}::${key}` : address,
    };
  }

  /** An output to link from: by name, default the first output that is not `on_error`. */
  output(name?: Shape["outputs"]): NodeOutputRef {
    const connector = this.find(this.definition.outputs, name, "output");
    return {
      kind: "output",
      node: this,
      name: connector.name,
      type: connector.type,
      address: `${this.id}::${connector.name}`,
    };
  }

  /** @internal records a variable key linked into `inputName`, as the API stores it (§4.2). */
  addVariableKey(inputName: string, key: string): void {
    const connector = this.connectors.inputs.find((input) => input.name === inputName);
    if (!connector) return;
    connector.keys ??= [];
    if (!connector.keys.includes(key)) connector.keys.push(key);
  }

  /** The node as `definition.nodes` holds it. */
  toJSON(): WorkflowNode {
    return {
      ...(this.existing ? clone(this.existing) : {}),
      id: this.id,
      type: this.type,
      name: this.title,
      display: this.existing?.display?.position
        ? clone(this.existing.display)
        : { position: { ...this.position } },
      node_config: clone(this.values),
      connector_config: clone(this.connectors),
      config_definition: clone(this.definition.config),
      inputs: this.definition.inputs.map((input) => ({
        node_id: this.id,
        name: input.name,
        fixed_value: null,
        type: input.type,
      })),
      outputs: this.definition.outputs.map((output) => ({
        node_id: this.id,
        name: output.name,
        type: output.type,
      })),
    };
  }

  private find(
    connectors: readonly NodeConnector[],
    name: string | undefined,
    kind: "input" | "output",
  ): NodeConnector {
    const found =
      name === undefined
        ? kind === "output"
          ? (connectors.find((c) => c.name !== "on_error") ?? connectors[0])
          : connectors[0]
        : connectors.find((c) => c.name === name);
    if (!found) {
      const names = connectors.map((c) => c.name).join(", ") || "none";
      throw new WorkflowBuilderError(
        "unknown_connector",
        `${this.description} has no ${kind} ${name === undefined ? "at all" : `"${name}"`}; its ${kind}s: ${names}.`,
      );
    }
    return found;
  }
}
