import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { patchShard } from "../../src/search/shard-patch.ts";
import { shardJson } from "../../src/search/index-files.ts";

const terms = (pairs: [number, number][]) => ({ ids: Uint32Array.from(pairs.map(([v]) => v)), weights: Uint8Array.from(pairs.map(([, w]) => w)) });

describe("patchShard", () => {
  it("puts an edited document's new weight among the others, in document order", () => {
    const old = Buffer.from('{"phố":[0,1,2,1]}');
    expect(patchShard(old, [["phố", 7]], new Map([[1, terms([[7, 3]])]]))?.toString()).toBe('{"phố":[0,1,1,3,1,1]}');
  });
  it("drops a word an edited document lost, and adds a word new to the shard", () => {
    const old = Buffer.from('{"cổ":[4,2],"phố":[0,1,4,1]}');
    // Document 4 lost "cổ" and "phố", and now has "phường" (id 9).
    const out = patchShard(old, [["cổ", 3], ["phố", 7], ["phường", 9]], new Map([[4, terms([[9, 1]])]]));
    expect(out?.toString()).toBe('{"phố":[0,1],"phường":[4,1]}');
  });
  it("reads a spelling named like an object property as a word", () => {
    const old = Buffer.from('{"constructor":[3,1]}');
    expect(patchShard(old, [["constructor", 2], ["toString", 5]], new Map([[1, terms([[5, 2]])]]))?.toString()).toBe('{"constructor":[3,1],"toString":[1,2]}');
  });
});

describe("patchShard against a shard made whole", () => {
  const SPELLINGS = ["a", "ba", "bà", "bá", "constructor", "đà", "hồ", "phố", "phường", "tây", "__proto__"];
  /** A shard's bytes from each document's words (ids into SPELLINGS), as a whole index makes it. */
  const whole = (docs: ReadonlyMap<number, ReadonlyMap<number, number>>) => {
    const rows = SPELLINGS.map((word, v) => {
      const ds = [...docs.keys()].sort((a, b) => a - b).filter((d) => docs.get(d)!.has(v));
      return { word, v, docs: ds, weights: ds.map((d) => docs.get(d)!.get(v)!) };
    }).filter((r) => r.docs.length);
    rows.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    return shardJson(
      rows.map((r) => [r.word, r.v] as const),
      (v) => {
        const r = rows.find((x) => x.v === v)!;
        return { docs: r.docs, weights: r.weights, from: 0, to: r.docs.length };
      },
    );
  };
  const words = fc.dictionary(fc.integer({ min: 0, max: SPELLINGS.length - 1 }).map(String), fc.integer({ min: 1, max: 127 }), { maxKeys: 6 });
  const asMap = (w: Record<string, number>) => new Map(Object.entries(w).map(([v, n]) => [Number(v), n]));
  it("gives the bytes of the shard made from the edited documents' words", () => {
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 30 }), fc.array(fc.tuple(fc.nat(), words), { minLength: 1, maxLength: 4 }), (before, edits) => {
        const docs = new Map(before.map((w, d) => [d, asMap(w)]));
        const after = new Map(docs);
        for (const [at, w] of edits) after.set(at % before.length, asMap(w));
        const changed = new Map([...new Set(edits.map(([at]) => at % before.length))].map((d) => [d, after.get(d)!]));
        // The spellings whose rows may change: every word an edited document had or has.
        const touched = new Set<number>();
        for (const d of changed.keys()) for (const m of [docs.get(d)!, after.get(d)!]) for (const v of m.keys()) touched.add(v);
        const list = [...touched].map((v) => [SPELLINGS[v]!, v] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        const ids = new Map([...changed].map(([d, m]) => [d, terms([...m].sort((a, b) => a[0] - b[0]))]));
        expect(patchShard(whole(docs), list, ids)?.toString()).toBe(whole(after).toString());
      }),
      { numRuns: 400 },
    );
  });
  it("refuses bytes that are not a shard", () => {
    for (const bad of ["", "{", "[]", '{"a":[0,1]', '{"a\\u0062":[0,1]}', '{"a":[0,1],}']) expect(patchShard(Buffer.from(bad), [["a", 0]], new Map())).toBeNull();
    expect(patchShard(Buffer.from("{}"), [["a", 0]], new Map([[2, terms([[0, 5]])]]))?.toString()).toBe('{"a":[2,5]}');
  });
});
