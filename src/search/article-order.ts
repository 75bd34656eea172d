/** Articles in search id order (publication time, then URL), taken from the last index when its order still holds: no sort of every article after an edit. */
import type { Article } from "../types.ts";

/** Articles in id order, and where each one was in the list given (`given[id]`). */
export interface Ordered {
  articles: Article[];
  given: Uint32Array;
}

/**
 * The id order: publication time, then URL.
 * @example byPublication(a, b) < 0 // a is older, or as old with a smaller URL
 */
export function byPublication(a: Article, b: Article): number {
  return Date.parse(a.published) - Date.parse(b.published) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}

/**
 * `articles` sorted into id order.
 * @example sortedArticles(data.articles).articles[0] // the oldest
 */
export function sortedArticles(articles: readonly Article[]): Ordered {
  const times = articles.map((a) => Date.parse(a.published));
  const order = Array.from(articles.keys()).sort((i, j) => {
    const a = articles[i]!;
    const b = articles[j]!;
    return times[i]! - times[j]! || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  });
  return { articles: order.map((i) => articles[i]!), given: Uint32Array.from(order) };
}

/** The last index's order kept: each article's key, and the ids whose key changed (all of them in order). */
export interface KeptOrder extends Ordered {
  keys: string[];
  changed: number[];
}

/**
 * The order of the last index, when `articles` are the same URLs at the same places in the list
 * as then (an edit: the usual case) and the articles that changed still sit between their
 * neighbours; else null. `keyOf` gives an article's key: one key, one article (so its URL and
 * time); URLs are compared only where the key changed.
 * @example keptOrder(data.articles, state, keyOf) ?? sortedArticles(data.articles)
 */
export function keptOrder(articles: readonly Article[], previous: { urls: readonly string[]; keys: readonly string[]; given: Uint32Array }, keyOf: (a: Article) => string): KeptOrder | null {
  const { urls, given } = previous;
  const n = urls.length;
  if (articles.length !== n || given.length !== n || previous.keys.length !== n) return null;
  const out: Article[] = new Array<Article>(n);
  const keys: string[] = new Array<string>(n);
  const changed: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = articles[given[i]!];
    if (a === undefined) return null;
    const key = keyOf(a);
    // `given` was a permutation of the last list: same length and same URLs make it one of this list's.
    if (key !== previous.keys[i]) {
      if (a.url !== urls[i]) return null;
      changed.push(i);
    }
    out[i] = a;
    keys[i] = key;
  }
  return changed.every((i) => inOrderAt(out, i)) ? { articles: out, given, keys, changed } : null;
}

/**
 * True when the article at `i` comes after the one before it and before the one after it.
 * @example inOrderAt(ordered.articles, 17)
 */
export function inOrderAt(ordered: readonly Article[], i: number): boolean {
  const a = ordered[i]!;
  const before = ordered[i - 1];
  const after = ordered[i + 1];
  return (before === undefined || byPublication(before, a) < 0) && (after === undefined || byPublication(a, after) < 0);
}
