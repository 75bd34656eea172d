import { describe, expect, it } from "vitest";
import { patchShard } from "../../src/search/shard-patch.ts";

const terms = (pairs: [number, number][]) => ({ ids: Uint32Array.from(pairs.map(([v]) => v)), weights: Uint8Array.from(pairs.map(([, w]) => w)) });

describe("patchShard", () => {
  it("puts an edited document's new weight among the others, in document order", () => {
    const old = Buffer.from('{"phố":[0,1,2,1]}');
    expect(patchShard(old, [["phố", 7]], new Map([[1, terms([[7, 3]])]])).toString()).toBe('{"phố":[0,1,1,3,1,1]}');
  });
  it("drops a word an edited document lost, and adds a word new to the shard", () => {
    const old = Buffer.from('{"cổ":[4,2],"phố":[0,1,4,1]}');
    // Document 4 lost "cổ" and "phố", and now has "phường" (id 9).
    const out = patchShard(old, [["phố", 7], ["phường", 9]], new Map([[4, terms([[9, 1]])]]));
    expect(out.toString()).toBe('{"phố":[0,1],"phường":[4,1]}');
  });
  it("reads a spelling named like an object property as a word", () => {
    const old = Buffer.from('{"constructor":[3,1]}');
    expect(patchShard(old, [["constructor", 2], ["toString", 5]], new Map([[1, terms([[5, 2]])]])).toString()).toBe('{"constructor":[3,1],"toString":[1,2]}');
  });
});
