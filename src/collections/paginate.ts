/** Pagination in plain data: every list page knows its number, its neighbours and its URL. */

/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  pageNumber: number;
  totalPages: number;
  items: T[];
  url: string;
  prevUrl: string | null;
  nextUrl: string | null;
}

/** URL of page `n` of a list rooted at `base` ("/tin-tuc/" → "/tin-tuc/trang-2/"). */
export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}trang-${n}/`;
}

/**
 * Split items into pages of `perPage`; an empty list still has one (empty) page.
 * @example paginate([1, 2, 3], 2, "/x/").map((p) => p.url) // ["/x/", "/x/trang-2/"]
 */
export function paginate<T>(items: readonly T[], perPage: number, base: string): Page<T>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: totalPages }, (_, i) => {
    const n = i + 1;
    return {
      pageNumber: n,
      totalPages,
      items: items.slice(i * perPage, n * perPage),
      url: pageUrl(base, n),
      prevUrl: n > 1 ? pageUrl(base, n - 1) : null,
      nextUrl: n < totalPages ? pageUrl(base, n + 1) : null,
    };
  });
}
