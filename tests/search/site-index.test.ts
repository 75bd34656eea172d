import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changedWords, siteSearchFiles, type IndexState } from "../../src/search/site-index.ts";
import { TermsStore } from "../../src/search/terms-store.ts";
import { wordWeights } from "../../src/search/terms.ts";
import type { Article, Category } from "../../src/types.ts";

const categories = [{ slug: "tin-tuc", name: "Tin tức", description: "", order: 1 }] as Category[];
const WORDS = ["hoàn", "kiếm", "phố", "cổ", "đình", "dinh", "ba", "quảng", "trường", "tây", "hồ", "mới"];

interface Doc {
  title: string;
  text: string;
}

function articles(docs: readonly Doc[]): Article[] {
  return docs.map((d, i) => ({ url: `/tin-tuc/bai-${i}/`, title: d.title, category: "tin-tuc", published: `2024-01-${String(1 + i).padStart(2, "0")}T08:00:00+07:00`, summary: "", text: d.text }) as Article);
}

/** Content keys as the article cache gives them: a function of the article's words. */
const keyOf = (a: Article) => `${a.url}|${a.title}|${a.text}`;

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(" "));
const doc = fc.record({ title: text, text });

describe("changedWords", () => {
  it("gives the words gained, lost or weighed differently", () => {
    const before = { ids: Uint32Array.of(1, 2, 4), weights: Uint8Array.of(1, 1, 2) };
    const after = { ids: Uint32Array.of(2, 3, 4), weights: Uint8Array.of(1, 1, 3) };
    expect(changedWords(before, after).sort()).toEqual([1, 3, 4]);
    expect(changedWords(before, before)).toEqual([]);
  });
});

describe("siteSearchFiles after an edit", () => {
  it("writes only changed files, and those laid over the last index give the whole index", () => {
    let partials = 0;
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 40 }), fc.nat(), doc, (docs, at, replacement) => {
        const store = TermsStore.open(null);
        const first = siteSearchFiles(articles(docs), categories, store, keyOf, null);
        const files = new Map(first.files);
        // One article edited: a word repeated (a weight alone changes), added, removed, or a new title.
        const edited = [...docs];
        edited[at % docs.length] = replacement;
        // Shards are patched from their last version, read from the files as they were.
        let reads = 0;
        const readOld = (rel: string) => (reads++, files.get(rel) ?? null);
        const next = siteSearchFiles(articles(edited), categories, store.next(), keyOf, first.state, readOld);
        const written = [...next.files];
        const whole = new Map(siteSearchFiles(articles(edited), categories, TermsStore.open(null), keyOf, null).files);
        expect(next.partial).toBe(true);
        partials++;
        for (const [rel, bytes] of written) files.set(rel, bytes);
        expect([...files.keys()].sort()).toEqual([...whole.keys()].sort());
        for (const [rel, bytes] of whole) expect(files.get(rel)?.toString(), rel).toBe(bytes.toString());
        // Shards are made only for words whose weight changed: none when the edit leaves every weight as it was.
        const weights = (d: Doc) => JSON.stringify([...wordWeights(d.title, "", d.text)].sort());
        const shards = written.filter(([rel]) => rel.startsWith("w/")).length;
        expect(shards === 0).toBe(weights(docs[at % docs.length]!) === weights(replacement));
        expect(reads).toBe(shards);
      }),
      { numRuns: 300 },
    );
    expect(partials).toBe(300);
  });
});
