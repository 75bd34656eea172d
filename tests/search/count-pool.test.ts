import { describe, expect, it } from "vitest";
import { countOnWorkers } from "../../src/search/count-pool.ts";
import { primeTerms } from "../../src/search/prime.ts";
import { TermsStore } from "../../src/search/terms-store.ts";
import { wordWeights } from "../../src/search/terms.ts";
import type { Article } from "../../src/types.ts";

const texts = Array.from({ length: 150 }, (_, i) => [`Tiêu đề ${i}`, `Tóm tắt số ${i % 7}`, `Phường Hàng Bạc ${"phố cổ ".repeat(i % 80)} đường ${i}`] as const);

describe("countOnWorkers", () => {
  it("gives exactly what wordWeights gives, for every article, with the caller's word ids", async () => {
    const ids = new Map<string, number>();
    const spelling: string[] = [];
    const idOf = (w: string) => {
      if (!ids.has(w)) ids.set(w, spelling.push(w) - 1);
      return ids.get(w)!;
    };
    const counted = new Array<Map<string, number>>(texts.length);
    await countOnWorkers(texts.length, (i) => texts[i]!, 2, idOf, (i, c) => {
      expect(counted[i]).toBeUndefined();
      counted[i] = new Map(Array.from(c.ids, (v, j) => [spelling[v]!, c.weights[j]!]));
    });
    expect(counted).toEqual(texts.map(([t, s, x]) => wordWeights(t, s, x)));
  });
});

describe("primeTerms", () => {
  it("counts the articles the store lacks on threads when there are many, and caches them", async () => {
    const articles = Array.from({ length: 600 }, (_, i) => ({ url: `/a/${i}/`, title: `Bài ${i}`, summary: "", text: `quận ${i}` }) as Article);
    const store = TermsStore.open(null);
    expect(await primeTerms({ articles, cacheKeys: articles.map((a) => a.url) }, store, 2)).toBe(600);
    const seven = store.get("/a/7/")!;
    const words = [...seven.ids].map((v) => store.vocabulary.words[v]);
    expect(new Map(words.map((w, j) => [w, seven.weights[j]]))).toEqual(wordWeights("Bài 7", "", "quận 7"));
    expect(await primeTerms({ articles, cacheKeys: articles.map((a) => a.url) }, store, 2)).toBe(0);
  });
  it("leaves a few articles to the main thread", async () => {
    const store = TermsStore.open(null);
    expect(await primeTerms({ articles: [{ url: "/a/", title: "x", summary: "", text: "" } as Article], cacheKeys: ["/a/"] }, store, 2)).toBe(0);
  });
});
