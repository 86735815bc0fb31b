export interface PageRequest {
  page: number;
  size: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
  pages: number;
}

/**
 * Reads `page` and `size` (validated by the spec: page >= 1, 1 <= size <= 100). The Python
 * SDK also sends `page_size`; the server reads `size`, falling back to `page_size` only when
 * `size` is absent (the KB document list sends nothing else, reference §1.5).
 */
export function readPage(query: { page?: number; size?: number; page_size?: number }): PageRequest {
  const page = query.page ?? 1;
  const size = Math.min(100, Math.max(1, query.size ?? query.page_size ?? 50));
  // Far past the end the page is empty anyway; the offset stays an exact 64-bit integer.
  const offset = Math.min((page - 1) * size, Number.MAX_SAFE_INTEGER);
  return { page, size, offset };
}

export function toPage<T>(items: T[], total: number, request: PageRequest): Page<T> {
  return {
    items,
    total,
    page: request.page,
    size: request.size,
    pages: Math.ceil(total / request.size),
  };
}
