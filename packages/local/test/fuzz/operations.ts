import { loadSpec } from "../../src/spec.js";

/** A JSON schema as the spec writes it, with every `$ref` resolved. */
export type Schema = Record<string, unknown>;

export interface FuzzParameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  schema: Schema;
}

/** One operation of the spec, as the fuzzer needs it. */
export interface FuzzOperation {
  operationId: string;
  method: string;
  path: string;
  parameters: FuzzParameter[];
  body?: { mediaType: string; schema: Schema; required: boolean };
}

const METHODS = ["get", "post", "put", "patch", "delete"];

function resolve(document: Schema, value: unknown, seen: string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => resolve(document, item, seen));
  if (value === null || typeof value !== "object") return value;
  const ref = (value as { $ref?: unknown }).$ref;
  if (typeof ref === "string") {
    // A recursive schema stops at its second visit: an open object stands in for it.
    if (seen.includes(ref)) return { type: "object" };
    const target = ref
      .slice(2)
      .split("/")
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], document);
    return resolve(document, target, [...seen, ref]);
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, resolve(document, item, seen)]),
  );
}

let cached: FuzzOperation[] | undefined;

/** Every operation of the spec with its parameters and body, `$ref`s resolved. */
export function fuzzOperations(): FuzzOperation[] {
  if (cached) return cached;
  const document = loadSpec().document as Schema;
  const paths = document.paths as Record<string, Record<string, Schema>>;
  const operations: FuzzOperation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolve(document, rawItem) as Record<string, Schema>;
    const shared = (item.parameters ?? []) as unknown as FuzzParameter[];
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const own = (operation.parameters ?? []) as FuzzParameter[];
      const requestBody = operation.requestBody as
        | { required?: boolean; content: Record<string, { schema?: Schema }> }
        | undefined;
      const [mediaType, media] = Object.entries(requestBody?.content ?? {})[0] ?? [];
      operations.push({
        operationId: String(operation.operationId),
        method: method.toUpperCase(),
        path,
        parameters: [...shared, ...own].map((parameter) => ({
          name: parameter.name,
          in: parameter.in,
          required: parameter.required === true,
          schema: parameter.schema ?? {},
        })),
        ...(mediaType
          ? {
              body: {
                mediaType,
                schema: media?.schema ?? {},
                required: requestBody?.required === true,
              },
            }
          : {}),
      });
    }
  }
  cached = operations;
  return operations;
}
