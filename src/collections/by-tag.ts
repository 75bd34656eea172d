/** Tag lists: spellings that differ only by accents or case share one tag page. */
import type { Article } from "../types.ts";
import { slugify } from "../text/slug.ts";
import { HOME_CRUMB } from "./by-category.ts";
import { listPages, type ListPage } from "./list-page.ts";

export interface TagInfo {
  slug: string;
  /** The most used spelling. */
  name: string;
  count: number;
  url: string;
}

/** Every tag with its most common spelling and count, by name. */
export function tagIndex(articles: readonly Article[]): TagInfo[] {
  const groups = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const tags = a.tags;
    for (let i = 0; i < tags.length; i++) {
      const tag = tags[i] as string;
      // Each spelling once per article (a Set per article cost more than this scan of three tags).
      if (tags.indexOf(tag) < i) continue;
      const slug = slugify(tag);
      if (!slug) continue;
      const spellings = groups.get(slug) ?? new Map<string, number>();
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
      groups.set(slug, spellings);
    }
  }
  return [...groups].map(([slug, spellings]) => {
    const sorted = [...spellings].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0], "vi"));
    const count = sorted.reduce((n, [, c]) => n + c, 0);
    return { slug, name: sorted[0]?.[0] ?? slug, count, url: `/the/${slug}/` };
  }).sort((x, y) => x.name.localeCompare(y.name, "vi"));
}

/** One paginated list per tag. */
export function byTag(articles: readonly Article[], tags: readonly TagInfo[], perPage: number): ListPage[] {
  // Articles per tag slug in one pass, in article order (was one pass over every article per tag).
  const bySlug = new Map<string, Article[]>();
  const slugs: string[] = [];
  for (const a of articles) {
    slugs.length = 0;
    for (const tag of a.tags) {
      const slug = slugify(tag);
      // Each slug once per article, in order of first use.
      if (slugs.includes(slug)) continue;
      slugs.push(slug);
      const list = bySlug.get(slug);
      if (list) list.push(a);
      else bySlug.set(slug, [a]);
    }
  }
  return tags.flatMap((t) =>
    listPages(
      {
        kind: "tag",
        key: t.slug,
        title: `Thẻ: ${t.name}`,
        description: `Các bài viết gắn thẻ “${t.name}”.`,
        breadcrumbs: [HOME_CRUMB, { name: "Thẻ", url: "/the/" }, { name: t.name, url: t.url }],
        feedUrl: null,
      },
      bySlug.get(t.slug) ?? [],
      perPage,
      t.url,
    ),
  );
}
