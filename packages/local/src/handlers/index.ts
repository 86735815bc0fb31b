import type { OperationId } from "../api-types.js";
import type { ResourceGroup, ServerContext } from "../http/context.js";
import { HttpError } from "../http/errors.js";
import { type AnyHandler, routeHandler } from "../http/operation.js";
import { loadSpec } from "../spec.js";
import { adminGroup } from "./admin.js";
import { agentsGroup } from "./agents.js";
import { conversationsGroup } from "./conversations.js";
import { filesGroup } from "./files.js";
import { knowledgeBasesGroup } from "./knowledge-bases.js";
import { platformGroup } from "./platform.js";
import { runsGroup } from "./runs.js";
import { workflowsGroup } from "./workflows.js";

/** Every resource group of the server. Each handles a disjoint set of operationIds. */
const GROUPS = [
  platformGroup,
  adminGroup,
  workflowsGroup,
  runsGroup,
  knowledgeBasesGroup,
  filesGroup,
  conversationsGroup,
  agentsGroup,
];

export interface AssembledHandlers {
  handlers: Record<string, AnyHandler>;
  groups: ResourceGroup[];
  /** operationIds of the spec that no group handles (answered 501). Empty when complete. */
  missing: OperationId[];
}

export function assembleHandlers(context: ServerContext): AssembledHandlers {
  const groups = GROUPS.map((factory) => factory(context));
  const handlers: Record<string, AnyHandler> = {};
  for (const group of groups) {
    for (const operationId of Object.keys(group.handlers) as OperationId[]) {
      const handler = group.handlers[operationId];
      if (handlers[operationId]) throw new Error(`two resource groups handle ${operationId}`);
      if (handler) handlers[operationId] = routeHandler(handler);
    }
  }
  const missing = loadSpec()
    .operations.map((operation) => operation.operationId as OperationId)
    .filter((operationId) => !handlers[operationId]);
  for (const operationId of missing) {
    handlers[operationId] = async () => {
      throw new HttpError(501, `${operationId} is not implemented by @noxus/local yet.`);
    };
  }
  return { handlers, groups, missing };
}
