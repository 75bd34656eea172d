/** Articles whose HTML and text stay on disk until a page reads them, each tagged with its content key. */
import type { Article } from "../types.ts";
import type { ArticleStore, BuiltArticle, StoredEntry } from "./article-store.ts";

const keys = new WeakMap<object, string>();
const hydrated = new WeakMap<StoredEntry, BuiltArticle>();

/**
 * The prototype of cached articles: empty, except while `asKeysJson` runs, when its `toJSON` makes
 * JSON.stringify write each article as its key (natively, much faster than a replacer function).
 */
const ARTICLE_PROTO: { toJSON?: () => string } = Object.create(Object.prototype) as object;

/**
 * JSON of `value` where every cached article stands as "§" + its content key.
 * @example asKeysJson({ article, related: [a, b] }) // '{"article":"§9c1d…","related":["§…","§…"]}'
 */
export function asKeysJson(value: unknown): string {
  ARTICLE_PROTO.toJSON = function (this: object) {
    return `§${keys.get(this) ?? ""}`;
  };
  try {
    return JSON.stringify(value) ?? "undefined";
  } finally {
    delete ARTICLE_PROTO.toJSON;
  }
}

/**
 * The content key an article was built from (bytes, path, code and context), or null for an
 * article that did not come through the cache. Two articles with one key are identical.
 * @example articleKeyOf(loaded.articles[0]) // "9c1d…"
 */
export function articleKeyOf(article: object): string | null {
  return keys.get(article) ?? null;
}

/**
 * The result an entry stands for. `html` and `text` are getters reading the pack on each access, so
 * 100k articles cost their metadata only. The same entry always gives the same objects.
 * @example fromEntry(store, key, entry).article?.html // read from disk now
 */
export function fromEntry(store: ArticleStore, key: string, entry: StoredEntry): BuiltArticle {
  const known = hydrated.get(entry);
  if (known) return known;
  let article: Article | null = null;
  if (entry.article) {
    const slim = entry.article as Record<string, unknown>;
    const a = Object.create(ARTICLE_PROTO) as Record<string, unknown>;
    // Same field order as a freshly built article, so JSON of either is the same.
    for (const field of new Set([...store.fields, ...Object.keys(slim), "html", "text"])) {
      if (field === "html" || field === "text") {
        Object.defineProperty(a, field, { enumerable: true, get: () => store.read(entry, field) });
      } else if (field in slim) a[field] = slim[field];
    }
    keys.set(a, key);
    article = a as unknown as Article;
  }
  const result: BuiltArticle = { article, problems: entry.problems };
  hydrated.set(entry, result);
  return result;
}
