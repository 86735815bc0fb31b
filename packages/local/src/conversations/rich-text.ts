/**
 * Plain text of a rich-text setting: a string, TipTap JSON (`{type: "doc", content: [...]}`),
 * `{text, definition}`, or a list of `{text}` parts (reference §2.7), flattened as the
 * Python SDK flattens them. Block nodes (paragraphs, list items) become lines.
 */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(plainText).filter(Boolean).join("\n");
  if (typeof value === "object") {
    const node = value as { text?: unknown; content?: unknown; type?: unknown };
    if (typeof node.text === "string") return node.text;
    if (Array.isArray(node.content)) {
      const inline = node.type === "paragraph" || node.type === "heading";
      return node.content
        .map(plainText)
        .filter(Boolean)
        .join(inline ? "" : "\n");
    }
  }
  return "";
}
