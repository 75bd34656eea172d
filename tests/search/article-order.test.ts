import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keptOrder, sortedArticles } from "../../src/search/article-order.ts";
import type { Article } from "../../src/types.ts";

const article = (i: number, day: number) => ({ url: `/tin-tuc/bai-${i}/`, published: `2024-01-${String(day).padStart(2, "0")}T08:00:00+07:00`, title: `Bài ${i}` }) as Article;
const keyOf = (a: Article) => `${a.url}|${a.published}|${a.title}`;

describe("sortedArticles", () => {
  it("orders by publication time, then URL, and says where each came from", () => {
    const list = [article(2, 5), article(1, 5), article(3, 1)];
    const { articles, given } = sortedArticles(list);
    expect(articles.map((a) => a.url)).toEqual(["/tin-tuc/bai-3/", "/tin-tuc/bai-1/", "/tin-tuc/bai-2/"]);
    expect([...given]).toEqual([2, 1, 0]);
  });
});

describe("keptOrder", () => {
  it("gives the sorted order whenever it gives one, and keeps it after an edit that leaves it", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 28 }), fc.boolean())), fc.boolean(), (days, edits, reverse) => {
        const before = days.map((d, i) => article(i, d));
        const first = sortedArticles(before);
        const previous = { urls: first.articles.map((a) => a.url), keys: first.articles.map(keyOf), given: first.given };
        const after = [...before];
        for (const [at, day, retitle] of edits) {
          const a = after[at % after.length]!;
          after[at % after.length] = { ...a, published: `2024-01-${String(day).padStart(2, "0")}T08:00:00+07:00`, title: retitle ? `${a.title}!` : a.title };
        }
        const given = reverse ? [...after].reverse() : after;
        const kept = keptOrder(given, previous, keyOf);
        const sorted = sortedArticles(given);
        if (kept) {
          expect(kept.articles).toEqual(sorted.articles);
          expect(kept.keys).toEqual(sorted.articles.map(keyOf));
          expect(kept.changed).toEqual(kept.keys.flatMap((k, i) => (k === previous.keys[i] ? [] : [i])));
        }
        // The same list in the same places, with times that keep the order: kept.
        if (!reverse && sorted.articles.every((a, i) => a.url === previous.urls[i])) expect(kept).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
  it("is null for another number of articles or another URL in a place", () => {
    const list = [article(1, 1), article(2, 2)];
    const first = sortedArticles(list);
    const previous = { urls: first.articles.map((a) => a.url), keys: first.articles.map(keyOf), given: first.given };
    expect(keptOrder([article(1, 1)], previous, keyOf)).toBeNull();
    expect(keptOrder([article(1, 1), article(3, 2)], previous, keyOf)).toBeNull();
    expect(keptOrder(list, previous, keyOf)?.changed).toEqual([]);
  });
});
