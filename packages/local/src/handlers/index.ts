import type { OperationId } from "../api-types.js";
import type { Handler, ResourceGroup, ServerContext } from "../http/context.js";
import { HttpError } from "../http/errors.js";
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
  handlers: Record<string, Handler>;
  groups: ResourceGroup[];
  /** operationIds of the spec that no group handles (answered 501). Empty when complete. */
  missing: OperationId[];
}

export function assembleHandlers(context: ServerContext): AssembledHandlers {
  const groups = GROUPS.map((factory) => factory(context));
  const handlers: Record<string, Handler> = {};
  for (const group of groups) {
    for (const [operationId, handler] of Object.entries(group.handlers)) {
      if (handlers[operationId]) throw new Error(`two resource groups handle ${operationId}`);
      if (handler) handlers[operationId] = handler;
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
