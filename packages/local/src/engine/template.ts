/** `((Input 1))`-style placeholders, as the SDK's templates write them (reference §4.5). */
const PLACEHOLDER = /\(\(\s*([^()]+?)\s*\)\)/g;

/** A value as text: strings verbatim, `{text}` objects by their text, anything else as JSON. */
export function toText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined || value === null) return "";
  if (typeof value === "object" && typeof (value as { text?: unknown }).text === "string") {
    return (value as { text: string }).text;
  }
  return JSON.stringify(value);
}

/**
 * Replaces every `((key))` with the variable of that key. Unknown keys become empty text,
 * so a template renders the same way for the same variables, always.
 */
export function renderTemplate(template: string, variables: Record<string, unknown>): string {
  return template.replace(PLACEHOLDER, (_match, key: string) =>
    Object.hasOwn(variables, key) ? toText(variables[key]) : "",
  );
}
