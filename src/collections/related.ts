/** Related articles: shared tags and people first, then the same category, nearest in time. */
import type { Article } from "../types.ts";
import { epochMs } from "../text/dates.ts";

const nameKey = (n: string) => n.normalize("NFC").toLowerCase().replace(/\s+/g, " ");

function peopleOf(a: Article): Set<string> {
  return new Set([...a.meta.attendees, ...a.meta.speakers].map((p) => nameKey(p.name)));
}

/**
 * The first `limit` of `score` sorted by score (high first), then nearness (near first), ties in
 * insertion order: what a stable sort then `slice(0, limit)` gives, without sorting hundreds.
 */
function topRanked(score: Map<Article, number>, limit: number, near: (b: Article) => number): Article[] {
  const before = (x: [Article, number], y: [Article, number]) => y[1] - x[1] || near(x[0]) - near(y[0]);
  const top: [Article, number][] = [];
  for (const e of score) {
    const last = top[top.length - 1];
    if (top.length >= limit && last && before(e, last) >= 0) continue;
    let j = top.length;
    while (j > 0 && before(e, top[j - 1] as [Article, number]) < 0) j--;
    top.splice(j, 0, e);
    if (top.length > limit) top.pop();
  }
  return top.map(([b]) => b);
}

/**
 * Up to `limit` related articles for each article, by URL.
 * Index by tag, person and category so this stays near-linear at 100k articles.
 */
export function relatedArticles(articles: readonly Article[], limit = 4): Map<string, Article[]> {
  const index = new Map<string, Article[]>();
  const keysOf = (a: Article) => [...a.tags.map((t) => `t:${t.toLowerCase()}`), ...[...peopleOf(a)].map((p) => `p:${p}`)];
  const push = <K,>(m: Map<K, Article[]>, k: K, a: Article) => {
    const list = m.get(k);
    if (list) list.push(a);
    else m.set(k, [a]);
  };
  const keys = new Map<Article, string[]>(articles.map((a) => [a, keysOf(a)]));
  for (const a of articles) for (const k of keys.get(a) ?? []) push(index, k, a);
  const byCat = new Map<string, Article[]>();
  for (const a of articles) push(byCat, a.category, a);
  // Parse each date once: sorting compares them O(n log n) times.
  const epoch = new Map<Article, number>(articles.map((a) => [a, epochMs(a.published)]));
  const ms = (a: Article) => epoch.get(a) ?? epochMs(a.published);
  const result = new Map<string, Article[]>();
  for (const a of articles) {
    const score = new Map<Article, number>();
    for (const k of keys.get(a) ?? keysOf(a)) {
      const group = index.get(k) ?? [];
      if (group.length > 200) continue; // a very common tag says little
      for (const b of group) if (b !== a) score.set(b, (score.get(b) ?? 0) + 1);
    }
    const t = ms(a);
    const near = (b: Article) => Math.abs(ms(b) - t);
    const ranked = topRanked(score, limit, near);
    if (ranked.length < limit) {
      const sameCat = (byCat.get(a.category) ?? []).filter((b) => b !== a && !score.has(b));
      // Articles are newest first; take the neighbours in time around this one.
      const i = sameCat.findIndex((b) => ms(b) <= t);
      const from = Math.max(0, (i < 0 ? sameCat.length : i) - Math.ceil(limit / 2));
      ranked.push(...sameCat.slice(from, from + limit).sort((x, y) => near(x) - near(y)));
    }
    result.set(a.url, ranked.slice(0, limit));
  }
  return result;
}
