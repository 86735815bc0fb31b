import type { Schemas } from "../api-types.js";
import type { PageRequest } from "../http/pagination.js";

export type WorkflowType = Schemas["WorkflowType"];
export type WorkflowDefinition = Schemas["WorkflowDefinition"];

/** A workflow as stored; the handler shapes it into the API's Workflow. */
export interface StoredWorkflow {
  id: string;
  workspaceId: string;
  name: string;
  type: WorkflowType;
  /** Kept exactly as the client sent it (extra node keys such as config_definition included). */
  definition: WorkflowDefinition;
  errorHandler: string | null;
  createdAt: string;
  updatedAt: string;
  runsCount: number;
  lastRunAt: string | null;
}

export interface WorkflowInput {
  name: string;
  type: WorkflowType;
  definition: WorkflowDefinition;
  errorHandler: string | null;
}

export interface StoredWorkflowVersion {
  id: string;
  workflowId: string;
  name: string;
  description: string | null;
  definition: WorkflowDefinition;
  createdAt: string;
}

export interface WorkflowVersionInput {
  name: string;
  description: string | null;
  definition: WorkflowDefinition;
}

/** Workflows (soft-deleted: a deleted workflow is invisible here) and their versions. */
export interface WorkflowStore {
  create(workspaceId: string, input: WorkflowInput): Promise<StoredWorkflow>;
  get(workspaceId: string, workflowId: string): Promise<StoredWorkflow | undefined>;
  /** Whether a live workflow exists, without loading its definition (hot path of run reads). */
  exists(workspaceId: string, workflowId: string): Promise<boolean>;
  list(
    workspaceId: string,
    filter: { type?: WorkflowType | undefined },
    page: PageRequest,
  ): Promise<{ items: StoredWorkflow[]; total: number }>;
  update(
    workspaceId: string,
    workflowId: string,
    input: WorkflowInput,
  ): Promise<StoredWorkflow | undefined>;
  /** Marks the workflow deleted; false when there was none. */
  delete(workspaceId: string, workflowId: string): Promise<boolean>;
  createVersion(
    workspaceId: string,
    workflowId: string,
    input: WorkflowVersionInput,
  ): Promise<StoredWorkflowVersion>;
  /** Newest first. */
  listVersions(workspaceId: string, workflowId: string): Promise<StoredWorkflowVersion[]>;
  getVersion(
    workspaceId: string,
    workflowId: string,
    versionId: string,
  ): Promise<StoredWorkflowVersion | undefined>;
  updateVersion(
    workspaceId: string,
    workflowId: string,
    versionId: string,
    input: WorkflowVersionInput,
  ): Promise<StoredWorkflowVersion | undefined>;
}
