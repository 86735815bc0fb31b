import type {
  NodeDefinition,
  Workflow,
  WorkflowDefinition,
  WorkflowEdge,
  WorkflowNode,
  WorkflowType,
} from "@noxus/client";
import type { CallOptions } from "../../context.js";
import { WorkflowBuilderError } from "../../errors.js";
import type { NodeCatalog } from "./catalog.js";
import { type ConfigValues, missingRequired } from "./config.js";
import { type NodeInputRef, type NodeOutputRef, WorkflowNodeRef } from "./node-ref.js";
import type {
  NodeCatalogShape,
  NodeConfigInput,
  RegisteredNodeCatalog,
  UntypedNodeCatalog,
} from "./typed/shapes.js";

/** The builder's layout step: each new node sits 350 px right of the last. */
const X_STEP = 350;

export interface SaveWorkflowOptions extends CallOptions {
  /** When updating (a builder from `edit()` or saved before): the API's `force` flag. */
  force?: boolean;
}

/** Where a builder sends its body; Workflows provides it, so the builder holds no client. */
export interface WorkflowPersister {
  create(body: WorkflowBody, options: CallOptions): Promise<Workflow>;
  update(id: string, body: WorkflowBody, options: SaveWorkflowOptions): Promise<Workflow>;
}

/** What create/update send. */
export interface WorkflowBody {
  name: string;
  type: WorkflowType;
  definition: WorkflowDefinition;
  errorHandler?: string | null;
}

/** One step of `linkMany`: a node (default connectors), an input (with its key), or a first output. */
export type LinkStep = WorkflowNodeRef | NodeInputRef | NodeOutputRef;

/**
 * A workflow under construction, checked against the node catalog at every step: at compile
 * time with the catalog's types (`Catalog`, by default @noxus/local's or the one registered
 * with `NoxusRegister`), and at run time against the server's catalog.
 *
 * @example
 * const builder = await ws.workflows.build("Echo");
 * const input = builder.node("InputNode").config({ label: "Topic" });
 * const gen = builder.node("TextGenerationNode").config({ template: "Say: ((Input 1))" });
 * const output = builder.node("OutputNode");
 * builder.link(input, gen.input("variables", "Input 1")).link(gen, output);
 * const workflow = await builder.save();
 */
export class WorkflowBuilder<Catalog extends NodeCatalogShape = RegisteredNodeCatalog> {
  name: string;
  readonly type: WorkflowType;
  /** Id of the workflow that handles this one's errors (`error_handler`). */
  errorHandler: string | null | undefined;
  private id: string | undefined;
  private readonly nodeRefs = new Map<string, WorkflowNodeRef>();
  private edgeList: WorkflowEdge[] = [];
  private nextX = 0;

  /** @internal made by `ws.workflows.build()` and `ws.workflows.edit()`. */
  constructor(
    readonly catalog: NodeCatalog,
    private readonly persister: WorkflowPersister,
    init: { name: string; type: WorkflowType; errorHandler?: string | null; existing?: Workflow },
  ) {
    this.name = init.name;
    this.type = init.type;
    this.errorHandler = init.errorHandler;
    const existing = init.existing;
    if (existing) {
      this.id = existing.id;
      for (const node of existing.definition.nodes) this.adopt(node);
      this.edgeList = structuredClone(existing.definition.edges);
    }
  }

  /** The saved workflow's id: set by `edit()`, and by the first `save()` of a new workflow. */
  get workflowId(): string | undefined {
    return this.id;
  }

  /** The nodes added so far, in the order they were added. */
  get nodes(): readonly WorkflowNodeRef[] {
    return [...this.nodeRefs.values()];
  }

  /** The edges linked so far. */
  get edges(): readonly WorkflowEdge[] {
    return this.edgeList;
  }

  /** The node with this id, or undefined (useful after `ws.workflows.edit()`). */
  getNode(id: string): WorkflowNodeRef | undefined {
    return this.nodeRefs.get(id);
  }

  /**
   * Adds a node of a catalog type (unknown types throw `unknown_node_type` with close
   * matches), optionally with its config, checked as `node.config()` checks it.
   */
  node<Type extends keyof Catalog & string>(
    type: Type,
    config?: NodeConfigInput<Catalog[Type]>,
  ): WorkflowNodeRef<Type, Catalog[Type]>;
  node<Type extends keyof Catalog & string>(
    type: Type,
    config?: object,
  ): WorkflowNodeRef<Type, Catalog[Type]> {
    const definition = this.catalog.require(type, this.type);
    const node = new WorkflowNodeRef(definition, { x: this.nextX, y: 0 });
    if (config) node.config(config as ConfigValues);
    this.nextX += X_STEP;
    this.nodeRefs.set(node.id, node);
    return node as unknown as WorkflowNodeRef<Type, Catalog[Type]>;
  }

  /**
   * Escape hatch: adds a node of a type the catalog's types do not know (or with config
   * they do not describe), unchecked at compile time. The server's catalog still checks it
   * at run time, as `node()` does.
   */
  untypedNode(type: string, config?: ConfigValues): WorkflowNodeRef {
    return (this as unknown as WorkflowBuilder<UntypedNodeCatalog>).node(type, config);
  }

  /** Removes a node and every edge that touches it. */
  remove(node: WorkflowNodeRef): this {
    this.own(node, "remove");
    this.nodeRefs.delete(node.id);
    this.edgeList = this.edgeList.filter(
      (edge) => edge.from_id.node_id !== node.id && edge.to_id.node_id !== node.id,
    );
    return this;
  }

  /**
   * Links an output to an input. A node stands for its default output (the first that is not
   * `on_error`) or its first input; a variable input needs its key: `gen.input("variables", "Input 1")`.
   * Linking the same pair twice adds one edge.
   */
  link(
    from: NodeOutputRef | WorkflowNodeRef,
    to: NodeInputRef | WorkflowNodeRef,
    options: { optional?: boolean } = {},
  ): this {
    const output = from instanceof WorkflowNodeRef ? from.output() : from;
    const input = to instanceof WorkflowNodeRef ? to.input() : to;
    if (output?.kind !== "output" || input?.kind !== "input") {
      throw new WorkflowBuilderError(
        "invalid_link",
        "link(from, to) takes an output (node.output()) then an input (node.input(name, key)).",
      );
    }
    this.own(output.node, "link");
    this.own(input.node, "link");
    if (output.node === input.node) {
      throw new WorkflowBuilderError(
        "invalid_link",
        `Cannot link ${output.node.description} to itself.`,
      );
    }
    const duplicate = this.edgeList.some(
      (edge) =>
        edge.from_id.node_id === output.node.id &&
        edge.from_id.connector_name === output.name &&
        edge.to_id.node_id === input.node.id &&
        edge.to_id.connector_name === input.name &&
        (edge.to_id.key ?? null) === input.key,
    );
    if (duplicate) return this;
    if (input.key !== null) input.node.addVariableKey(input.name, input.key);
    const optional = options.optional ?? false;
    this.edgeList.push({
      id: globalThis.crypto.randomUUID(),
      from_id: { node_id: output.node.id, connector_name: output.name, key: null, optional },
      to_id: { node_id: input.node.id, connector_name: input.name, key: input.key, optional },
    });
    return this;
  }

  /**
   * Links a chain: each step's output to the next step's input. A node uses its default
   * connectors; give an input ref to pick the input (and key) a step is entered by, e.g.
   * `linkMany(input, gen.input("variables", "Input 1"), output)`.
   */
  linkMany(...steps: LinkStep[]): this {
    if (steps.length < 2) {
      throw new WorkflowBuilderError("invalid_link", "linkMany() needs at least two steps.");
    }
    for (let i = 1; i < steps.length; i++) {
      const previous = steps[i - 1] as LinkStep;
      const next = steps[i] as LinkStep;
      if (!(next instanceof WorkflowNodeRef) && next.kind === "output") {
        throw new WorkflowBuilderError(
          "invalid_link",
          `linkMany() step ${i + 1} is an output; only the first step may be one.`,
        );
      }
      const from =
        previous instanceof WorkflowNodeRef
          ? previous
          : previous.kind === "output"
            ? previous
            : previous.node;
      this.link(from, next);
    }
    return this;
  }

  /** Throws `missing_config` for the first node whose required config has no value. */
  validate(): void {
    for (const node of this.nodeRefs.values()) {
      const key = missingRequired(node.configValues, node.definition.config);
      if (key !== undefined) {
        throw new WorkflowBuilderError(
          "missing_config",
          `Missing required config value for ${node.description}: ${key}. Set it with .config({ ${key}: … }).`,
        );
      }
    }
  }

  /** The definition as the API stores it (`{ nodes, edges }`). */
  toDefinition(): WorkflowDefinition {
    return {
      nodes: this.nodes.map((node) => node.toJSON()),
      edges: structuredClone(this.edgeList),
    };
  }

  /**
   * Validates, then creates the workflow (or updates it, for a builder from `edit()` or one
   * saved before) and returns it as the server saved it.
   */
  async save(options: SaveWorkflowOptions = {}): Promise<Workflow> {
    this.validate();
    const body: WorkflowBody = {
      name: this.name,
      type: this.type,
      definition: this.toDefinition(),
    };
    const { force, signal } = options;
    const saved =
      this.id === undefined
        ? await this.persister.create(
            { ...body, ...(this.errorHandler ? { errorHandler: this.errorHandler } : {}) },
            signal ? { signal } : {},
          )
        : // Every field is sent on update, so that no GET is needed to keep the error handler.
          await this.persister.update(
            this.id,
            { ...body, errorHandler: this.errorHandler ?? null },
            { ...(force !== undefined ? { force } : {}), ...(signal ? { signal } : {}) },
          );
    this.id = saved.id;
    return saved;
  }

  private adopt(node: WorkflowNode): void {
    // Editing must not drop a node silently: an unknown type stops here with the same error.
    const definition: NodeDefinition = this.catalog.require(node.type, this.type);
    const ref = new WorkflowNodeRef(definition, { x: this.nextX, y: 0 }, node);
    this.nodeRefs.set(ref.id, ref);
    const x = node.display?.position?.x;
    this.nextX = Math.max(this.nextX, (typeof x === "number" ? x : this.nextX) + X_STEP);
  }

  private own(node: WorkflowNodeRef, action: string): void {
    if (this.nodeRefs.get(node?.id) !== node) {
      throw new WorkflowBuilderError(
        "invalid_link",
        `Cannot ${action} ${node?.description ?? "a value that is not a node"}: it is not a node of this builder (add it with builder.node()).`,
      );
    }
  }
}
