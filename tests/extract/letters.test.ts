import { describe, expect, it } from "vitest";
import { capitalisedRuns, isWordChar } from "../../src/extract/letters.ts";

const runs = (s: string) => capitalisedRuns(s).map((r) => r.map((x) => x.text).join(" "));

describe("capitalisedRuns", () => {
  it("groups capitalised syllables joined by single spaces, with their offsets", () => {
    expect(runs("có đồng chí Lê Hồng Phú – Phó Chủ tịch")).toEqual(["Lê Hồng Phú", "Phó Chủ"]);
    const [first] = capitalisedRuns("ông Đàm Văn Huân");
    expect(first?.map((s) => [s.start, s.end])).toEqual([[4, 7], [8, 11], [12, 16]]);
  });

  it("does not take acronyms, mixed words or digits for syllables", () => {
    expect(runs("UBND quận, HĐND&UBND, Covid-19 và ThS Nguyễn An")).toEqual(["Covid", "Nguyễn An"]);
  });

  it("breaks a run at punctuation and at double spaces", () => {
    expect(runs("Hà Nội, Việt Nam")).toEqual(["Hà Nội", "Việt Nam"]);
    expect(runs("Trần  Văn")).toEqual(["Trần", "Văn"]);
  });

  it("handles text outside the Basic Multilingual Plane", () => {
    expect(runs("😀 Lê Văn An 😀")).toEqual(["Lê Văn An"]);
    expect(isWordChar("a😀", 1)).toBe(true);
  });
});
