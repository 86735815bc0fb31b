#!/usr/bin/env node
// `pnpm spec:diff <old-spec>`: the API changes from <old-spec> to the current spec, classified
// by api-smart-diff (breaking / non-breaking / deprecated / annotation / unclassified). Exit 0.
// `pnpm spec:check-compat` (= `--check` against spec/released/, the spec as last released):
// exit 1 when a change is breaking, unless a pending changeset declares a major bump of
// @noxus/client (the package generated from the spec) or `changeset version` already applied
// one (its major is above the one in spec/released/released.json). Exit 2 on a usage error.
// `--snapshot` (run by `pnpm release` after publishing) records the current spec and
// @noxus/client version in spec/released/.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { apiCompare } from "api-smart-diff";
import { parse } from "yaml";

const root = new URL("..", import.meta.url).pathname;
const GENERATED_PACKAGE = "@noxus/client";
const GROUPS = ["breaking", "non-breaking", "deprecated", "annotation", "unclassified"];
const SPEC = join(root, "spec", "noxus.openapi.yaml");
const RELEASED = join(root, "spec", "released");
const USAGE = `Usage: node scripts/spec-diff.mjs <old-spec> [--new <spec>] [--check] [--changesets <dir>]
       node scripts/spec-diff.mjs --snapshot

  <old-spec>          the spec to compare from (e.g. spec/released/noxus.openapi.yaml)
  --new <spec>        the spec to compare to (default spec/noxus.openapi.yaml)
  --check             exit 1 on breaking changes unless a pending changeset bumps
                      ${GENERATED_PACKAGE} by "major"
  --changesets <dir>  where pending changesets live (default .changeset)
  --snapshot          copy the spec to spec/released/ with the ${GENERATED_PACKAGE} version
                      (after a release)`;

function usage(message) {
  console.error(`spec-diff: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      new: { type: "string", default: SPEC },
      check: { type: "boolean", default: false },
      changesets: { type: "string", default: join(root, ".changeset") },
      snapshot: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
} catch (error) {
  usage(error.message);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}

const clientVersion = () =>
  JSON.parse(readFileSync(join(root, "packages", "client", "package.json"), "utf8")).version;
const major = (version) => Number(String(version).split(".")[0]);

if (args.values.snapshot) {
  mkdirSync(RELEASED, { recursive: true });
  copyFileSync(SPEC, join(RELEASED, "noxus.openapi.yaml"));
  const released = { package: GENERATED_PACKAGE, version: clientVersion() };
  writeFileSync(join(RELEASED, "released.json"), `${JSON.stringify(released, null, 2)}\n`);
  console.log(`spec/released/ now holds the spec of ${GENERATED_PACKAGE}@${released.version}.`);
  process.exit(0);
}
if (args.positionals.length !== 1) usage("expected exactly one <old-spec>");

function readSpec(file) {
  if (!existsSync(file)) usage(`no such file: ${file}`);
  try {
    return parse(readFileSync(file, "utf8"));
  } catch (error) {
    usage(`cannot parse ${file}: ${error.message}`);
  }
}

// ["paths", "/v1/workflows", "post", "parameters", 0] → paths["/v1/workflows"].post.parameters[0]
function formatPath(path) {
  return path
    .map((key, index) => {
      if (typeof key === "number") return `[${key}]`;
      if (/^[A-Za-z_$][\w$-]*$/.test(key)) return index === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join("");
}

/** Packages and bumps declared by the pending changesets: [{ file, releases: Map }]. */
function pendingChangesets(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      // A changeset opens with a front matter block of `"package": bump` lines.
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
      const releases = new Map();
      for (const line of front.split(/\r?\n/)) {
        const match = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
        if (match) releases.set(match[1].trim(), match[2]);
      }
      return { file: join(dir, name), releases };
    });
}

// api-smart-diff judges the wire: a request property the server stops reading is harmless to
// send. For @noxus/client it breaks callers anyway, since the generated body type no longer
// accepts the field (TypeScript's excess-property check), so it counts as breaking here.
function classify(diff) {
  const [first, , , section] = diff.path;
  const removesRequestProperty =
    diff.action === "remove" &&
    first === "paths" &&
    section === "requestBody" &&
    diff.path.at(-2) === "properties";
  if (!removesRequestProperty || diff.type === "breaking") return diff;
  const note = `breaking for ${GENERATED_PACKAGE}: its request type no longer accepts the field`;
  return {
    ...diff,
    type: "breaking",
    description: diff.description ? `${diff.description} (${note})` : note,
  };
}

const oldFile = args.positionals[0];
const newFile = args.values.new;
const diffs = apiCompare(readSpec(oldFile), readSpec(newFile)).diffs.map(classify);
const show = (file) => relative(process.cwd(), file) || file;

console.log(`API changes from ${show(oldFile)} to ${show(newFile)}: ${diffs.length}`);
for (const type of GROUPS) {
  const group = diffs.filter((diff) => diff.type === type);
  if (group.length === 0) continue;
  console.log(`\n${type} (${group.length})`);
  for (const diff of group) {
    console.log(`  ${diff.action.padEnd(7)} ${formatPath(diff.path)}`);
    if (diff.description) console.log(`          ${diff.description}`);
  }
}
const other = diffs.filter((diff) => !GROUPS.includes(diff.type));
if (other.length > 0) console.log(`\nother (${other.length}): ${JSON.stringify(other)}`);

if (!args.values.check) process.exit(0);

const changesets = pendingChangesets(args.values.changesets);
for (const changeset of changesets.filter((c) => c.releases.size === 0)) {
  console.log(
    `warning: ${show(changeset.file)} declares no release (its front matter must be the first lines: ---, "package": bump, ---); changesets cannot read it`,
  );
}

const breaking = diffs.filter((diff) => diff.type === "breaking").length;
console.log("");
if (breaking === 0) {
  console.log(`Compatible: no breaking change against ${show(oldFile)}.`);
  process.exit(0);
}
const majors = changesets.filter(
  (changeset) => changeset.releases.get(GENERATED_PACKAGE) === "major",
);
if (majors.length > 0) {
  console.log(
    `${breaking} breaking change(s), released as a major bump of ${GENERATED_PACKAGE} by ${majors
      .map((changeset) => show(changeset.file))
      .join(", ")}.`,
  );
  process.exit(0);
}
// After `changeset version` the major changeset is consumed and the version is bumped instead.
const releasedFile = join(dirname(oldFile), "released.json");
const released = existsSync(releasedFile) ? JSON.parse(readFileSync(releasedFile, "utf8")) : null;
if (released?.version && major(clientVersion()) > major(released.version)) {
  console.log(
    `${breaking} breaking change(s), released as ${GENERATED_PACKAGE}@${clientVersion()} (major above the released ${released.version}).`,
  );
  process.exit(0);
}
console.log(`${breaking} breaking change(s) against the last released spec (${show(oldFile)}), and no pending changeset bumps ${GENERATED_PACKAGE} by "major".
Either make the change compatible (keep what clients rely on; add, don't remove or tighten),
or release it as a major version: run \`pnpm changeset\`, pick ${GENERATED_PACKAGE} (and the
packages that expose its types) with "major", and say in it what clients must change.`);
process.exit(1);
