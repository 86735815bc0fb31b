import type { WorkflowDefinition, WorkflowType } from "@noxus/client";
import { NoxusInputError } from "../../errors.js";
import { describeValue, requireId } from "../../internal/validate.js";

// Every WorkflowType, checked by the compiler against the spec's enum.
const WORKFLOW_TYPES = {
  flow: true,
  agent_flow: true,
  handler: true,
  ingestion: true,
} satisfies Record<WorkflowType, true>;

export function checkType(value: unknown): asserts value is WorkflowType | undefined {
  if (value !== undefined && !(typeof value === "string" && value in WORKFLOW_TYPES)) {
    throw new NoxusInputError(
      "invalid_workflow_type",
      `type must be one of ${Object.keys(WORKFLOW_TYPES).join(", ")}, got ${describeValue(value)}.`,
    );
  }
}

/** The API rejects a definition without both keys; say so before sending. */
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
  if (value !== undefined && value !== null) requireId(value, "errorHandler");
}
