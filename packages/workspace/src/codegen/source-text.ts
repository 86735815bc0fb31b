/** Helpers that spell TypeScript source: generated files must be valid and stable byte for byte. */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property name as written in a type literal: bare when it is an identifier, else quoted. */
export function propertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** A string literal type. */
export const literal = (value: string): string => JSON.stringify(value);

/** A union of string literal types, `never` when empty. */
export function literalUnion(values: readonly string[]): string {
  const unique = [...new Set(values)];
  return unique.length === 0 ? "never" : unique.map(literal).join(" | ");
}

/**
 * A doc comment at `indent`, or nothing. Text from a server ends up inside `/** … *\/`,
 * so a `*\/` in it must not close the comment early.
 */
export function docComment(lines: readonly (string | null | undefined)[], indent: string): string {
  const text = lines
    .filter((line): line is string => typeof line === "string" && line.trim() !== "")
    .flatMap((line) => line.trim().split(/\r?\n/))
    .map((line) => line.replaceAll("*/", "*\\/").trimEnd());
  if (text.length === 0) return "";
  if (text.length === 1) return `${indent}/** ${text[0]} */\n`;
  return `${indent}/**\n${text.map((line) => `${indent} *${line ? ` ${line}` : ""}`).join("\n")}\n${indent} */\n`;
}

/** The header every generated file starts with. */
export function generatedHeader(source: string, regenerate: string): string {
  return `/**
 * GENERATED FILE: do not edit by hand.
 * Source: ${source.replaceAll("*/", "*\\/")}
 * Regenerate: ${regenerate.replaceAll("*/", "*\\/")}
 */

`;
}
