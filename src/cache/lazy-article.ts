/** Articles whose HTML and text stay on disk until a page reads them, each tagged with its content key. */
import { openSync, readSync } from "node:fs";
import type { Article } from "../types.ts";
import type { ArticleStore, BuiltArticle, StoredEntry } from "./article-store.ts";

const keys = new WeakMap<object, string>();
const hydrated = new WeakMap<StoredEntry, BuiltArticle>();
const sources = new WeakMap<object, { store: ArticleStore; entry: StoredEntry }>();

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
    sources.set(a, { store, entry });
    article = a as unknown as Article;
  }
  const result: BuiltArticle = { article, problems: entry.problems };
  hydrated.set(entry, result);
  return result;
}

/** A cached article as another thread can rebuild it: its fields, and where its HTML and text are. */
export interface LazyArticleRef {
  "§lazy": { fields: readonly string[]; slim: Record<string, unknown>; html: [string, number, number]; text: [string, number, number] };
}

/**
 * `value` with every cached article replaced by a reference (deep, through arrays and plain
 * objects), so posting it to a worker copies metadata only, not HTML nobody reads.
 * @example const ref = toThreadSafe({ article, related }); worker.postMessage(ref);
 */
export function toThreadSafe(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const source = sources.get(value);
  if (source) {
    const { store, entry } = source;
    const at = (f: "html" | "text"): [string, number, number] => [store.packPath(entry.pack), entry[f][0], entry[f][1]];
    return { "§lazy": { fields: store.fields, slim: entry.article as Record<string, unknown>, html: at("html"), text: at("text") } } satisfies LazyArticleRef;
  }
  if (Array.isArray(value)) return value.map(toThreadSafe);
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toThreadSafe(v)]));
}

const fds = new Map<string, number>();

function readAt([file, offset, length]: [string, number, number]): string {
  if (length === 0) return "";
  let fd = fds.get(file);
  if (fd === undefined) {
    fd = openSync(file, "r");
    fds.set(file, fd);
  }
  const buf = Buffer.allocUnsafe(length);
  readSync(fd, buf, 0, length, offset);
  return buf.toString("utf8");
}

/**
 * The inverse of `toThreadSafe`, in the worker: references become articles whose `html` and `text`
 * read the pack when used, with the same fields in the same order.
 */
export function fromThreadSafe(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(fromThreadSafe);
  const ref = (value as Partial<LazyArticleRef>)["§lazy"];
  if (ref) {
    const a: Record<string, unknown> = {};
    for (const field of new Set([...ref.fields, ...Object.keys(ref.slim), "html", "text"])) {
      if (field === "html" || field === "text") Object.defineProperty(a, field, { enumerable: true, get: () => readAt(ref[field]) });
      else if (field in ref.slim) a[field] = ref.slim[field];
    }
    return a;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromThreadSafe(v)]));
}
