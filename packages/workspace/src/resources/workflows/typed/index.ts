// The compile-time typing of workflows: catalog shapes for the builder, generated
// workflow types for runs, and the generators that write both.
// What the generators read: `GET /v1/nodes` items (`(await ws.workflows.catalog()).definitions`).
export type { NodeDefinition } from "@noxus/client";
export {
  type CatalogTypesOptions,
  generateCatalogTypes,
} from "../../../codegen/catalog-types.js";
export {
  generateWorkflowTypes,
  type WorkflowTypesOptions,
} from "../../../codegen/workflow-types.js";
export type {
  ConfigPatch,
  InputKeyArgs,
  NodeCatalogShape,
  NodeConfigInput,
  NodeFileValue,
  NodeTypeShape,
  NoxusRegister,
  RegisteredNodeCatalog,
  UntypedNodeCatalog,
  UntypedNodeShape,
} from "./shapes.js";
export { WorkflowTypesStaleError } from "./stale-error.js";
export {
  type TypedRunHandle,
  TypedWorkflow,
  type TypedWorkflowSource,
} from "./typed-workflow.js";
export {
  shapeDifferences,
  type WorkflowInputKind,
  type WorkflowInputType,
  type WorkflowOutputLabel,
  type WorkflowRunInputs,
  type WorkflowTypeEntry,
  type WorkflowTypeManifest,
  workflowShape,
} from "./workflow-types.js";
