import { createHash } from "node:crypto";
import type { Schemas } from "../api-types.js";
import { type ExtraNode, fullCatalog, nodeLookup } from "../catalog/extra-nodes.js";
import { validateDefinition } from "../catalog/validate.js";
import { engineFor } from "../engine/registry.js";
import type { ResourceGroupFactory } from "../http/context.js";
import { invalid, invalidMany, notFound } from "../http/errors.js";
import { readPage, toPage } from "../http/pagination.js";
import type { StoredWorkflow, StoredWorkflowVersion, WorkflowStore } from "../storage/workflows.js";

const toWorkflow = (workflow: StoredWorkflow): Schemas["Workflow"] => ({
  id: workflow.id,
  name: workflow.name,
  type: workflow.type,
  group_id: workflow.workspaceId,
  definition: workflow.definition,
  error_handler: workflow.errorHandler,
  description: null,
  workflow_hash: createHash("sha256").update(JSON.stringify(workflow.definition)).digest("hex"),
  meta: null,
  settings: null,
  saved: true,
  runs_count: workflow.runsCount,
  author_name: null,
  created_at: workflow.createdAt,
  last_updated_at: workflow.updatedAt,
  last_run_at: workflow.lastRunAt,
  deleted_at: null,
});

const toVersion = (version: StoredWorkflowVersion): Schemas["WorkflowVersion"] => ({
  id: version.id,
  name: version.name,
  description: version.description,
  created_at: version.createdAt,
  created_by: null,
  definition: version.definition,
});

/** Checks definitions against the server's catalog (its extra nodes included). */
function definitionChecker(extraNodes: readonly ExtraNode[] | undefined) {
  const lookup = nodeLookup(extraNodes);
  return (definition: Schemas["WorkflowDefinition"]): void => {
    const issues = validateDefinition(definition, ["body", "definition"], lookup);
    if (issues.length > 0) throw invalidMany(issues);
  };
}

async function checkErrorHandler(
  store: WorkflowStore,
  workspaceId: string,
  errorHandler: string | null | undefined,
  self?: string,
): Promise<void> {
  if (!errorHandler) return;
  if (errorHandler === self) {
    throw invalid(["body", "error_handler"], "A workflow cannot be its own error handler.");
  }
  if (!(await store.get(workspaceId, errorHandler))) {
    throw invalid(
      ["body", "error_handler"],
      `No workflow ${errorHandler} in this workspace to use as error handler.`,
    );
  }
}

/** The node catalog, workflows (incl. agent flows) and workflow versions (reference §2.3, §4). */
export const workflowsGroup: ResourceGroupFactory = (context) => {
  const { workflows } = context.storage;
  const engine = engineFor(context);
  const checkDefinition = definitionChecker(context.config.extraNodes);

  const findWorkflow = async (workspaceId: string, workflowId: string) => {
    const workflow = await workflows.get(workspaceId, workflowId);
    if (!workflow) throw notFound("Workflow not found");
    return workflow;
  };

  return {
    handlers: {
      async listNodes() {
        return fullCatalog(context.config.extraNodes);
      },

      async listWorkflows(request) {
        const query = request.query;
        const page = readPage(query);
        const { items, total } = await workflows.list(
          request.auth.workspaceId,
          { type: query.type },
          page,
        );
        return toPage(items.map(toWorkflow), total, page);
      },

      async createWorkflow(request) {
        const body = request.body;
        const { workspaceId } = request.auth;
        checkDefinition(body.definition);
        await checkErrorHandler(workflows, workspaceId, body.error_handler);
        const created = await workflows.create(workspaceId, {
          name: body.name,
          type: body.type ?? "flow",
          definition: body.definition,
          errorHandler: body.error_handler ?? null,
        });
        return toWorkflow(created);
      },

      async getWorkflow(request) {
        const { workflow_id } = request.params;
        return toWorkflow(await findWorkflow(request.auth.workspaceId, workflow_id));
      },

      async updateWorkflow(request) {
        const { workflow_id } = request.params;
        const body = request.body;
        const { workspaceId } = request.auth;
        const existing = await findWorkflow(workspaceId, workflow_id);
        // `force` (true/false or the SDK's True/False) is accepted; this server keeps no
        // concurrent-edit state for it to override, so every valid update applies.
        checkDefinition(body.definition);
        await checkErrorHandler(workflows, workspaceId, body.error_handler, workflow_id);
        const updated = await workflows.update(workspaceId, workflow_id, {
          name: body.name,
          type: body.type ?? existing.type,
          definition: body.definition,
          errorHandler: body.error_handler ?? null,
        });
        if (!updated) throw notFound("Workflow not found");
        return toWorkflow(updated);
      },

      async deleteWorkflow(request) {
        const { workflow_id } = request.params;
        const { workspaceId } = request.auth;
        if (!(await workflows.delete(workspaceId, workflow_id))) {
          throw notFound("Workflow not found");
        }
        await engine.stopWorkflowRuns(workspaceId, workflow_id);
        return { success: true, id: workflow_id };
      },

      async listWorkflowVersions(request) {
        const { workflow_id } = request.params;
        const { workspaceId } = request.auth;
        await findWorkflow(workspaceId, workflow_id);
        return (await workflows.listVersions(workspaceId, workflow_id)).map(toVersion);
      },

      async createWorkflowVersion(request) {
        const { workflow_id } = request.params;
        const body = request.body;
        const { workspaceId } = request.auth;
        await findWorkflow(workspaceId, workflow_id);
        checkDefinition(body.definition);
        const version = await workflows.createVersion(workspaceId, workflow_id, {
          name: body.name,
          description: body.description ?? null,
          definition: body.definition,
        });
        return toVersion(version);
      },

      async updateWorkflowVersion(request) {
        const { workflow_id, version_id } = request.params;
        const body = request.body;
        const { workspaceId } = request.auth;
        await findWorkflow(workspaceId, workflow_id);
        if (!(await workflows.getVersion(workspaceId, workflow_id, version_id))) {
          throw notFound("Workflow version not found");
        }
        checkDefinition(body.definition);
        const version = await workflows.updateVersion(workspaceId, workflow_id, version_id, {
          name: body.name,
          description: body.description ?? null,
          definition: body.definition,
        });
        if (!version) throw notFound("Workflow version not found");
        return toVersion(version);
      },
    },
  };
};
