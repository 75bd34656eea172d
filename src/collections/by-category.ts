/** Category lists: one paginated list per declared category, newest first. */
import type { Article, Category } from "../types.ts";
import { listPages, type ListPage } from "./list-page.ts";

export const HOME_CRUMB = { name: "Trang chủ", url: "/" };

/**
 * Each category's articles, in the given order, in one pass (every declared category has a list).
 * @example inCategories(articles, categories).get("y-te")?.length
 */
export function inCategories(articles: readonly Article[], categories: readonly Category[]): Map<string, Article[]> {
  const lists = new Map<string, Article[]>(categories.map((c) => [c.slug, []]));
  for (const a of articles) lists.get(a.category)?.push(a);
  return lists;
}

/**
 * Group articles by category (every declared category gets a list, even an empty one).
 * @example byCategory(articles, categories, 20)[0]?.url // "/tin-tuc/"
 */
export function byCategory(articles: readonly Article[], categories: readonly Category[], perPage: number, lists = inCategories(articles, categories)): ListPage[] {
  return categories.flatMap((c) => {
    const base = `/${c.slug}/`;
    return listPages(
      {
        kind: "category",
        key: c.slug,
        title: c.name,
        description: c.description,
        breadcrumbs: [HOME_CRUMB, { name: c.name, url: base }],
        feedUrl: `/${c.slug}/feed.xml`,
      },
      lists.get(c.slug) ?? [],
      perPage,
      base,
    );
  });
}
