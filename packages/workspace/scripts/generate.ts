// Generates src/generated/catalog.ts: the types of @noxus/local's node catalog, the default
// catalog every builder is typed with.
//   tsx scripts/generate.ts           write the file
//   tsx scripts/generate.ts --check   fail when the committed file differs from what the catalog produces
//
// The catalog is read the way a user's `noxus types catalog` reads theirs: GET /v1/nodes of a
// running server (here a throwaway @noxus/local), through the SDK, into the same generator.
// The check compares with BOTH the working-tree file and the git index, as the client's
// generate script does: turbo may run `generate` at the same time and rewrite the working copy.
// (CommonJS like the package, hence no top-level await.)
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { startLocalServer } from "@noxus/local";
import { Workspace } from "../src/index.js";
import { renderDefaultCatalog } from "../src/internal/default-catalog.js";

const outPath = join(__dirname, "..", "src", "generated", "catalog.ts");

async function render(): Promise<string> {
  const server = await startLocalServer({ env: {} });
  try {
    const ws = await Workspace.connect({ apiKey: server.adminKey, baseUrl: server.url, env: {} });
    return renderDefaultCatalog((await ws.workflows.catalog()).definitions);
  } finally {
    await server.close();
  }
}

function readIndexedVersion(path: string): string | undefined {
  try {
    const top = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
    return execFileSync("git", ["show", `:${relative(top, path).split("\\").join("/")}`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return undefined; // not a git checkout, or the file is new: only the file on disk counts
  }
}

function firstDifference(found: string, expected: string): string {
  const left = found.split("\n");
  const right = expected.split("\n");
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) {
      return `line ${i + 1}:\n  expected: ${right[i] ?? "<end of file>"}\n  found:    ${left[i] ?? "<end of file>"}`;
    }
  }
  return "";
}

async function main(): Promise<number> {
  const fresh = await render();
  const shown = relative(process.cwd(), outPath);
  let current: string | undefined;
  try {
    current = readFileSync(outPath, "utf8");
  } catch {}
  if (!process.argv.includes("--check")) {
    if (current !== fresh) writeFileSync(outPath, fresh);
    console.log(current === fresh ? `${shown} is up to date.` : `wrote ${shown}`);
    return 0;
  }
  const candidates: [string, string][] = [["working tree", current ?? ""]];
  const indexed = readIndexedVersion(outPath);
  if (indexed !== undefined) candidates.push(["git index", indexed]);
  const outdated = candidates.filter(([, text]) => text !== fresh);
  for (const [where, text] of outdated) {
    console.error(
      `${shown} (${where}) is out of date with @noxus/local's catalog; first difference at ${firstDifference(text, fresh)}`,
    );
  }
  if (outdated.length > 0) {
    console.error("Fix: run `pnpm generate` and commit the regenerated file.");
    return 1;
  }
  console.log(`${shown} matches @noxus/local's catalog.`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
