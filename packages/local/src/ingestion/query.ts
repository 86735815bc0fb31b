/**
 * Turns any user text into a safe FTS5 MATCH expression: the words (letters and digits, as
 * the unicode61 tokenizer sees them) each quoted as a string, joined with OR so that BM25
 * ranks the chunks matching more of them first. FTS5 syntax in the input (quotes, AND/OR/NOT,
 * NEAR, `*`, `:`, parentheses) is thereby plain text. Undefined when there is no word at all.
 */
export function toMatchExpression(query: string): string | undefined {
  const words = query.normalize("NFKC").match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
  const unique = [...new Set(words.map((word) => word.toLowerCase()))].slice(0, 64);
  if (unique.length === 0) return undefined;
  return unique.map((word) => `"${word}"`).join(" OR ");
}

/** Folders compare as `/a/b`: a leading slash, no trailing one, no empty segments. */
export function normalisePrefix(prefix: string | undefined): string {
  const segments = (prefix ?? "/").split("/").filter(Boolean);
  return `/${segments.join("/")}`;
}
