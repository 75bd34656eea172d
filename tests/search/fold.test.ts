import { describe, expect, it } from "vitest";
import { foldD, foldedDWords, hasD } from "../../src/search/fold.ts";

describe("foldD", () => {
  it("turns đ into d and Đ into D and leaves tone marks alone", () => {
    expect(foldD("Đà Nẵng, đường Điện Biên Phủ")).toBe("Dà Nẵng, dường Diện Biên Phủ");
  });
  it("leaves text without đ unchanged", () => {
    expect(foldD("Hoàn Kiếm")).toBe("Hoàn Kiếm");
  });
});

describe("foldedDWords", () => {
  it("keeps only the words with đ, folded, in order, repeats included", () => {
    expect(foldedDWords("Đà Nẵng đẹp, Đà Lạt cũng đẹp")).toEqual(["Dà", "dẹp", "Dà", "dẹp"]);
  });
  it("reads decomposed (NFD) text the same as composed", () => {
    expect(foldedDWords("Đà Nẵng".normalize("NFD"))).toEqual(["Dà".normalize("NFC")]);
  });
  it("finds nothing in text without đ", () => {
    expect(foldedDWords("Hoàn Kiếm")).toEqual([]);
  });
});

describe("hasD", () => {
  it("says whether a query has đ or Đ", () => {
    expect(hasD("đà nẵng")).toBe(true);
    expect(hasD("da nang")).toBe(false);
  });
});
