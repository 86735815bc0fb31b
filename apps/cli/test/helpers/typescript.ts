import { spawn } from "node:child_process";
import { mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";

const here = new URL("../../", import.meta.url).pathname;
// The package as this repository builds it (its dist), found the way a user's project would.
const workspacePackage = realpathSync(join(here, "node_modules", "@noxus", "workspace"));
const typeRoots = [join(here, "node_modules", "@types")];

/** The compiler options of a strict ESM project of a user (NodeNext, as the publish test uses). */
const OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  noEmit: true,
  skipLibCheck: true,
  noUnusedLocals: true,
  types: ["node"],
  typeRoots,
};

/**
 * A throwaway ESM project outside the repository with `@noxus/workspace` installed (a link
 * to this repository's built package) and the given source files.
 */
export async function makeProject(files: Record<string, string>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "noxus-typed-"));
  await mkdir(join(dir, "node_modules", "@noxus"), { recursive: true });
  symlinkSync(workspacePackage, join(dir, "node_modules", "@noxus", "workspace"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

// Each check reuses what the one before parsed (lib and @noxus/workspace declarations): the
// same options make the old program's source files reusable, which saves seconds per check.
let previous: ts.Program | undefined;

/** `tsc --noEmit` over the named files: each error as `file:line: message`. */
export function typeErrors(dir: string, names: string[]): string[] {
  const program = ts.createProgram({
    rootNames: names.map((name) => join(dir, name)),
    options: OPTIONS,
    ...(previous ? { oldProgram: previous } : {}),
  });
  previous = program;
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName.slice(dir.length + 1)}:${line + 1}: ${message}`;
  });
}

/** Strips the types of each file (`x.ts` → `x.js`) and runs `entry` with node. */
export function runProgram(
  dir: string,
  names: string[],
  entry: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  for (const name of names) {
    const source = ts.sys.readFile(join(dir, name)) ?? "";
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(join(dir, name.replace(/\.ts$/, ".js")), outputText);
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(dir, entry.replace(/\.ts$/, ".js"))], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", HOME: dir, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
