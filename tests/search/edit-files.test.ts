import { describe, expect, it } from "vitest";
import { changedWords } from "../../src/search/edit-files.ts";

describe("changedWords", () => {
  it("gives the words gained, lost or weighed differently", () => {
    const before = { ids: Uint32Array.of(1, 2, 4), weights: Uint8Array.of(1, 1, 2) };
    const after = { ids: Uint32Array.of(2, 3, 4), weights: Uint8Array.of(1, 1, 3) };
    expect(changedWords(before, after).sort()).toEqual([1, 3, 4]);
    expect(changedWords(before, before)).toEqual([]);
  });
});
