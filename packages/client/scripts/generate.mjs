#!/usr/bin/env node
// Generates from the spec:
//   src/generated/schema.d.ts     the API's types, by openapi-typescript;
//   src/generated/retry-safe.ts   the operations the spec marks `x-noxus-retry-safe`;
//   src/generated/stream-events.ts  the event type of each SSE operation (`x-noxus-event-schema`).
//   node scripts/generate.mjs           write the files
//   node scripts/generate.mjs --check   fail when a committed file differs from what the spec produces
//
// The check compares the fresh output with BOTH the working-tree file and the version
// in the git index: turbo may run `generate` (a dependency of `build`) at the same time,
// which rewrites the working-tree copy, so only the index says what will be committed.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";

const specUrl = new URL(import.meta.resolve("@noxus/spec/noxus.openapi.yaml"));
const outputs = {
  schema: fileURLToPath(new URL("../src/generated/schema.d.ts", import.meta.url)),
  retrySafe: fileURLToPath(new URL("../src/generated/retry-safe.ts", import.meta.url)),
  streamEvents: fileURLToPath(new URL("../src/generated/stream-events.ts", import.meta.url)),
};

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));

// A plain comment, not a doc comment: TypeDoc would otherwise show it as the first export's docs.
const HEADER = `/*
 * GENERATED FILE: do not edit by hand.
 * Source: spec/noxus.openapi.yaml, by packages/client/scripts/generate.mjs (types: openapi-typescript).
 * After a spec change run \`pnpm generate\` and commit the result; \`pnpm generate:check\` guards it.
 */

`;

function renderRetrySafe() {
  const spec = parse(readFileSync(specUrl, "utf8"));
  const marked = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation?.["x-noxus-retry-safe"] === true)
        marked.push(`${method.toUpperCase()} ${path}`);
    }
  }
  const lines = marked.sort().map((key) => `  ${JSON.stringify(key)},`);
  return `${HEADER}/** Operations that are safe to send again after a 5xx or a lost connection, besides GET/HEAD/PUT/DELETE. */
export const RETRY_SAFE_OPERATIONS: ReadonlySet<string> = new Set([
${lines.join("\n")}
]);
`;
}

// An SSE response's schema is the stream's text (what generic OpenAPI tools check); the media
// type's `x-noxus-event-schema` names the JSON object on each `data:` line. openapi-typescript
// ignores extensions, so the operation → event type map is written here.
function renderStreamEvents() {
  const spec = parse(readFileSync(specUrl, "utf8"));
  const entries = [];
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      const ref =
        operation?.responses?.["200"]?.content?.["text/event-stream"]?.["x-noxus-event-schema"]
          ?.$ref;
      if (typeof ref !== "string") continue;
      const name = ref.replace("#/components/schemas/", "");
      entries.push(`  ${operation.operationId}: components["schemas"][${JSON.stringify(name)}];`);
    }
  }
  return `${HEADER}import type { components } from "./schema.js";

/** The JSON object on each \`data:\` line of each server-sent-events operation, by operationId. */
export interface StreamEvents {
${entries.sort().join("\n")}
}
`;
}

async function renderSchema() {
  const ast = await openapiTS(specUrl, {
    // Request bodies must not turn fields with a server-side default into required ones.
    defaultNonNullable: false,
    // A free-form object (`type: object` with no properties) holds data of any shape: type it
    // Record<string, unknown>, which callers can read, not Record<string, never>, which lies.
    emptyObjectsUnknown: true,
    // `format: binary` (uploads, downloads) is a Blob on the wire, not a string: typing it
    // as Blob lets callers pass a File/Blob in a multipart body without casts.
    transform(schema) {
      if (schema.format === "binary") return BLOB;
      return undefined;
    },
    silent: true,
  });
  return HEADER + withRootDocs(astToString(ast));
}

// openapi-typescript writes its root types without doc comments; these are what users read
// in the SDK reference (TypeDoc) and in their editor.
const ROOT_DOCS = {
  "export interface paths {":
    "Every path of the Noxus API, with its operations' parameters, bodies and responses; what the client's `GET`/`POST`/… accept.",
  "export type webhooks =": "The API's webhooks: none.",
  "export interface components {":
    'The spec\'s reusable parts; `components["schemas"]` holds every schema (see also `Schema<Name>`).',
  "export type $defs =": "JSON Schema `$defs` of the spec: none.",
  "export interface operations {":
    "Every operation of the API by operationId, with its parameters, body and responses (see also `OperationResult<Id>`).",
};

function withRootDocs(source) {
  let out = source;
  for (const [declaration, doc] of Object.entries(ROOT_DOCS)) {
    if (!out.includes(declaration))
      throw new Error(`generate: openapi-typescript no longer writes "${declaration}"`);
    out = out.replace(declaration, `/** ${doc} */\n${declaration}`);
  }
  return out;
}

function readIndexedVersion(path) {
  try {
    const top = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
    return execFileSync("git", ["show", `:${relative(top, path).split("\\").join("/")}`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined; // not a git checkout (e.g. an unpacked tarball): only the file on disk counts
  }
}

function firstDifference(a, b) {
  const left = a.split("\n");
  const right = b.split("\n");
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) {
      return `line ${i + 1}:\n  expected: ${right[i] ?? "<end of file>"}\n  found:    ${left[i] ?? "<end of file>"}`;
    }
  }
  return "";
}

const rendered = [
  [outputs.schema, await renderSchema()],
  [outputs.retrySafe, renderRetrySafe()],
  [outputs.streamEvents, renderStreamEvents()],
];
const check = process.argv.includes("--check");
let stale = 0;
for (const [outPath, fresh] of rendered) {
  const shown = relative(process.cwd(), outPath);
  let current;
  try {
    current = readFileSync(outPath, "utf8");
  } catch {}
  if (!check) {
    if (current !== fresh) writeFileSync(outPath, fresh);
    console.log(current === fresh ? `${shown} is up to date.` : `wrote ${shown}`);
    continue;
  }
  const candidates = [["working tree", current ?? ""]];
  const indexed = readIndexedVersion(outPath);
  if (indexed !== undefined) candidates.push(["git index", indexed]);
  const outdated = candidates.filter(([, text]) => text !== fresh);
  for (const [where, text] of outdated) {
    console.error(
      `${shown} (${where}) is out of date with the spec; first difference at ${firstDifference(text, fresh)}`,
    );
  }
  stale += outdated.length;
  if (outdated.length === 0) console.log(`${shown} matches the spec.`);
}
if (stale > 0) {
  console.error("Fix: run `pnpm generate` and commit the regenerated files.");
  process.exit(1);
}
