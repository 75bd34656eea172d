/** The shape every list page (category, tag, archive) is rendered from. */
import type { Article } from "../types.ts";
import { paginate, type Page } from "./paginate.ts";

export interface Crumb {
  name: string;
  url: string;
}

/** One page of a category, tag or archive list. */
export interface ListPage extends Page<Article> {
  kind: "category" | "tag" | "archive";
  /** Category slug, tag slug, or "2021" / "2021/01". */
  key: string;
  /** Heading, e.g. "Y tế" or "Tháng 1/2021". */
  title: string;
  description: string;
  /** From the home page to this list (the current page last). */
  breadcrumbs: Crumb[];
  /** This list's Atom feed, when it has one. */
  feedUrl: string | null;
}

/** Paginate a list and attach its heading, breadcrumbs and feed. */
export function listPages(
  meta: Omit<ListPage, keyof Page<Article>>,
  items: readonly Article[],
  perPage: number,
  base: string,
): ListPage[] {
  // Written out rather than spread (thousands of pages a build); the fields in the order of the interfaces.
  const { kind, key, title, description, breadcrumbs, feedUrl } = meta;
  return paginate(items, perPage, base).map((p) => ({ kind, key, title, description, breadcrumbs, feedUrl, pageNumber: p.pageNumber, totalPages: p.totalPages, items: p.items, url: p.url, prevUrl: p.prevUrl, nextUrl: p.nextUrl }));
}
