import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortedTerms, Vocabulary } from "../../src/search/vocabulary.ts";

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
