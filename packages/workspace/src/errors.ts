import { NoxusError, type Run } from "@noxus/client";

/**
 * Errors of the workspace SDK itself. API answers surface as @noxus/client's NoxusApiError
 * subclasses (NoxusNotFoundError for an unknown workflow id, …); transport failures as
 * NoxusConnectionError / NoxusTimeoutError / NoxusAbortError.
 */

/** Why the SDK refused an argument; one name per kind of mistake. */
export type NoxusInputErrorCode =
  | "empty_file_list"
  | "empty_message"
  | "empty_query"
  | "invalid_callback_url"
  | "invalid_definition"
  | "invalid_description"
  | "invalid_document"
  | "invalid_etag"
  | "invalid_file"
  | "invalid_id"
  | "invalid_input"
  | "invalid_knowledge_base"
  | "invalid_label"
  | "invalid_message"
  | "invalid_name"
  | "invalid_option"
  | "invalid_page_size"
  | "invalid_path"
  | "invalid_prefix"
  | "invalid_run"
  | "invalid_settings"
  | "invalid_source"
  | "invalid_status"
  | "invalid_trigger"
  | "invalid_trigger_type"
  | "invalid_workflow_type"
  | "nothing_to_update"
  | "output_missing"
  | "settings_or_agent"
  | "unknown_output"
  | "unknown_version"
  | "unnamed_file";

/** What an error of the SDK's own can carry besides its code and message. */
export interface NoxusInputErrorOptions {
  /** What to do about it, shown apart from the message. */
  hint?: string | undefined;
  cause?: unknown;
}

/** An argument the SDK refuses before sending anything (e.g. an empty file list). */
export class NoxusInputError extends NoxusError {
  override name = "NoxusInputError";
  declare readonly code: NoxusInputErrorCode;
  constructor(code: NoxusInputErrorCode, message: string, options: NoxusInputErrorOptions = {}) {
    super(message, { ...options, code });
  }
}

/** Why a WorkflowBuilderError was thrown; branch on it, not on the message. */
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
  declare readonly code: WorkflowBuilderErrorCode;
  constructor(
    code: WorkflowBuilderErrorCode,
    message: string,
    options: NoxusInputErrorOptions = {},
  ) {
    super(message, { ...options, code });
  }
}

/** A run ended `failed`; the run (with its error, progress and partial output) is attached. */
export class RunFailedError extends NoxusError {
  override name = "RunFailedError";
  declare readonly code: "run_failed";
  constructor(readonly run: Run) {
    const detail = (run as { error?: unknown }).error;
    super(
      `Run ${run.id} of workflow ${run.workflow_id} failed${typeof detail === "string" && detail ? `: ${detail}` : "."}`,
      { code: "run_failed", hint: "Inspect error.run.progress_details for the failing node." },
    );
  }
}

/** `wait({ timeoutMs })` ran out before the run ended; the run as last seen is attached. */
export class RunWaitTimeoutError extends NoxusError {
  override name = "RunWaitTimeoutError";
  declare readonly code: "run_wait_timeout";
  constructor(
    readonly run: Run,
    readonly timeoutMs: number,
  ) {
    super(`Run ${run.id} was still ${run.status} after ${timeoutMs} ms.`, {
      code: "run_wait_timeout",
      hint: "Wait longer (timeoutMs), or keep the handle and call wait() again later.",
      retryable: true,
    });
  }
}
