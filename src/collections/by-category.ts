/** Category lists: one paginated list per declared category, newest first. */
import type { Article, Category } from "../types.ts";
import { listPages, type ListPage } from "./list-page.ts";

export const HOME_CRUMB = { name: "Trang chủ", url: "/" };

/**
 * Group articles by category (every declared category gets a list, even an empty one).
 * @example byCategory(articles, categories, 20)[0]?.url // "/tin-tuc/"
 */
export function byCategory(articles: readonly Article[], categories: readonly Category[], perPage: number): ListPage[] {
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
      articles.filter((a) => a.category === c.slug),
      perPage,
      base,
    );
  });
}
