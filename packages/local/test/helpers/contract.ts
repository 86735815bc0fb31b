import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { loadSpec } from "../../src/spec.js";

// biome-ignore lint/suspicious/noExplicitAny: the spec document is walked generically
type Json = any;

interface Route {
  operationId: string;
  method: string;
  template: string;
  pattern: RegExp;
  responses: Record<string, Json>;
}

const { document, operations } = loadSpec();
const spec = document as Json;

function deref(node: Json): Json {
  let current = node;
  while (current?.$ref) {
    current = (current.$ref as string)
      .replace(/^#\//, "")
      .split("/")
      .reduce(
        (value: Json, key: string) => value?.[key.replace(/~1/g, "/").replace(/~0/g, "~")],
        spec,
      );
  }
  return current;
}

// Literal paths before parameterised ones, so /v1/runs/search never matches /v1/runs/{run_id}.
const routes: Route[] = operations
  .map((operation) => ({
    operationId: operation.operationId,
    method: operation.method,
    template: operation.path,
    pattern: new RegExp(`^${operation.path.replace(/\{[^}]+\}/g, "[^/]+")}$`),
    responses: spec.paths[operation.path][operation.method.toLowerCase()].responses,
  }))
  .sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
ajv.addSchema({ ...spec, $id: "noxus" });
const validators = new Map<string, ValidateFunction>();

function validatorFor(schema: Json): ValidateFunction {
  // Build a $ref into the registered document so that every nested $ref resolves there.
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(
      schema.$ref
        ? { $ref: `noxus${schema.$ref}` }
        : { $id: `inline-${validators.size}`, ...rewriteRefs(schema) },
    );
    validators.set(key, validate);
  }
  return validate;
}

function rewriteRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node && typeof node === "object") {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === "$ref" ? `noxus${value}` : rewriteRefs(value),
      ]),
    );
  }
  return node;
}

export interface ContractFailure {
  operation: string;
  status: number;
  problem: string;
}

/**
 * Checks every response that passes through it against the spec: the status must be one the
 * operation documents, and a JSON body (or each SSE event) must validate against the
 * documented schema. It is the client's `fetch` (the seam the client exposes for exactly
 * this), so requests still go over real HTTP to the real server.
 */
export function createContractRecorder() {
  const exercised = new Set<string>();
  const failures: ContractFailure[] = [];
  const pending: Promise<void>[] = [];

  async function check(route: Route, response: Response) {
    const status = String(response.status);
    const documented = route.responses[status] ?? route.responses.default;
    const label = `${route.method} ${route.template}`;
    if (!documented) {
      failures.push({
        operation: label,
        status: response.status,
        problem: `undocumented status ${status}: ${await response.text()}`,
      });
      return;
    }
    if (response.ok) exercised.add(route.operationId);
    const content = deref(documented).content ?? {};
    const type = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
    if (type === "application/octet-stream" || !content[type]) {
      if (Object.keys(content).length > 0 && !content[type]) {
        failures.push({
          operation: label,
          status: response.status,
          problem: `undocumented content type ${type}`,
        });
      }
      return;
    }
    // An SSE body's schema is the stream's text; each `data:` line follows the event schema.
    const validate = validatorFor(content[type]["x-noxus-event-schema"] ?? content[type].schema);
    const bodies =
      type === "text/event-stream"
        ? (await response.text())
            .split("\n")
            .filter((line) => line.startsWith("data:"))
            .map((line) => JSON.parse(line.slice(5)))
        : [await response.json()];
    for (const body of bodies) {
      if (!validate(body)) {
        failures.push({
          operation: label,
          status: response.status,
          problem: `${ajv.errorsText(validate.errors, { separator: "; " })} in ${JSON.stringify(body).slice(0, 400)}`,
        });
      }
    }
  }

  const fetchAndCheck = async (input: Request, init?: RequestInit): Promise<Response> => {
    const response = await fetch(input, init);
    const path = new URL(input.url).pathname;
    const route = routes.find(
      (candidate) => candidate.method === input.method && candidate.pattern.test(path),
    );
    if (!route) {
      failures.push({
        operation: `${input.method} ${path}`,
        status: response.status,
        problem: "no such operation in the spec",
      });
      return response;
    }
    pending.push(
      check(route, response.clone()).catch((error: Error) => {
        // A test that stops reading a stream aborts it; that is not a contract problem.
        if (error.name !== "AbortError") {
          failures.push({
            operation: `${input.method} ${path}`,
            status: response.status,
            problem: error.message,
          });
        }
      }),
    );
    return response;
  };

  return {
    fetch: fetchAndCheck,
    exercised,
    /** Waits for the checks of streamed responses still being read. */
    async settle(): Promise<ContractFailure[]> {
      await Promise.all(pending.splice(0));
      return failures;
    },
    allOperationIds: routes.map((route) => route.operationId),
  };
}

export type ContractRecorder = ReturnType<typeof createContractRecorder>;
