import type { Schema } from "@noxus/client";
import { WorkflowBuilderError } from "../../errors.js";

type ConfigDefinition = Schema<"ConfigDefinition">;

/** A JSON value: what a node's config may hold (files and images go as `{ uri, name }`). */
export type ConfigValue =
  | string
  | number
  | boolean
  | null
  | ConfigValue[]
  | { [key: string]: ConfigValue };

/** Config values to set on a node; `undefined` or `null` clears a key. */
export type ConfigValues = Record<string, ConfigValue | undefined>;

// Data types with a JSON shape the builder can check; the others (Image, File, Custom, Any,
// …) are objects whose shape the catalog does not describe, so any value passes.
const VALUE_CHECKS: Partial<Record<ConfigDefinition["type"], [(v: unknown) => boolean, string]>> = {
  str: [(v) => typeof v === "string", "a string"],
  bool: [(v) => typeof v === "boolean", "a boolean"],
  int: [(v) => Number.isInteger(v), "an integer"],
  float: [(v) => typeof v === "number" && Number.isFinite(v), "a number"],
  list: [Array.isArray, "a list (array)"],
  dict: [(v) => typeof v === "object" && v !== null && !Array.isArray(v), "an object"],
};

/** Unset, as the server sees it: an empty string counts as no value. */
export const isMissing = (value: unknown): boolean =>
  value === undefined || value === null || value === "";

/** Required = not optional and without a default; the same rule as the server's validator. */
export function isRequired(definition: ConfigDefinition): boolean {
  return definition.optional === false && isMissing(definition.default);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  return typeof value === "number" && !Number.isInteger(value)
    ? "a fractional number"
    : `a ${typeof value}`;
}

/**
 * Checks `values` against a node type's config map before anything is set, so a rejected
 * call leaves the node unchanged. `where` names the node in messages.
 */
export function checkConfig(
  values: ConfigValues,
  config: Record<string, ConfigDefinition>,
  where: string,
): void {
  for (const [key, value] of Object.entries(values)) {
    const definition = config[key];
    if (!definition) {
      // Only visible keys are suggested, as in the Python SDK; hidden keys are still accepted.
      const possible = Object.entries(config)
        .filter(([, entry]) => entry.visible !== false)
        .map(([name]) => name);
      throw new WorkflowBuilderError(
        "invalid_config_key",
        `Invalid config key: ${key} (possible: ${possible.join(", ")}) on ${where}.`,
      );
    }
    if (value === undefined || value === null) continue;
    const check = VALUE_CHECKS[definition.type];
    if (check && !check[0](value)) {
      throw new WorkflowBuilderError(
        "invalid_config_value",
        `Invalid config value for ${key} on ${where}: expected ${check[1]} (${definition.type}), got ${describe(value)}.`,
      );
    }
  }
}

/** The first required config key without a value, if any. */
export function missingRequired(
  values: Readonly<Record<string, unknown>>,
  config: Record<string, ConfigDefinition>,
): string | undefined {
  return Object.entries(config).find(
    ([key, definition]) => isRequired(definition) && isMissing(values[key]),
  )?.[0];
}
