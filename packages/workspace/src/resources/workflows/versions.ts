import type { WorkflowDefinition, WorkflowVersion } from "@noxus/client";
import { defined } from "@noxus/client/internal";
import type { CallOptions } from "../../context.js";
import { NoxusInputError } from "../../errors.js";
import { Resource } from "../../internal/resource.js";
import { requireId, requireText } from "../../internal/validate.js";
import { checkDefinition } from "./validate.js";

/** A version to save: a name, an optional description, and the definition it freezes. */
export interface WorkflowVersionInput {
  name: string;
  description?: string | null;
  definition: WorkflowDefinition;
}

function checkVersion(input: WorkflowVersionInput): void {
  requireText(input?.name, "version name");
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
export class WorkflowVersions extends Resource {
  /**
   * Saves a new version of the workflow (a snapshot of `definition`) and returns it.
   * @throws NoxusInputError for a missing name or a malformed definition; NoxusNotFoundError for an unknown workflow.
   *
   * @example
   * const version = await ws.workflows.versions.create(workflow.id, { name: "v1", definition: workflow.definition });
   */
  async create(
    workflowId: string,
    input: WorkflowVersionInput,
    options: CallOptions = {},
  ): Promise<WorkflowVersion> {
    requireId(workflowId, "workflowId");
    checkVersion(input);
    const { data } = await this.context.client.POST("/v1/workflows/{workflow_id}/versions", {
      params: { path: { workflow_id: workflowId } },
      body: toBody(input),
      ...this.call(options),
    });
    return data;
  }

  /** Every version of the workflow (the API answers a plain array, not pages). */
  async list(workflowId: string, options: CallOptions = {}): Promise<WorkflowVersion[]> {
    requireId(workflowId, "workflowId");
    const { data } = await this.context.client.GET("/v1/workflows/{workflow_id}/versions", {
      params: { path: { workflow_id: workflowId } },
      ...this.call(options),
    });
    return data;
  }

  /** Replaces a saved version's name, description and definition, and returns it. */
  async update(
    workflowId: string,
    versionId: string,
    input: WorkflowVersionInput,
    options: CallOptions = {},
  ): Promise<WorkflowVersion> {
    requireId(workflowId, "workflowId");
    requireId(versionId, "versionId");
    checkVersion(input);
    const { data } = await this.context.client.PATCH(
      "/v1/workflows/{workflow_id}/versions/{version_id}",
      {
        params: { path: { workflow_id: workflowId, version_id: versionId } },
        body: toBody(input),
        ...this.call(options),
      },
    );
    return data;
  }
}

const toBody = (input: WorkflowVersionInput) => ({
  name: input.name,
  ...defined({ description: input.description }),
  definition: input.definition,
});
