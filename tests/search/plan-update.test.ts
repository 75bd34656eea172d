import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexShape, spellingBytes } from "../../src/search/index-files.ts";
import { planBasis, planKeys, updatePlan, type FoldedChange } from "../../src/search/plan-update.ts";
import { Vocabulary } from "../../src/search/vocabulary.ts";

/** Spellings over a few letters, some folding to the same word ("á" and "a", "đ" and "d"). */
const spelling = fc.array(fc.constantFrom("a", "á", "b", "c", "đ", "d"), { minLength: 1, maxLength: 4 }).map((l) => l.join(""));

/** The changes of folded words when the documents per spelling go from `before` to `after`. */
function changesOf(vocabulary: Vocabulary, before: Uint32Array, after: Uint32Array): Map<string, FoldedChange> {
  const out = new Map<string, FoldedChange>();
  for (let v = 0; v < after.length; v++) {
    const a = before[v] ?? 0;
    const b = after[v]!;
    if (a === b) continue;
    const word = vocabulary.words[v]!;
    const c = out.get(vocabulary.folded(v)) ?? { bytes: 0, spellings: 0 };
    c.bytes += spellingBytes(word, b) - spellingBytes(word, a);
    c.spellings += (b > 0 ? 1 : 0) - (a > 0 ? 1 : 0);
    out.set(vocabulary.folded(v), c);
  }
  return out;
}

describe("updatePlan", () => {
  it("gives the basis a whole plan gives when the keys stay, and null exactly when they change", () => {
    let kept = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(spelling, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat({ max: 12 }), { minLength: 40, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 })), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 10, max: 300 }),
        (words, counts, edits, limit) => {
          const vocabulary = new Vocabulary([...words]);
          const before = Uint32Array.from(words, (_, i) => counts[i]!);
          const after = before.slice();
          for (const [at, n] of edits) after[at % words.length] = n;
          const basis = planBasis(indexShape(before, vocabulary, limit));
          const whole = indexShape(after, vocabulary, limit);
          const updated = updatePlan(basis, changesOf(vocabulary, before, after), limit);
          const sameKeys = JSON.stringify([...planKeys(basis)].sort()) === JSON.stringify([...whole.plan.keys()].sort());
          expect(updated !== null).toBe(sameKeys);
          if (!updated) return;
          kept++;
          expect(updated).toEqual(planBasis(whole));
          expect([...planKeys(updated)].sort()).toEqual([...whole.plan.keys()].sort());
        },
      ),
      { numRuns: 500 },
    );
    expect(kept).toBeGreaterThan(100);
  });
  it("gives the shard keys of a plan: whole prefixes, and split ones that are a word", () => {
    const vocabulary = new Vocabulary(["th", "tha", "thi", "an"]);
    const shape = indexShape(Uint32Array.of(4, 4, 4, 1), vocabulary, 30);
    expect([...planKeys(planBasis(shape))].sort()).toEqual([...shape.plan.keys()].sort());
  });
});
