/** `value`'s entries whose value is not undefined, with those keys optional. */
export type Defined<T extends object> = { [K in keyof T]?: Exclude<T[K], undefined> };

/**
 * Drops the entries whose value is undefined, for request bodies and queries: the API tells
 * "absent" from "null" (null clears a field), and JSON.stringify already drops undefined, but
 * query strings and multipart bodies do not. Replaces `...(x !== undefined ? { x } : {})`.
 */
export function defined<T extends object>(value: T): Defined<T> {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) out[key] = entry;
  return out as Defined<T>;
}
