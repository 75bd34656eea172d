import { describe, expect, it } from "vitest";
import { docTerms, termPairs } from "../../src/search/terms.ts";
import { IN_TITLE, TF_MAX } from "../../layouts/assets/search-core.js";

describe("docTerms", () => {
  it("counts each spelling in summary and text and flags title words", () => {
    const t = docTerms("Đà Nẵng đẹp", "Đoàn đến Đà Nẵng.", "Đà Nẵng, đà nẵng và Da Nang.");
    const pairs = new Map(termPairs(t));
    expect(pairs.get("đà")).toBe(3 + IN_TITLE);
    expect(pairs.get("da")).toBe(1);
    expect(pairs.get("đẹp")).toBe(IN_TITLE);
    expect(pairs.get("đoàn")).toBe(1);
    expect([...pairs.keys()]).toEqual([...pairs.keys()].sort());
  });
  it("caps the count", () => {
    const t = docTerms("", "", "xã ".repeat(500));
    expect(new Map(termPairs(t)).get("xã")).toBe(TF_MAX);
  });
  it("gives nothing for an empty article", () => {
    expect([...termPairs(docTerms("", "", ""))]).toEqual([]);
  });
});
