import fc from "fast-check";
import type { FuzzOperation, FuzzParameter, Schema } from "./operations.js";

/** One request the fuzzer sends, and what kind of input it is (for the report). */
export interface FuzzRequest {
  operationId: string;
  method: string;
  /** Path and query, e.g. `/v1/runs/abc?page=2`. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  kind: string;
}

export interface FuzzProfile {
  /** Length of the "huge" strings (a multi-megabyte one in the long profile). */
  hugeString: number;
  /** Depth of the deeply nested JSON bodies. */
  nestingDepth: number;
}

/** Ids the fuzz workspace owns, by path parameter name: a request may hit real data. */
export type KnownIds = Record<string, string>;

const str = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

/** Values that fit `schema` (the starting point that mutations then break). */
export function validValue(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ("const" in schema) return fc.constant(schema.const);
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (union?.length) return fc.oneof(...union.map((member) => validValue(member, depth + 1)));
  if (Array.isArray(schema.allOf)) {
    const merged = Object.assign({}, ...(schema.allOf as Schema[])) as Schema;
    return validValue(merged, depth + 1);
  }
  const type = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type];
  const arbitraries = type.map((one) => validOfType(String(one ?? "object"), schema, depth));
  return arbitraries.length === 1
    ? (arbitraries[0] as fc.Arbitrary<unknown>)
    : fc.oneof(...arbitraries);
}

function validOfType(type: string, schema: Schema, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({
        min: (schema.minimum as number | undefined) ?? -1000,
        max: (schema.maximum as number | undefined) ?? 1000,
      });
    case "number":
      return fc.double({
        noNaN: true,
        min: (schema.minimum as number | undefined) ?? -1e6,
        max: (schema.maximum as number | undefined) ?? 1e6,
      });
    case "string":
      if (schema.format === "uuid") return fc.uuid();
      if (schema.format === "uri") return fc.constant("https://example.com/doc.txt");
      if (schema.format === "date-time") return fc.constant("2026-01-01T00:00:00Z");
      return fc.string({
        minLength: (schema.minLength as number | undefined) ?? 0,
        maxLength: Math.max(20, (schema.minLength as number | undefined) ?? 0),
      });
    case "array":
      return fc.array(validValue((schema.items as Schema) ?? {}, depth + 1), {
        minLength: (schema.minItems as number | undefined) ?? 0,
        maxLength: depth > 3 ? 1 : 3,
      });
    default: {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      if (depth > 5) return fc.constant({});
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties)) {
        model[name] = validValue(property, depth + 1);
      }
      return fc.record(model, { requiredKeys: (schema.required as string[] | undefined) ?? [] });
    }
  }
}

/** Values of the wrong type, out of range, or odd text: what a careless client sends. */
function badValue(profile: FuzzProfile): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom<unknown>(
      null,
      true,
      0,
      -1,
      1.5,
      2 ** 53 + 2,
      1e308,
      -1e308,
      "",
      " ",
      "x",
      "\u0000",
      "a\u0000b",
      "😀\u{10ffff}",
      "\ud800",
      [],
      {},
      [1, [2, [3]]],
      { a: { b: { c: {} } } },
    ),
    fc.constant("y".repeat(profile.hugeString)),
    fc.string({ unit: "binary", maxLength: 40 }),
  );
}

const BAD_QUERY_VALUES = [
  "",
  "abc",
  "-1",
  "0",
  "1.5",
  "NaN",
  "true",
  "null",
  "99999999999999999999",
  "1e400",
  "-99999999999999999999",
  "%00",
  "%ZZ",
  "%F0%9F%98%80",
  "x".repeat(3000),
  "[]",
  "{}",
];

const BAD_IDS = [
  "not-an-id",
  "00000000-0000-0000-0000-000000000000",
  "%00",
  "..%2F..",
  "%2e%2e",
  "%ZZ",
  "%F0%9F%98%80",
  "a".repeat(3000),
  " ",
  "%20",
];

function pathValue(parameter: FuzzParameter, known: KnownIds): fc.Arbitrary<string> {
  const known_ = known[parameter.name];
  const valid = known_
    ? fc.constant(encodeURIComponent(known_))
    : validValue(parameter.schema).map((value) => encodeURIComponent(str(value)));
  return fc.oneof(
    { weight: 4, arbitrary: valid },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom(...BAD_IDS) },
  );
}

function queryPairs(parameter: FuzzParameter): fc.Arbitrary<[string, string][]> {
  const name = encodeURIComponent(parameter.name);
  const valid = validValue(parameter.schema).map((value) => [
    [name, encodeURIComponent(str(value))] as [string, string],
  ]);
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant([] as [string, string][]) },
    { weight: 3, arbitrary: valid },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...BAD_QUERY_VALUES)
        .map((value) => [[name, value] as [string, string]]),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(valid, valid).map(([a, b]) => [...a, ...b]),
    },
  );
}

function jsonBodies(schema: Schema, profile: FuzzProfile): fc.Arbitrary<[string, string]> {
  const valid = validValue(schema);
  const properties = Object.keys((schema.properties ?? {}) as object);
  const mutated = fc
    .tuple(valid, fc.constantFrom("drop", "retype", "extra"), fc.nat(), badValue(profile))
    .map(([value, how, index, bad]): [string, string] => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        return ["body:retype", JSON.stringify(bad)];
      }
      const copy = { ...(value as Record<string, unknown>) };
      const keys = properties.length > 0 ? properties : Object.keys(copy);
      const key = keys[index % Math.max(1, keys.length)] ?? "field";
      if (how === "drop") delete copy[key];
      else if (how === "retype") copy[key] = bad;
      else copy[`extra_${index % 7}`] = bad;
      return [`body:${how}`, JSON.stringify(copy)];
    });
  const depth = profile.nestingDepth;
  return fc.oneof(
    {
      weight: 3,
      arbitrary: valid.map((value): [string, string] => ["body:valid", JSON.stringify(value)]),
    },
    { weight: 6, arbitrary: mutated },
    {
      weight: 1,
      arbitrary: fc.constantFrom<[string, string]>(
        ["body:nested-arrays", `${"[".repeat(depth)}${"]".repeat(depth)}`],
        ["body:nested-objects", `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`],
        [
          "body:nested-in-field",
          `{"name":"n","input":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`,
        ],
      ),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom<[string, string]>(
        ["body:malformed", '{"name": "x",'],
        ["body:malformed", "{'name': 'x'}"],
        ["body:malformed", "\u0000"],
        ["body:empty", ""],
        ["body:null", "null"],
        ["body:array", "[]"],
        ["body:string", '"text"'],
        ["body:nul-nonbmp", '{"name":"a\\u0000b😀\\ud800","description":"\\udfff"}'],
        ["body:huge", `{"name":"${"z".repeat(profile.hugeString)}"}`],
        ["body:bom", '\ufeff{"name":"x"}'],
      ),
    },
  );
}

const BOUNDARY = "fuzzBoundary7MA4YWxkTrZu0gW";

function multipartBody(parts: { field: string; filename?: string; content: string }[], end = true) {
  const chunks = parts.map((part) => {
    const filename = part.filename === undefined ? "" : `; filename="${part.filename}"`;
    return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.field}"${filename}\r\n\r\n${part.content}\r\n`;
  });
  return `${chunks.join("")}${end ? `--${BOUNDARY}--\r\n` : ""}`;
}

function multipartBodies(field: string): fc.Arbitrary<[string, string, string]> {
  const type = `multipart/form-data; boundary=${BOUNDARY}`;
  const file = (filename: string, content = "hello fuzz") => ({ field, filename, content });
  return fc.constantFrom<[string, string, string]>(
    ["multipart:valid", type, multipartBody([file("notes.md", "# Notes\n\nfuzz words")])],
    ["multipart:wrong-field", type, multipartBody([{ ...file("a.txt"), field: "upload" }])],
    ["multipart:two-parts", type, multipartBody([file("a.txt"), file("b.txt")])],
    ["multipart:same-name", type, multipartBody([file("a.txt"), file("a.txt")])],
    ["multipart:text-field", type, multipartBody([{ field, content: "not a file" }])],
    [
      "multipart:extra-field",
      type,
      multipartBody([file("a.txt"), { field: "note", content: "x" }]),
    ],
    ["multipart:no-parts", type, `--${BOUNDARY}--\r\n`],
    ["multipart:empty-filename", type, multipartBody([file("")])],
    ["multipart:control-filename", type, multipartBody([file("a\u0001b\u0007.txt")])],
    ["multipart:nul-filename", type, multipartBody([file("a\u0000.txt")])],
    ["multipart:path-filename", type, multipartBody([file("../../etc/passwd")])],
    ["multipart:dot-filename", type, multipartBody([file("..")])],
    ["multipart:long-filename", type, multipartBody([file(`${"n".repeat(400)}.txt`)])],
    ["multipart:unicode-filename", type, multipartBody([file("é😀 notes.md")])],
    ["multipart:empty-file", type, multipartBody([file("empty.txt", "")])],
    ["multipart:truncated", type, multipartBody([file("a.txt")], false).slice(0, -4)],
    ["multipart:no-boundary", "multipart/form-data", multipartBody([file("a.txt")])],
    [
      "multipart:wrong-boundary",
      "multipart/form-data; boundary=other",
      multipartBody([file("a.txt")]),
    ],
    ["multipart:garbage", type, "\u0000\u0001garbage"],
  );
}

/** Which key a request carries: mostly the fuzz workspace's, sometimes none or a wrong one. */
function apiKey(key: string): fc.Arbitrary<[string, string | undefined]> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constant<[string, string | undefined]>(["key:valid", key]) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<[string, string | undefined]>(
        ["key:none", undefined],
        ["key:empty", ""],
        ["key:bad", "nxl_not-a-real-key"],
        ["key:huge", "k".repeat(8000)],
      ),
    },
  );
}

const ODD_CONTENT_TYPES = [
  "text/plain",
  "application/xml",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "application/json; charset=latin1",
  "application/json;;;",
  "APPLICATION/JSON",
  "application/vnd.api+json",
  "*/*",
  "",
];

/** Requests for one operation: every part may be valid, missing, or broken. */
export function requestsFor(
  operation: FuzzOperation,
  known: KnownIds,
  key: string,
  profile: FuzzProfile,
): fc.Arbitrary<FuzzRequest> {
  const pathParameters = operation.parameters.filter((p) => p.in === "path");
  const queryParameters = operation.parameters.filter((p) => p.in === "query");
  const path = fc
    .tuple(...pathParameters.map((parameter) => pathValue(parameter, known)))
    .map((values) =>
      pathParameters.reduce(
        (url, parameter, index) => url.replace(`{${parameter.name}}`, values[index] as string),
        operation.path,
      ),
    );
  const query = fc
    .tuple(
      ...queryParameters.map(queryPairs),
      fc.option(fc.constant<[string, string]>(["unknown_param", "1"]), { freq: 8 }),
    )
    .map((groups) => {
      const [unknown, ...known] = [groups.at(-1), ...groups.slice(0, -1)] as [
        [string, string] | null,
        ...[string, string][][],
      ];
      const pairs = [...known.flat(), ...(unknown ? [unknown] : [])];
      const text = pairs.map(([k, v]) => `${k}=${v}`).join("&");
      return text ? `?${text}` : "";
    });
  const body = operation.body;
  const bodyArbitrary: fc.Arbitrary<[string, string | undefined, string | undefined]> = !body
    ? fc.oneof(
        {
          weight: 8,
          arbitrary: fc.constant<[string, string | undefined, string | undefined]>([
            "body:none",
            undefined,
            undefined,
          ]),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom<[string, string | undefined, string | undefined]>(
            ["body:unexpected-json", "application/json", '{"x":1}'],
            ["body:unexpected-text", "text/plain", "hello"],
          ),
        },
      )
    : body.mediaType === "multipart/form-data"
      ? fc.oneof(
          {
            weight: 6,
            arbitrary: multipartBodies(
              Object.keys((body.schema.properties ?? {}) as object)[0] ?? "file",
            ),
          },
          {
            weight: 1,
            arbitrary: fc.constantFrom<[string, string, string]>(
              ["multipart:as-json", "application/json", '{"files":[]}'],
              ["multipart:as-text", "text/plain", "hello"],
            ),
          },
        )
      : fc.oneof(
          {
            weight: 8,
            arbitrary: jsonBodies(body.schema, profile).map(
              ([kind, text]) => [kind, "application/json", text] as [string, string, string],
            ),
          },
          {
            weight: 2,
            arbitrary: fc
              .tuple(fc.constantFrom(...ODD_CONTENT_TYPES), validValue(body.schema))
              .map(
                ([type, value]) =>
                  ["content-type:odd", type, JSON.stringify(value)] as [string, string, string],
              ),
          },
          {
            weight: 1,
            arbitrary: fc.constant<[string, string | undefined, string | undefined]>([
              "body:none",
              undefined,
              undefined,
            ]),
          },
        );
  return fc
    .tuple(path, query, apiKey(key), bodyArbitrary)
    .map(([url, search, [keyKind, keyValue], [bodyKind, type, text]]) => {
      const headers: Record<string, string> = {};
      if (keyValue !== undefined) headers["x-api-key"] = keyValue;
      if (type !== undefined) headers["content-type"] = type;
      return {
        operationId: operation.operationId,
        method: operation.method,
        url: `${url}${search}`,
        headers,
        ...(text !== undefined ? { body: text } : {}),
        kind: `${keyKind} ${bodyKind}`,
      };
    });
}
