import { readdirSync, readFileSync } from "node:fs";
import { expect, it } from "vitest";

// The built type declarations are what users' editors show. Their doc comments come from the
// spec's descriptions, which must not point users to the maintainers' reference document.
const dist = new URL("../dist/", import.meta.url);
const declarations = readdirSync(dist).filter((name) => /\.d\.m?ts$/.test(name));

it("builds type declarations", () => {
  expect(declarations).toContain("index.d.ts");
});

it.each(declarations)("%s cites no maintainer reference", (name) => {
  const text = readFileSync(new URL(name, dist), "utf8");
  const lines = text.split("\n").filter((line) => /reference §|reference\/noxus-api/.test(line));
  expect(lines).toEqual([]);
});
