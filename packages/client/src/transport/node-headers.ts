/**
 * The headers of a NodeResponse: a read-mostly view over the plain object undici parses,
 * with the methods of `Headers` that code reads answers with. Building a WHATWG `Headers`
 * per response costs more than most requests' other work on loopback, and the transport
 * reads two or three headers of each answer.
 */
export class NodeHeaders {
  // Lower-case names, as undici gives them; repeated headers arrive as arrays.
  private readonly fields: Record<string, string | string[] | undefined>;

  constructor(fields: Record<string, string | string[] | undefined>) {
    this.fields = fields;
  }

  /** The value of a header (case-insensitive), repeated ones joined with ", "; null when absent. */
  get(name: string): string | null {
    const value = this.fields[name.toLowerCase()];
    if (value === undefined) return null;
    return typeof value === "string" ? value : value.join(", ");
  }

  /** Whether the header is present (case-insensitive). */
  has(name: string): boolean {
    return this.fields[name.toLowerCase()] !== undefined;
  }

  /** Replaces the header's value. */
  set(name: string, value: string): void {
    this.fields[name.toLowerCase()] = String(value);
  }

  /** Adds a value to the header, keeping the ones already there. */
  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const current = this.fields[key];
    this.fields[key] = current === undefined ? String(value) : [current, String(value)].flat();
  }

  /** Removes the header. */
  delete(name: string): void {
    delete this.fields[name.toLowerCase()];
  }

  /** Every `Set-Cookie` value, one entry each (empty when none). */
  getSetCookie(): string[] {
    const value = this.fields["set-cookie"];
    return value === undefined ? [] : typeof value === "string" ? [value] : [...value];
  }

  /** Calls `callback(value, name, headers)` for each header, in name order. */
  forEach(callback: (value: string, name: string, parent: NodeHeaders) => void): void {
    for (const [name, value] of this) callback(value, name, this);
  }

  /** `[name, value]` pairs, names lower-cased and sorted, as `Headers` iterates. */
  *entries(): IterableIterator<[string, string]> {
    // Sorted by name, as Headers iterates.
    for (const name of Object.keys(this.fields).sort()) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }

  /** The header names, lower-cased and sorted. */
  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  /** The header values, in name order. */
  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  /** The same as `entries()`, so `for (const [name, value] of headers)` works. */
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  /** A real `Headers` with the same fields, for APIs that insist on one. */
  toHeaders(): Headers {
    return new Headers([...this.entries()]);
  }
}
