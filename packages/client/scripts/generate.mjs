#!/usr/bin/env node
// Generates src/generated/schema.d.ts from the spec with openapi-typescript.
//   node scripts/generate.mjs           write the file
//   node scripts/generate.mjs --check   fail when the committed file differs from what the spec produces
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

const specUrl = new URL(import.meta.resolve("@noxus/spec/noxus.openapi.yaml"));
const outUrl = new URL("../src/generated/schema.d.ts", import.meta.url);
const outPath = fileURLToPath(outUrl);

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));

const HEADER = `/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/noxus.openapi.yaml, by openapi-typescript (packages/client/scripts/generate.mjs).
 * After a spec change run \`pnpm generate\` and commit the result; \`pnpm generate:check\` guards it.
 */

`;

async function render() {
  const ast = await openapiTS(specUrl, {
    // Request bodies must not turn fields with a server-side default into required ones.
    defaultNonNullable: false,
    // `format: binary` (uploads, downloads) is a Blob on the wire, not a string: typing it
    // as Blob lets callers pass a File/Blob in a multipart body without casts.
    transform(schema) {
      if (schema.format === "binary") return BLOB;
      return undefined;
    },
    silent: true,
  });
  return HEADER + astToString(ast);
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

const fresh = await render();
const shown = relative(process.cwd(), outPath);

if (process.argv.includes("--check")) {
  const candidates = [["working tree", readFileSync(outPath, "utf8")]];
  const indexed = readIndexedVersion(outPath);
  if (indexed !== undefined) candidates.push(["git index", indexed]);
  const stale = candidates.filter(([, text]) => text !== fresh);
  if (stale.length > 0) {
    for (const [where, text] of stale) {
      console.error(
        `${shown} (${where}) is out of date with the spec; first difference at ${firstDifference(text, fresh)}`,
      );
    }
    console.error("Fix: run `pnpm generate` and commit the regenerated file.");
    process.exit(1);
  }
  console.log(`${shown} matches the spec.`);
} else {
  let current;
  try {
    current = readFileSync(outPath, "utf8");
  } catch {}
  if (current === fresh) {
    console.log(`${shown} is up to date.`);
  } else {
    writeFileSync(outPath, fresh);
    console.log(`wrote ${shown}`);
  }
}
