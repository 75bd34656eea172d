import { describe, expect, it } from "vitest";
import { wordWeights } from "../../src/search/terms.ts";
import { Vocabulary } from "../../src/search/vocabulary.ts";
import { IN_TITLE, TF_MAX } from "../../layouts/assets/search-core.js";

describe("wordWeights", () => {
  it("counts each spelling in summary and text and flags title words", () => {
    const pairs = wordWeights("Đà Nẵng đẹp", "Đoàn đến Đà Nẵng.", "Đà Nẵng, đà nẵng và Da Nang.");
    expect(pairs.get("đà")).toBe(3 + IN_TITLE);
    expect(pairs.get("da")).toBe(1);
    expect(pairs.get("đẹp")).toBe(IN_TITLE);
    expect(pairs.get("đoàn")).toBe(1);
    // Interned, the words come in ascending id order (the order postings are built in).
    const ids = [...new Vocabulary().intern(pairs).ids];
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });
  it("caps the count", () => {
    expect(wordWeights("", "", "xã ".repeat(500)).get("xã")).toBe(TF_MAX);
  });
  it("gives nothing for an empty article", () => {
    expect([...wordWeights("", "", "")]).toEqual([]);
  });
});
