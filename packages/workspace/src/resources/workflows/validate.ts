import type { WorkflowDefinition, WorkflowType } from "@noxus/client";
import { NoxusInputError } from "../../errors.js";

// Every WorkflowType, checked by the compiler against the spec's enum.
const WORKFLOW_TYPES = {
  flow: true,
  agent_flow: true,
  handler: true,
  ingestion: true,
} satisfies Record<WorkflowType, true>;

const shown = (value: unknown): string =>
  value === undefined ? "undefined" : (JSON.stringify(value) ?? String(value));

/** A non-empty string id; an empty one would turn `/v1/workflows/{id}` into another route. */
export function checkId(value: unknown, what: string): asserts value is string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new NoxusInputError(
      "invalid_id",
      `${what} must be a non-empty string, got ${shown(value)}.`,
    );
  }
}

export function checkName(value: unknown, what = "name"): asserts value is string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new NoxusInputError(
      "invalid_name",
      `${what} must be a non-empty string, got ${shown(value)}.`,
    );
  }
}

export function checkType(value: unknown): asserts value is WorkflowType | undefined {
  if (value !== undefined && !(typeof value === "string" && value in WORKFLOW_TYPES)) {
    throw new NoxusInputError(
      "invalid_workflow_type",
      `type must be one of ${Object.keys(WORKFLOW_TYPES).join(", ")}, got ${shown(value)}.`,
    );
  }
}

/** The API rejects a definition without both keys (reference §2.3); say so before sending. */
export function checkDefinition(value: unknown): asserts value is WorkflowDefinition {
  const definition = value as Partial<WorkflowDefinition> | null | undefined;
  if (
    typeof definition !== "object" ||
    definition === null ||
    !Array.isArray(definition.nodes) ||
    !Array.isArray(definition.edges)
  ) {
    throw new NoxusInputError(
      "invalid_definition",
      "definition must be an object with `nodes` and `edges` arrays (build one with ws.workflows.build(), or pass workflow.definition).",
    );
  }
}

export function checkErrorHandler(value: unknown): void {
  if (value !== undefined && value !== null) checkId(value, "errorHandler");
}

export function checkPageSize(value: unknown): void {
  if (
    value !== undefined &&
    !(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 100)
  ) {
    throw new NoxusInputError(
      "invalid_page_size",
      `pageSize must be an integer from 1 to 100, got ${shown(value)}.`,
    );
  }
}
