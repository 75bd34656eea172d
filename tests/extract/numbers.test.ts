import { describe, expect, it } from "vitest";
import { parseCount, parseNumberWords } from "../../src/extract/numbers.ts";

describe("numbers", () => {
  it("reads Vietnamese number words", () => {
    expect(parseNumberWords("mười hai")).toBe(12);
    expect(parseNumberWords("hai mươi mốt")).toBe(21);
    expect(parseNumberWords("mười lăm")).toBe(15);
    expect(parseNumberWords("năm")).toBe(5);
    expect(parseNumberWords("bảy mươi tư")).toBe(74);
    expect(parseNumberWords("một trăm linh năm")).toBe(105);
    expect(parseNumberWords("hai nghìn")).toBe(2000);
  });

  it("reads digits, zero-padded or with thousands dots", () => {
    expect(parseCount("05")).toBe(5);
    expect(parseCount("41")).toBe(41);
    expect(parseCount("1.200")).toBe(1200);
  });

  it("returns null for words that are not a number", () => {
    expect(parseNumberWords("các")).toBeNull();
    expect(parseNumberWords("")).toBeNull();
  });
});
