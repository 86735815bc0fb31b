#!/usr/bin/env node
// What the catalog types cost the compiler: the same builder program checked with the
// default catalog types and with `build<UntypedNodeCatalog>()`, side by side in one run.
// Types and instantiations are exact counts; times are medians of 5 alternating runs.
//   pnpm --filter @noxus/workspace build && node packages/workspace/scripts/typecheck-cost.mjs
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ts = createRequire(import.meta.url)("typescript");
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "noxus-typecheck-cost-"));
mkdirSync(join(dir, "node_modules", "@noxus"), { recursive: true });
symlinkSync(packageDir, join(dir, "node_modules", "@noxus", "workspace"), "dir");
writeFileSync(join(dir, "package.json"), '{"type":"module"}');

const program = (build) => `import { type UntypedNodeCatalog, Workspace } from "@noxus/workspace";
const ws = await Workspace.connect();
const builder = await ws.workflows.build${build}("Greeter");
const name = builder.node("InputNode", { label: "name" });
const greet = builder.node("TextGenerationNode", { template: "Hello ((Input 1))!" });
const summary = builder.node("SummaryNode", { summary_format: "bullets" });
const out = builder.node("OutputNode", { label: "Greeting" });
builder.link(name.output(), greet.input("variables", "Input 1"));
builder.link(greet.output("output"), summary.input("input")).link(summary, out.input());
await builder.save();
export type Untyped = UntypedNodeCatalog;
`;
writeFileSync(join(dir, "typed.ts"), program(""));
writeFileSync(join(dir, "untyped.ts"), program("<UntypedNodeCatalog>"));

const options = {
  strict: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};
const results = { typed: [], untyped: [] };
const counts = {};
for (let round = 0; round < 5; round++) {
  for (const mode of round % 2 ? ["untyped", "typed"] : ["typed", "untyped"]) {
    const start = process.hrtime.bigint();
    const checked = ts.createProgram([join(dir, `${mode}.ts`)], options);
    const errors = ts.getPreEmitDiagnostics(checked).length;
    results[mode].push(Number(process.hrtime.bigint() - start) / 1e6);
    const checker = checked.getTypeChecker();
    counts[mode] = {
      errors,
      types: checker.getTypeCount(),
      instantiations: checker.getInstantiationCount(),
    };
  }
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const mode of ["typed", "untyped"]) {
  console.log(
    `${mode.padEnd(8)} ${JSON.stringify(counts[mode])} median ${median(results[mode]).toFixed(0)} ms`,
  );
}
console.log(`typed/untyped time: ${(median(results.typed) / median(results.untyped)).toFixed(2)}×`);
