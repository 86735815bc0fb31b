import type { CallOptions } from "./context.js";

/** One page of a paginated list, as the API answers it (reference §1.5). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
  pages: number;
}

export type PageFetcher<T> = (
  request: { page: number; size: number } & CallOptions,
) => Promise<Page<T>>;

export interface ListOptions extends CallOptions {
  /** Items per request (1..100, default 100: fewer round trips). */
  pageSize?: number;
}

/**
 * Every item of a paginated list, fetched a page at a time as the caller iterates: memory
 * holds one page whatever the list's length. `for await (const x of list)` walks the items,
 * `.pages()` the pages, `.toArray({ limit })` collects.
 */
export class Paginated<T> implements AsyncIterable<T> {
  constructor(
    private readonly fetchPage: PageFetcher<T>,
    private readonly options: ListOptions = {},
  ) {}

  async *pages(): AsyncGenerator<Page<T>> {
    const size = Math.min(100, Math.max(1, this.options.pageSize ?? 100));
    for (let page = 1; ; page++) {
      const result = await this.fetchPage({
        page,
        size,
        ...(this.options.signal ? { signal: this.options.signal } : {}),
      });
      yield result;
      // Stop on a short page as well as on `pages`: a list that shrinks while it is walked
      // must not make the loop run forever.
      if (result.items.length < size || page >= result.pages) return;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for await (const page of this.pages()) yield* page.items;
  }

  async toArray(options: { limit?: number } = {}): Promise<T[]> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const items: T[] = [];
    if (limit <= 0) return items;
    for await (const item of this) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }
}
