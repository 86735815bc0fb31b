import {
  NoxusAbortError,
  type Workflow,
  type WorkflowDefinition,
  type WorkflowType,
} from "@noxus/client";
import { abortable, defined } from "@noxus/client/internal";
import type { CallOptions, WorkspaceContext } from "../context.js";
import { NoxusInputError } from "../errors.js";
import { requireId, requireText } from "../internal/validate.js";
import type { ListOptions, Paginated } from "../pagination.js";
import { Runs } from "./runs.js";
import {
  type SaveWorkflowOptions,
  type WorkflowBody,
  WorkflowBuilder,
} from "./workflows/builder.js";
import { NodeCatalog } from "./workflows/catalog.js";
import type { NodeCatalogShape, RegisteredNodeCatalog } from "./workflows/typed/shapes.js";
import { TypedWorkflow } from "./workflows/typed/typed-workflow.js";
import type { WorkflowTypeEntry } from "./workflows/typed/workflow-types.js";
import { checkDefinition, checkErrorHandler, checkType } from "./workflows/validate.js";
import { WorkflowVersions } from "./workflows/versions.js";

// Compile-time types: the catalog's node types and saved workflows' inputs and outputs.
export type { DefaultNodeCatalog } from "../generated/catalog.js";
export { type LinkStep, type SaveWorkflowOptions, WorkflowBuilder } from "./workflows/builder.js";
export { NodeCatalog } from "./workflows/catalog.js";
export type { ConfigValue, ConfigValues } from "./workflows/config.js";
export {
  type KnownNodeType,
  type NodeInputRef,
  type NodeOutputRef,
  WorkflowNodeRef,
} from "./workflows/node-ref.js";
export * from "./workflows/typed/index.js";

import { Resource } from "../internal/resource.js";

export { type WorkflowVersionInput, WorkflowVersions } from "./workflows/versions.js";

export interface ListWorkflowsOptions extends ListOptions {
  /** Only workflows of this type (`flow`, `agent_flow`, …); all types when left out. */
  type?: WorkflowType;
}

/** A new workflow: a name and a definition (nodes and edges); `type` defaults to `flow`. */
export interface CreateWorkflowInput {
  name: string;
  definition: WorkflowDefinition;
  type?: WorkflowType;
  /** Id of the workflow that handles this one's errors. */
  errorHandler?: string | null;
}

/**
 * The fields to change. The API replaces name, definition and error handler on every
 * update, so fields left out are read from the saved workflow first (one extra GET) rather
 * than lost; `errorHandler: null` removes the handler.
 */
export type UpdateWorkflowInput = Partial<CreateWorkflowInput>;

export interface UpdateWorkflowOptions extends CallOptions {
  /** The API's `force` flag (sent as `True`/`False`, as the Python SDK writes it). */
  force?: boolean;
}

export interface BuildWorkflowOptions extends CallOptions {
  /** Default `flow`; `agent_flow` allows the agent-flow-only node types. */
  type?: WorkflowType;
  errorHandler?: string | null;
}

/**
 * Workflows and agent flows of the workspace, their versions, and the typed builder.
 *
 * @example
 * for await (const workflow of ws.workflows.list({ type: "flow" })) console.log(workflow.name);
 */
export class Workflows extends Resource {
  readonly versions: WorkflowVersions;
  // One catalog fetch per Workflows instance, shared by every builder (reset on failure).
  private catalogPromise: Promise<NodeCatalog> | undefined;

  constructor(context: WorkspaceContext) {
    super(context);
    this.versions = new WorkflowVersions(context);
  }

  /** Every workflow across all pages (the Python SDK returns only the first page). */
  list(options: ListWorkflowsOptions = {}): Paginated<Workflow> {
    const { type, ...listOptions } = options;
    checkType(type);
    return this.paginate<Workflow>(async ({ page, size, signal }) => {
      const { data } = await this.context.client.GET("/v1/workflows", {
        params: { query: { page, size, ...(type ? { type } : {}) } },
        signal,
      });
      return data;
    }, listOptions);
  }

  /** One workflow; an unknown id throws NoxusNotFoundError. */
  async get(id: string, options: CallOptions = {}): Promise<Workflow> {
    requireId(id, "workflow id");
    const { data } = await this.context.client.GET("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: id } },
      ...this.call(options),
    });
    return data;
  }

  /**
   * Saves a new workflow from a ready definition and returns it (with its id). To assemble a
   * definition node by node, checked against the node catalog, use `build()` instead.
   * @throws NoxusInputError for a missing name or a malformed definition, before any request.
   *
   * @example
   * const copy = await ws.workflows.create({ name: "Summarise (copy)", definition: original.definition });
   * const run = await ws.runs.create(copy.id, { Topic: "cats" });
   */
  async create(input: CreateWorkflowInput, options: CallOptions = {}): Promise<Workflow> {
    requireText(input?.name, "name");
    checkDefinition(input.definition);
    checkType(input.type);
    checkErrorHandler(input.errorHandler);
    const { data } = await this.context.client.POST("/v1/workflows", {
      body: toBody({ ...input, type: input.type ?? "flow" }),
      ...this.call(options),
    });
    return data;
  }

  /**
   * Changes a workflow's name, definition, type or error handler and returns it as saved;
   * fields left out keep their saved values.
   * @throws NoxusInputError when `input` changes nothing; NoxusNotFoundError for an unknown id.
   *
   * @example
   * const renamed = await ws.workflows.update(workflow.id, { name: "Summarise v2" });
   */
  async update(
    id: string,
    input: UpdateWorkflowInput,
    options: UpdateWorkflowOptions = {},
  ): Promise<Workflow> {
    requireId(id, "workflow id");
    const fields = Object.entries(input ?? {}).filter(([, value]) => value !== undefined);
    if (fields.length === 0) {
      throw new NoxusInputError(
        "nothing_to_update",
        "update() needs at least one of name, definition, type, errorHandler.",
      );
    }
    if (input.name !== undefined) requireText(input.name, "name");
    if (input.definition !== undefined) checkDefinition(input.definition);
    checkType(input.type);
    checkErrorHandler(input.errorHandler);
    const { signal } = options;
    const current =
      input.name === undefined || input.definition === undefined || input.errorHandler === undefined
        ? await this.get(id, { signal })
        : undefined;
    const body: WorkflowBody = {
      name: input.name ?? (current as Workflow).name,
      definition: input.definition ?? (current as Workflow).definition,
      type: input.type ?? current?.type ?? "flow",
      errorHandler:
        input.errorHandler !== undefined ? input.errorHandler : (current?.error_handler ?? null),
    };
    return this.send(id, body, options);
  }

  /** Deletes the workflow; its runs in flight are stopped by the server. */
  async delete(id: string, options: CallOptions = {}): Promise<void> {
    requireId(id, "workflow id");
    await this.context.client.DELETE("/v1/workflows/{workflow_id}", {
      params: { path: { workflow_id: id } },
      ...this.call(options),
    });
  }

  /**
   * The node catalog (`GET /v1/nodes`), fetched once per Workflows and shared. An aborted
   * `signal` rejects this call only: the shared fetch goes on for the other callers.
   */
  catalog(options: CallOptions = {}): Promise<NodeCatalog> {
    if (!this.catalogPromise) {
      const loading = this.context.client
        .GET("/v1/nodes")
        .then(({ data }) => new NodeCatalog(data));
      loading.catch(() => {
        if (this.catalogPromise === loading) this.catalogPromise = undefined;
      });
      this.catalogPromise = loading;
    }
    return abortable(
      this.catalogPromise,
      options.signal,
      (reason) => new NoxusAbortError("GET", "/v1/nodes", reason),
    );
  }

  /**
   * A builder for a new workflow, with the catalog loaded (hence async): after the await,
   * `node()`, `config()` and `link()` check everything synchronously, and `save()` creates it.
   */
  async build<Catalog extends NodeCatalogShape = RegisteredNodeCatalog>(
    name: string,
    options: BuildWorkflowOptions = {},
  ): Promise<WorkflowBuilder<Catalog>> {
    requireText(name, "name");
    checkType(options.type);
    checkErrorHandler(options.errorHandler);
    const catalog = await this.catalog({ signal: options.signal });
    return new WorkflowBuilder<Catalog>(catalog, this.persister(), {
      name,
      type: options.type ?? "flow",
      ...defined({ errorHandler: options.errorHandler }),
    });
  }

  /** A builder over a saved workflow: add, configure, link or remove nodes, then `save()` updates it. */
  async edit<Catalog extends NodeCatalogShape = RegisteredNodeCatalog>(
    id: string,
    options: CallOptions = {},
  ): Promise<WorkflowBuilder<Catalog>> {
    requireId(id, "workflow id");
    const [workflow, catalog] = await Promise.all([this.get(id, options), this.catalog(options)]);
    return new WorkflowBuilder<Catalog>(catalog, this.persister(), {
      name: workflow.name,
      type: workflow.type,
      errorHandler: workflow.error_handler ?? null,
      existing: workflow,
    });
  }

  /**
   * A saved workflow typed by its generated types (`noxus types workflows --out FILE`):
   * its runs take exactly its inputs and read outputs by its labels, after a check that the
   * workflow still matches the types (WorkflowTypesStaleError otherwise).
   */
  typed<Entry extends WorkflowTypeEntry>(types: Entry): TypedWorkflow<Entry> {
    return new TypedWorkflow(types, this, new Runs(this.context));
  }

  private persister() {
    return {
      create: (body: WorkflowBody, options: CallOptions) => this.create(body, options),
      update: (id: string, body: WorkflowBody, options: SaveWorkflowOptions) =>
        this.send(id, body, options),
    };
  }

  private async send(id: string, body: WorkflowBody, options: UpdateWorkflowOptions) {
    const { data } = await this.context.client.PATCH("/v1/workflows/{workflow_id}", {
      // Always sent, capitalised, as the Python SDK does (reference §2.3).
      params: { path: { workflow_id: id }, query: { force: options.force ? "True" : "False" } },
      body: toBody(body),
      ...this.call(options),
    });
    return data;
  }
}

function toBody(input: CreateWorkflowInput) {
  return {
    name: input.name,
    ...(input.type ? { type: input.type } : {}),
    definition: input.definition,
    // Sent only when set (reference §4.1); null clears it on update.
    ...defined({ error_handler: input.errorHandler }),
  };
}
