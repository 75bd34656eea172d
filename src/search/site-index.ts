/** The search index of a site: its published articles, oldest first, with their words from the cache when unchanged. */
import type { Article, Category } from "../types.ts";
import { formatDay, localParts } from "../text/dates.ts";
import { searchIndexFiles, type SearchDoc } from "./index-files.ts";
import { docTerms } from "./terms.ts";
import type { TermsStore } from "./terms-store.ts";

/**
 * The index files for `articles` (any order): ids follow publication time, then URL, so a new
 * article usually takes the next id and leaves the other files as they were.
 * `keyOf` gives an article's content key (null: count its words again); `store` caches the words.
 * @example siteSearchFiles(data.articles, data.categories, store, articleKeyOf).size
 */
export function siteSearchFiles(
  articles: readonly Article[],
  categories: readonly Category[],
  store: TermsStore | null,
  keyOf: (a: Article) => string | null,
): Map<string, string> {
  const index = new Map(categories.map((c, i) => [c.slug, i]));
  const times = new Map(articles.map((a) => [a, Date.parse(a.published)]));
  const ordered = [...articles].sort((a, b) => times.get(a)! - times.get(b)! || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const docs: SearchDoc[] = ordered.map((a) => {
    const key = keyOf(a);
    let terms = key ? store?.get(key) : undefined;
    if (!terms) {
      terms = docTerms(a.title, a.summary, a.text);
      if (key) store?.set(key, terms);
    }
    return {
      url: a.url,
      title: a.title,
      date: formatDay(a.published),
      year: localParts(a.published).year,
      category: index.get(a.category) ?? -1,
      summary: a.summary,
      terms,
    };
  });
  return searchIndexFiles(docs, categories.map((c) => [c.slug, c.name]));
}
