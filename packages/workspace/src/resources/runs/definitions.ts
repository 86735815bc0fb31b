import type { Run, WorkflowDefinition } from "@noxus/client";
import type { CallOptions, WorkspaceContext } from "../../context.js";
import { NoxusInputError } from "../../errors.js";

/**
 * Loads the definition a run executed (its saved version when it names one, else the
 * workflow's current definition), once per workflow and version: a handle, or a whole
 * runMany batch, shares one loader so reading outputs costs one request, not one per run.
 */
export class DefinitionLoader {
  private readonly cache = new Map<string, Promise<WorkflowDefinition>>();

  constructor(private readonly context: WorkspaceContext) {}

  load(run: Run, options: CallOptions = {}): Promise<WorkflowDefinition> {
    const versionId = run.workflow_version_id ?? undefined;
    const key = `${run.workflow_id}/${versionId ?? ""}`;
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.fetch(run.workflow_id, versionId, options);
      // A failed load (abort, network) must not poison later calls.
      pending.catch(() => this.cache.delete(key));
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async fetch(
    workflowId: string,
    versionId: string | undefined,
    { signal }: CallOptions,
  ): Promise<WorkflowDefinition> {
    const params = { path: { workflow_id: workflowId } };
    if (versionId === undefined) {
      const { data } = await this.context.client.GET("/v1/workflows/{workflow_id}", {
        params,
        signal,
      });
      return data.definition;
    }
    // There is no GET for one version; the list is a plain array.
    const { data } = await this.context.client.GET("/v1/workflows/{workflow_id}/versions", {
      params,
      signal,
    });
    const version = data.find((item) => item.id === versionId);
    if (!version) {
      throw new NoxusInputError(
        "unknown_version",
        `The run used version ${versionId} of workflow ${workflowId}, which no longer exists; its output labels cannot be read. Read run.output by "<node_id>::output" instead.`,
      );
    }
    return version.definition;
  }
}
