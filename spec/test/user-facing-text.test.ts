import { describe, expect, it } from "vitest";
import { type Json, loadSpec } from "./load-spec.js";

// Descriptions and summaries become doc comments in @noxus/client's published types and the
// text of the API reference pages, so they speak to users. Where a fact came from
// (reference/noxus-api.md, which users do not have) stays in YAML comments.
const PROVENANCE = [/reference §/, /reference\/noxus-api\.md/, /\*\(?(inferred|uncertain)\)?\*/];

function* userText(node: Json, at: string): Generator<[string, string]> {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* userText(item, `${at}/${index}`);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      // `examples`/`example` hold data, not prose; `x-` extensions are for tools.
      if (key === "example" || key === "examples" || key.startsWith("x-")) continue;
      if ((key === "description" || key === "summary") && typeof value === "string") {
        yield [`${at}/${key}`, value];
      } else {
        yield* userText(value, `${at}/${key}`);
      }
    }
  }
}

describe("user-facing text", () => {
  const texts = [...userText(loadSpec(), "#")];

  it("finds the descriptions", () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  it.each(PROVENANCE.map((pattern) => [String(pattern), pattern] as const))(
    "has no maintainer provenance (%s) in a description or summary",
    (_, pattern) => {
      expect(texts.filter(([, text]) => pattern.test(text)).map(([where]) => where)).toEqual([]);
    },
  );
});
