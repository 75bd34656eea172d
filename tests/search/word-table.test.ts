import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lookUp, wordTable } from "../../src/search/word-table.ts";

describe("wordTable", () => {
  it("finds every word's id, and no word it was not made for", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 8 }), { maxLength: 200 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 20 }), (words, others) => {
        const slots = wordTable(words);
        expect(slots.length).toBeGreaterThanOrEqual(words.length * 2);
        words.forEach((w, i) => expect(lookUp(slots, words, w)).toBe(i));
        for (const o of others) expect(lookUp(slots, words, o)).toBe(words.includes(o) ? words.indexOf(o) : undefined);
      }),
    );
  });
  it("ignores words added after the table was made", () => {
    const words = ["phố", "cổ"];
    const slots = wordTable(words);
    expect(lookUp(slots, [...words, "mới"], "mới")).toBeUndefined();
  });
});
