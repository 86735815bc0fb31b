// The SDK reference: TypeDoc over the public entries of @noxus/client, @noxus/auth and
// @noxus/workspace (src/index.ts, and src/node.ts / src/sse.ts where the package has them),
// so only what users can import appears. Options live in ../typedoc.json.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";

const docsDir = fileURLToPath(new URL("..", import.meta.url));
// TypeDoc exports no bin subpath; its package.json is exported, and the bin sits beside it.
const typedocBin = join(
  dirname(createRequire(import.meta.url).resolve("typedoc/package.json")),
  "bin/typedoc",
);

/**
 * Runs TypeDoc; throws on an error. Returns its warnings, split into the exports that have no
 * doc comment and the rest.
 */
export function buildSdkReference() {
  const result = spawnSync(process.execPath, [typedocBin, "--options", "typedoc.json"], {
    cwd: docsDir,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  // TypeDoc colours its output when it thinks it writes to a terminal.
  const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
  if (result.status !== 0) throw new Error(`TypeDoc failed:\n${output}`);
  const warnings = output
    .split("\n")
    .filter((line) => line.startsWith("[warning]") && !/Found \d+ errors/.test(line))
    // One entry-point list serves the three packages; a package without sse.ts/node.ts is fine.
    .filter((line) => !line.includes("did not match any files"))
    .map((line) => line.slice("[warning] ".length));
  return {
    undocumented: warnings.filter((line) => line.includes("does not have any documentation")),
    other: warnings.filter((line) => !line.includes("does not have any documentation")),
  };
}
