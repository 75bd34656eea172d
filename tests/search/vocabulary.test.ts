import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortedTerms, Vocabulary } from "../../src/search/vocabulary.ts";
import { wordTable } from "../../src/search/word-table.ts";

describe("sortedTerms", () => {
  it("orders words by id, weights alongside, for small and very large ids", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.nat(1000), fc.integer({ min: 2 ** 24, max: 2 ** 32 - 1 })), { maxLength: 50 }), (ids) => {
        const weights = ids.map((v) => (v * 7) % 256);
        const out = sortedTerms(Uint32Array.from(ids), Uint8Array.from(weights));
        const expected = ids.map((v, i) => [v, weights[i]!] as const).sort((a, b) => a[0] - b[0]);
        expect(Array.from(out.ids)).toEqual(expected.map(([v]) => v));
        expect(Array.from(out.weights)).toEqual(expected.map(([, w]) => w));
      }),
    );
  });
});

describe("Vocabulary", () => {
  it("numbers spellings in the order they are first seen, and interns an article's weights by id", () => {
    const v = new Vocabulary();
    expect(v.id("phố")).toBe(0);
    expect(v.id("cổ")).toBe(1);
    expect(v.id("phố")).toBe(0);
    const t = v.intern(new Map([["hàng", 2], ["cổ", 1], ["phố", 3]]));
    expect(Array.from(t.ids)).toEqual([0, 1, 2]);
    expect(Array.from(t.weights)).toEqual([3, 1, 2]);
  });
});

describe("Vocabulary read from the cache", () => {
  const spelling = fc.stringMatching(/^[a-zđàáảãạ0-9]{1,6}$/);
  it("gives the ids a vocabulary with a Map gives, through the saved table, and the same fingerprints", () => {
    fc.assert(
      fc.property(fc.uniqueArray(spelling, { maxLength: 300 }), fc.nat(), fc.array(spelling, { maxLength: 30 }), (words, cut, asked) => {
        const covered = words.length ? cut % (words.length + 1) : 0;
        const plain = new Vocabulary([...words]);
        const first = new Vocabulary(words.slice(0, covered));
        const saved = new Vocabulary([...words], { covered, table: wordTable(words.slice(0, covered)), blocks: first.blockHashes() });
        for (const w of asked) expect(saved.id(w)).toBe(plain.id(w));
        expect(saved.words).toEqual(plain.words);
        for (const n of [0, covered, saved.size]) expect(saved.fingerprint(n)).toBe(plain.fingerprint(n));
      }),
      { numRuns: 200 },
    );
  });
  it("tells vocabularies apart by their fingerprint, across whole blocks of words", () => {
    const words = Array.from({ length: 9000 }, (_, i) => `w${i}`);
    const a = new Vocabulary([...words]);
    const b = new Vocabulary(words.map((w, i) => (i === 5000 ? "khác" : w)));
    expect(a.fingerprint(9000)).not.toBe(b.fingerprint(9000));
    expect(a.fingerprint(4999)).toBe(b.fingerprint(4999));
    expect(a.fingerprint(8192)).not.toBe(a.fingerprint(8191));
  });
});
