import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/**
 * Where the OpenAPI spec lives. The published package carries a copy next to its build
 * (dist/noxus.openapi.yaml); in the monorepo the spec comes from @noxus/spec, so there is
 * never a second hand-kept copy.
 */
export function specPath(): string {
  const bundled = fileURLToPath(new URL("./noxus.openapi.yaml", import.meta.url));
  if (existsSync(bundled)) return bundled;
  return fileURLToPath(import.meta.resolve("@noxus/spec/noxus.openapi.yaml"));
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  /** x-noxus-retry-safe and other extensions stay available to the server. */
  extensions: Record<string, unknown>;
}

let cached: { document: Record<string, unknown>; operations: SpecOperation[] } | undefined;

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/** The parsed spec and its operation list, read once per process. */
export function loadSpec() {
  if (cached) return cached;
  const document = parse(readFileSync(specPath(), "utf8")) as Record<string, unknown>;
  const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operations.push({
        operationId: operation.operationId as string,
        method: method.toUpperCase(),
        path,
        extensions: Object.fromEntries(
          Object.entries(operation).filter(([k]) => k.startsWith("x-")),
        ),
      });
    }
  }
  cached = { document, operations };
  return cached;
}
