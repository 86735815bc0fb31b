import { type ListOptions, type Page, type PageFetcher, Paginated } from "../../pagination.js";

/**
 * Several paginated lists walked one after the other as one: `.pages()` yields each list's
 * pages in turn (their `page`/`total` are the server's, per list), iteration and
 * `.toArray()` every item. The document list needs it because the API lists one status per
 * request (the status is in the path). An item already yielded is skipped when it shows up
 * again, so a document that moves on (uploaded → training → trained) while the lists are
 * walked in that order is seen once.
 */
export class ConcatenatedPaginated<T extends { id: string }> extends Paginated<T> {
  constructor(
    private readonly fetchers: ReadonlyArray<PageFetcher<T>>,
    private readonly listOptions: ListOptions = {},
  ) {
    super(() => Promise.reject(new Error("unreachable: pages() is overridden")), listOptions);
  }

  override async *pages(): AsyncGenerator<Page<T>> {
    const seen = new Set<string>();
    for (const fetchPage of this.fetchers) {
      for await (const page of new Paginated(fetchPage, this.listOptions).pages()) {
        const items = page.items.filter((item) => !seen.has(item.id));
        for (const item of items) seen.add(item.id);
        yield { ...page, items };
      }
    }
  }
}
