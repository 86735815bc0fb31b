import type { CallOptions } from "./context.js";
import { checkLimit, checkPageSize } from "./internal/validate.js";

/** One page of a paginated list, as the API answers it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
  pages: number;
}

/** Fetches one numbered page of a list endpoint. */
export type PageFetcher<T> = (
  request: { page: number; size: number } & CallOptions,
) => Promise<Page<T>>;

/**
 * Where a Paginated gets its pages: given the page size and the signal, yields the pages in
 * order. Most lists are one endpoint walked page by page (`pagesOf`); a list that the API
 * splits over several endpoints yields them one after the other (`concatPages`).
 */
export interface PageSource<T> {
  /** Yields the list one page at a time, `size` items per page (fewer on the last). */
  pages(request: { size: number } & CallOptions): AsyncIterable<Page<T>>;
}

export interface ListOptions extends CallOptions {
  /** Items per request (1..100, default 100: fewer round trips). */
  pageSize?: number;
}

const MAX_PAGE_SIZE = 100;

/** Walks one list endpoint from page 1 until a short page or the last page. */
export function pagesOf<T>(fetchPage: PageFetcher<T>): PageSource<T> {
  return {
    async *pages({ size, signal }) {
      for (let page = 1; ; page++) {
        const result = await fetchPage({ page, size, ...(signal ? { signal } : {}) });
        yield result;
        // Stop on a short page as well as on `pages`: a list that shrinks while it is walked
        // must not make the loop run forever.
        if (result.items.length < size || page >= result.pages) return;
      }
    },
  };
}

/**
 * Several lists walked one after the other as one: each list's pages in turn (their
 * `page`/`total` are the server's, per list). An item already yielded is skipped when it
 * shows up again, so an item that moves from one list to the next while they are walked
 * (a document going uploaded → training → trained) is seen once.
 */
export function concatPages<T extends { id: string }>(
  sources: ReadonlyArray<PageSource<T>>,
): PageSource<T> {
  return {
    async *pages(request) {
      const seen = new Set<string>();
      for (const source of sources) {
        for await (const page of source.pages(request)) {
          const items = page.items.filter((item) => !seen.has(item.id));
          for (const item of items) seen.add(item.id);
          yield { ...page, items };
        }
      }
    },
  };
}

/**
 * Every item of a paginated list, fetched a page at a time as the caller iterates: memory
 * holds one page whatever the list's length. `for await (const x of list)` walks the items,
 * `.pages()` the pages, `.toArray({ limit })` and `.take(n)` collect (fetching no more than
 * the limit).
 *
 * @param source where the pages come from: a PageSource, or a PageFetcher of one numbered
 *   page (walked from page 1).
 * @throws NoxusInputError (`invalid_page_size`) when `pageSize` is not an integer from 1 to 100.
 */
export class Paginated<T> implements AsyncIterable<T> {
  private readonly source: PageSource<T>;
  private readonly size: number;

  constructor(
    source: PageSource<T> | PageFetcher<T>,
    private readonly options: ListOptions = {},
  ) {
    this.size = checkPageSize(options.pageSize) ?? MAX_PAGE_SIZE;
    this.source = typeof source === "function" ? pagesOf(source) : source;
  }

  /** Yields the list one page at a time (fetching each when asked for), for progress or batching. */
  async *pages(): AsyncGenerator<Page<T>> {
    const { signal } = this.options;
    yield* this.source.pages({ size: this.size, ...(signal ? { signal } : {}) });
  }

  /** Yields every item, fetching pages as needed: `for await (const item of list)`. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for await (const page of this.pages()) yield* page.items;
  }

  /**
   * Collects the items, at most `limit` of them. With a limit no more is fetched than needed:
   * pages are asked for with a size of at most `limit` (so `toArray({ limit: 5 })` is one
   * request of 5 items), and no page is fetched once the limit is reached.
   * @throws NoxusInputError (`invalid_option`) when `limit` is not a whole number ≥ 0.
   */
  async toArray(options: { limit?: number } = {}): Promise<T[]> {
    const limit = checkLimit(options.limit);
    const items: T[] = [];
    if (limit === 0) return items;
    const { signal } = this.options;
    const size = Math.min(this.size, limit);
    for await (const page of this.source.pages({ size, ...(signal ? { signal } : {}) })) {
      items.push(...page.items.slice(0, limit - items.length));
      if (items.length >= limit) break;
    }
    return items;
  }

  /** The first `n` items (`toArray({ limit: n })`): at most `n` are fetched. */
  async take(n: number): Promise<T[]> {
    return this.toArray({ limit: checkLimit(n, "n") });
  }
}
