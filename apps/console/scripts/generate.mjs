#!/usr/bin/env node
// Generates src/generated/operations.ts: every operation of the spec as
// {operationId, method, path, admin}, the table the console server routes its allowlist
// through (the allowlist itself names operationIds, never URLs).
//   node scripts/generate.mjs           write the file
//   node scripts/generate.mjs --check   fail when the committed file differs from what the spec produces
//
// Like packages/client/scripts/generate.mjs, the check compares with both the working tree and
// the git index: turbo may run `generate` at the same time, which rewrites the working tree.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const specUrl = new URL(import.meta.resolve("@noxus/spec/noxus.openapi.yaml"));
const output = fileURLToPath(new URL("../src/generated/operations.ts", import.meta.url));
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];
// Operations under this tag need a tenant-admin key; the console forwards them only with --allow-admin.
const ADMIN_TAG = "Admin";

function render() {
  const spec = parse(readFileSync(specUrl, "utf8"));
  const rows = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      if (typeof operation.operationId !== "string") {
        throw new Error(`${method.toUpperCase()} ${path} has no operationId in the spec.`);
      }
      rows.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        admin: (operation.tags ?? []).includes(ADMIN_TAG),
      });
    }
  }
  rows.sort((a, b) => a.operationId.localeCompare(b.operationId));
  const ids = rows.map((row) => `  | ${JSON.stringify(row.operationId)}`).join("\n");
  const table = rows
    .map(
      (row) =>
        `  { operationId: ${JSON.stringify(row.operationId)}, method: ${JSON.stringify(row.method)}, path: ${JSON.stringify(row.path)}, admin: ${row.admin} },`,
    )
    .join("\n");
  return `/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/noxus.openapi.yaml, by apps/console/scripts/generate.mjs.
 * After a spec change run \`pnpm generate\` and commit the result; \`pnpm generate:check\` guards it.
 */

/** Every operationId of the Noxus API. */
export type OperationId =
${ids};

export interface OperationRoute {
  operationId: OperationId;
  method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";
  /** The spec's path template, e.g. \`/v1/workflows/{workflow_id}\`. */
  path: string;
  /** Tagged \`${ADMIN_TAG}\`: needs a tenant-admin key. */
  admin: boolean;
}

/** Every operation of the Noxus API, by operationId. */
export const OPERATIONS: readonly OperationRoute[] = [
${table}
];
`;
}

function readIndexedVersion(path) {
  try {
    const top = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
    return execFileSync("git", ["show", `:${relative(top, path).split("\\").join("/")}`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return undefined; // not a git checkout, or not committed yet: only the file on disk counts
  }
}

const fresh = render();
const shown = relative(process.cwd(), output);
let current;
try {
  current = readFileSync(output, "utf8");
} catch {}
if (!process.argv.includes("--check")) {
  if (current !== fresh) writeFileSync(output, fresh);
  console.log(current === fresh ? `${shown} is up to date.` : `wrote ${shown}`);
} else {
  const candidates = [["working tree", current ?? ""]];
  const indexed = readIndexedVersion(output);
  if (indexed !== undefined) candidates.push(["git index", indexed]);
  const outdated = candidates.filter(([, text]) => text !== fresh);
  for (const [where] of outdated)
    console.error(`${shown} (${where}) is out of date with the spec.`);
  if (outdated.length > 0) {
    console.error("Fix: run `pnpm generate` and commit the regenerated file.");
    process.exit(1);
  }
  console.log(`${shown} matches the spec.`);
}
