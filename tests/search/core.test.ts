import { describe, expect, it } from "vitest";
import { fold, matchQuality, shardFile, shardOf, shardsUnder, words } from "../../layouts/assets/search-core.js";

describe("words", () => {
  it("cuts Vietnamese text into lowercase words, numbers included, punctuation dropped", () => {
    expect(words("Quận Hoàn Kiếm, năm 2020: “Đường phố” – ĐẸP!")).toEqual(["quận", "hoàn", "kiếm", "năm", "2020", "đường", "phố", "đẹp"]);
  });
  it("drops runs longer than a word can be", () => {
    expect(words(`a ${"x".repeat(41)} b`)).toEqual(["a", "b"]);
  });
});

describe("fold", () => {
  it("drops tone and vowel marks and turns đ into d", () => {
    expect(["hoàn", "kiếm", "đường", "nẵng", "ưu", "ợ"].map(fold)).toEqual(["hoan", "kiem", "duong", "nang", "uu", "o"]);
  });
  it("gives the same result for NFD input", () => {
    expect(fold("kiếm".normalize("NFD"))).toBe("kiem");
  });
});

describe("shards", () => {
  const keys = new Set(["", "t", "th", "tha", "h"]);
  it("a word lives in the longest key it starts with", () => {
    expect(shardOf("thanh", keys)).toBe("tha");
    expect(shardOf("thi", keys)).toBe("th");
    expect(shardOf("an", keys)).toBe("");
    expect(shardOf("an", new Set(["t"]))).toBeNull();
  });
  it("a prefix needs its own shard and all below it", () => {
    expect(shardsUnder("th", keys).sort()).toEqual(["th", "tha"]);
    expect(shardsUnder("t", keys).sort()).toEqual(["t", "th", "tha"]);
  });
  it("names shard files safely", () => {
    expect(shardFile("")).toBe("_.json");
    expect(shardFile("th")).toBe("th.json");
    expect(shardFile("ø")).toBe("xf8.json");
  });
});

describe("matchQuality", () => {
  it("ranks the same spelling over a folded match over a prefix", () => {
    expect(matchQuality("đà", "đà", "da")).toBe(1);
    expect(matchQuality("da", "đà", "da")).toBe(0.6);
    expect(matchQuality("đà", "da", "da")).toBe(1);
    expect(matchQuality("đàn", "đà", "da")).toBe(0.5);
    expect(matchQuality("dan", "đà", "da")).toBe(0.3);
    expect(matchQuality("kiếm", "hoàn", "hoan")).toBe(0);
  });
});
