import { readFileSync } from "node:fs";
import { parse } from "yaml";

export const SPEC_PATH = new URL("../noxus.openapi.yaml", import.meta.url);

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

// biome-ignore lint/suspicious/noExplicitAny: the parsed document is checked field by field
export type Json = any;

export function loadSpec(): Json {
  return parse(readFileSync(SPEC_PATH, "utf8"));
}

/** Every operation of the spec as `METHOD /path`, with its object. */
export function operationsOf(spec: Json): { key: string; operation: Json }[] {
  return Object.entries(spec.paths as Record<string, Json>).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => ({
      key: `${method.toUpperCase()} ${path}`,
      operation: item[method],
    })),
  );
}
