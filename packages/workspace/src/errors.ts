import { NoxusError, type Run } from "@noxus/client";

/**
 * Errors of the workspace SDK itself. API answers surface as @noxus/client's NoxusApiError
 * subclasses (NoxusNotFoundError for an unknown workflow id, …); transport failures as
 * NoxusConnectionError / NoxusTimeoutError / NoxusAbortError.
 */

/** An argument the SDK refuses before sending anything (e.g. an empty file list). */
export class NoxusInputError extends NoxusError {
  override name = "NoxusInputError";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type WorkflowBuilderErrorCode =
  | "unknown_node_type"
  | "invalid_config_key"
  | "missing_config"
  | "invalid_config_value"
  | "unknown_connector"
  | "variable_key_required"
  | "invalid_link";

/** A workflow built with `ws.workflows.build()` does not fit the node catalog. */
export class WorkflowBuilderError extends NoxusError {
  override name = "WorkflowBuilderError";
  constructor(
    readonly code: WorkflowBuilderErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A run ended `failed`; the run (with its error, progress and partial output) is attached. */
export class RunFailedError extends NoxusError {
  override name = "RunFailedError";
  constructor(readonly run: Run) {
    const detail = (run as { error?: unknown }).error;
    super(
      `Run ${run.id} of workflow ${run.workflow_id} failed${typeof detail === "string" && detail ? `: ${detail}` : ""}. Hint: inspect error.run.progress_details for the failing node.`,
    );
  }
}

/** `wait({ timeoutMs })` ran out before the run ended; the run as last seen is attached. */
export class RunWaitTimeoutError extends NoxusError {
  override name = "RunWaitTimeoutError";
  constructor(
    readonly run: Run,
    readonly timeoutMs: number,
  ) {
    super(
      `Run ${run.id} was still ${run.status} after ${timeoutMs} ms. Hint: wait longer (timeoutMs), or keep the handle and call wait() again later.`,
    );
  }
}
