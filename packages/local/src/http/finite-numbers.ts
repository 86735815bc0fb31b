import { invalid } from "./errors.js";

// A number literal JSON.parse turns into ±Infinity: an exponent of three digits or more, or
// more than 308 digits. Checked on the text first, so ordinary bodies skip the walk.
const MAYBE_HUGE = /\d[eE][+]?\d{3}|\d{309}/;

function nonFinitePath(value: unknown, path: (string | number)[]): (string | number)[] | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : path;
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = nonFinitePath(item, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * Throws a 422 at the first number of a parsed JSON body that is out of range (`1e400`
 * parses to Infinity, which no schema type rejects and JSON cannot store: it would read
 * back as null). Pydantic, behind the real API, refuses them too.
 */
export function assertFiniteNumbers(text: string, parsed: unknown): void {
  if (!MAYBE_HUGE.test(text)) return;
  const path = nonFinitePath(parsed, ["body"]);
  if (path) {
    throw invalid(
      path,
      "Number out of range: it must be finite (at most about 1.8e308).",
      "finite_number",
    );
  }
}
