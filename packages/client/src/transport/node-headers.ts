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

  get(name: string): string | null {
    const value = this.fields[name.toLowerCase()];
    if (value === undefined) return null;
    return typeof value === "string" ? value : value.join(", ");
  }

  has(name: string): boolean {
    return this.fields[name.toLowerCase()] !== undefined;
  }

  set(name: string, value: string): void {
    this.fields[name.toLowerCase()] = String(value);
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const current = this.fields[key];
    this.fields[key] = current === undefined ? String(value) : [current, String(value)].flat();
  }

  delete(name: string): void {
    delete this.fields[name.toLowerCase()];
  }

  getSetCookie(): string[] {
    const value = this.fields["set-cookie"];
    return value === undefined ? [] : typeof value === "string" ? [value] : [...value];
  }

  forEach(callback: (value: string, name: string, parent: NodeHeaders) => void): void {
    for (const [name, value] of this) callback(value, name, this);
  }

  *entries(): IterableIterator<[string, string]> {
    // Sorted by name, as Headers iterates.
    for (const name of Object.keys(this.fields).sort()) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  /** A real `Headers` with the same fields, for APIs that insist on one. */
  toHeaders(): Headers {
    return new Headers([...this.entries()]);
  }
}
