#!/usr/bin/env node
// `pnpm docs`: builds the documentation site into docs/dist/ — the API reference (Swagger UI
// with the spec), the SDK reference (TypeDoc), the guides (the READMEs) and one index page —
// then checks every internal link. A broken link or a TypeDoc error fails the build; TypeDoc's
// warnings (public exports without a doc comment, among others) are counted and reported.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildApiReference } from "./api-reference.mjs";
import { findBrokenLinks } from "./check-links.mjs";
import { buildGuides } from "./guides.mjs";
import { buildIndex } from "./index-page.mjs";
import { buildSdkReference } from "./sdk-reference.mjs";
import { MAX_TYPEDOC_WARNINGS } from "./warning-budget.mjs";

const outDir = fileURLToPath(new URL("../dist/", import.meta.url));
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const operations = buildApiReference(outDir);
const sdk = buildSdkReference();
const guides = buildGuides(outDir);
buildIndex(outDir, { guides, operations });

const broken = findBrokenLinks(outDir);
const report = {
  operations,
  guides: guides.length,
  typedocWarnings: sdk.undocumented.length + sdk.other.length,
  undocumentedExports: sdk.undocumented.length,
  brokenLinks: broken,
};
writeFileSync(new URL("report.json", `file://${outDir}`), `${JSON.stringify(report, null, 2)}\n`);
for (const line of [...sdk.undocumented, ...sdk.other]) console.log(`typedoc warning: ${line}`);
console.log(
  `docs/dist: API reference (${operations} operations), SDK reference, ${guides.length} guides.`,
);
console.log(
  `TypeDoc: ${report.typedocWarnings} warnings, ${report.undocumentedExports} of them public exports without a doc comment.`,
);
if (report.typedocWarnings > MAX_TYPEDOC_WARNINGS) {
  console.error(
    `TypeDoc reported ${report.typedocWarnings} warnings; the limit is ${MAX_TYPEDOC_WARNINGS}. ` +
      "Fix: give each export listed above a doc comment for its users (what it is for, what it " +
      "returns and throws), and export every type a public signature refers to.",
  );
  process.exit(1);
}
if (broken.length > 0) {
  console.error(`${broken.length} broken internal links:\n  ${broken.join("\n  ")}`);
  process.exit(1);
}
console.log("Every internal link resolves.");
