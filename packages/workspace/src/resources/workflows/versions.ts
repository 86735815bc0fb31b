import type { WorkflowDefinition, WorkflowVersion } from "@noxus/client";
import type { CallOptions, WorkspaceContext } from "../../context.js";
import { NoxusInputError } from "../../errors.js";
import { checkDefinition, checkId, checkName } from "./validate.js";

/** What a version holds (reference §2.3: the version endpoints send only these). */
export interface WorkflowVersionInput {
  name: string;
  description?: string | null;
  definition: WorkflowDefinition;
}

function checkVersion(input: WorkflowVersionInput): void {
  checkName(input?.name, "version name");
  checkDefinition(input.definition);
  if (
    input.description !== undefined &&
    input.description !== null &&
    typeof input.description !== "string"
  ) {
    throw new NoxusInputError("invalid_description", "description must be a string or null.");
  }
}

/** Saved versions of a workflow: `ws.workflows.versions`. */
export class WorkflowVersions {
  constructor(private readonly context: WorkspaceContext) {}

  async create(
    workflowId: string,
    input: WorkflowVersionInput,
    options: CallOptions = {},
  ): Promise<WorkflowVersion> {
    checkId(workflowId, "workflowId");
    checkVersion(input);
    const { data } = await this.context.client.POST("/v1/workflows/{workflow_id}/versions", {
      params: { path: { workflow_id: workflowId } },
      body: toBody(input),
      signal: options.signal,
    });
    return data;
  }

  /** Every version of the workflow (the API answers a plain array, not pages). */
  async list(workflowId: string, options: CallOptions = {}): Promise<WorkflowVersion[]> {
    checkId(workflowId, "workflowId");
    const { data } = await this.context.client.GET("/v1/workflows/{workflow_id}/versions", {
      params: { path: { workflow_id: workflowId } },
      signal: options.signal,
    });
    return data;
  }

  async update(
    workflowId: string,
    versionId: string,
    input: WorkflowVersionInput,
    options: CallOptions = {},
  ): Promise<WorkflowVersion> {
    checkId(workflowId, "workflowId");
    checkId(versionId, "versionId");
    checkVersion(input);
    const { data } = await this.context.client.PATCH(
      "/v1/workflows/{workflow_id}/versions/{version_id}",
      {
        params: { path: { workflow_id: workflowId, version_id: versionId } },
        body: toBody(input),
        signal: options.signal,
      },
    );
    return data;
  }
}

const toBody = (input: WorkflowVersionInput) => ({
  name: input.name,
  ...(input.description !== undefined ? { description: input.description } : {}),
  definition: input.definition,
});
