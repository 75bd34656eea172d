/** Related articles: shared tags and people first, then the same category, nearest in time. */
import type { Article } from "../types.ts";
import { epochMs } from "../text/dates.ts";

const nameKey = (n: string) => n.normalize("NFC").toLowerCase().replace(/\s+/g, " ");

function peopleOf(a: Article): Set<string> {
  return new Set([...a.meta.attendees, ...a.meta.speakers].map((p) => nameKey(p.name)));
}

/**
 * The first `limit` of the `touched` articles sorted by score (high first), then nearness (near
 * first), ties in first-touch order: what a stable sort then `slice(0, limit)` gives, without
 * sorting hundreds.
 */
function topRanked(touched: readonly number[], score: Uint32Array, limit: number, near: (i: number) => number): number[] {
  const before = (x: number, y: number) => (score[y] ?? 0) - (score[x] ?? 0) || near(x) - near(y);
  const top: number[] = [];
  for (const e of touched) {
    const last = top[top.length - 1];
    if (top.length >= limit && last !== undefined && before(e, last) >= 0) continue;
    let j = top.length;
    while (j > 0 && before(e, top[j - 1] as number) < 0) j--;
    top.splice(j, 0, e);
    if (top.length > limit) top.pop();
  }
  return top;
}

/**
 * Up to `limit` related articles for each article, by URL.
 * Index by tag, person and category so this stays near-linear at 100k articles; scores are kept
 * in one typed array by article position, reset after each article.
 */
export function relatedArticles(articles: readonly Article[], limit = 4): Map<string, Article[]> {
  const keysOf = (a: Article) => [...a.tags.map((t) => `t:${t.toLowerCase()}`), ...[...peopleOf(a)].map((p) => `p:${p}`)];
  const push = <K,>(m: Map<K, number[]>, k: K, i: number) => {
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  };
  const keys = articles.map(keysOf);
  const index = new Map<string, number[]>();
  const byCat = new Map<string, number[]>();
  articles.forEach((a, i) => {
    for (const k of keys[i] ?? []) push(index, k, i);
    push(byCat, a.category, i);
  });
  // Parse each date once: ranking compares them many times.
  const ms = Float64Array.from(articles, (a) => epochMs(a.published));
  const score = new Uint32Array(articles.length);
  const touched: number[] = [];
  const result = new Map<string, Article[]>();
  articles.forEach((a, ai) => {
    touched.length = 0;
    for (const k of keys[ai] ?? []) {
      const group = index.get(k) ?? [];
      if (group.length > 200) continue; // a very common tag says little
      for (const bi of group) {
        if (bi === ai) continue;
        if (score[bi] === 0) touched.push(bi);
        score[bi] = (score[bi] ?? 0) + 1;
      }
    }
    const t = ms[ai] ?? 0;
    const near = (bi: number) => Math.abs((ms[bi] ?? 0) - t);
    const ranked = topRanked(touched, score, limit, near);
    if (ranked.length < limit) {
      const sameCat = (byCat.get(a.category) ?? []).filter((bi) => bi !== ai && score[bi] === 0);
      // Articles are newest first; take the neighbours in time around this one.
      const i = sameCat.findIndex((bi) => (ms[bi] ?? 0) <= t);
      const from = Math.max(0, (i < 0 ? sameCat.length : i) - Math.ceil(limit / 2));
      ranked.push(...sameCat.slice(from, from + limit).sort((x, y) => near(x) - near(y)));
    }
    for (const bi of touched) score[bi] = 0;
    result.set(a.url, ranked.slice(0, limit).map((bi) => articles[bi] as Article));
  });
  return result;
}
