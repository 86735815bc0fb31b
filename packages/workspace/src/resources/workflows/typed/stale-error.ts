import { NoxusError } from "@noxus/client";

/**
 * A workflow no longer matches the types generated for it (`noxus types workflows`): an
 * input or output was added, removed or changed, or the workflow is gone. Nothing was run.
 */
export class WorkflowTypesStaleError extends NoxusError {
  override name = "WorkflowTypesStaleError";
  override readonly code = "stale_workflow_types" as const;

  constructor(
    /** The workflow's name in the generated types. */
    readonly workflowName: string,
    /** The id the types were generated from (the saved workflow's, if it was found by name). */
    readonly workflowId: string,
    /** One sentence per difference, e.g. `input "text" is gone`. */
    readonly differences: readonly string[],
  ) {
    super(
      `The types of workflow "${workflowName}" (${workflowId}) are stale: ${differences.join("; ")}. Hint: regenerate them with \`noxus types workflows --out <file>\` (or generateWorkflowTypes()) and fix what no longer compiles.`,
    );
  }
}
