/**
 * Whether an edit keeps the shard plan, told from numbers the state keeps: each folded word's
 * bytes and spellings, and each prefix the plan looked at. No pass over the vocabulary (folding
 * 50k spellings takes longer than all the rest of an edit's index update).
 */
import { SHARD_BYTES, type IndexShape, type PlanNode } from "./index-files.ts";

/** What the plan was made from. */
export interface PlanBasis {
  /** Folded words in sorted order, each followed by "\n" (one string: quick to save and read). */
  words: string;
  /** Where each word starts in `words`, and one more: the end. */
  starts: Uint32Array;
  /** By word: estimated bytes in its shard, and spellings found in at least one document. */
  sizes: Float64Array;
  spellings: Uint32Array;
  /** Each prefix planShards looked at. */
  nodes: Map<string, PlanNode>;
}

/** A folded word's change: bytes and spellings with documents added (negative: taken away). */
export interface FoldedChange {
  bytes: number;
  spellings: number;
}

/**
 * The basis of a plan made whole.
 * @example planBasis(indexShape(df, vocabulary)).nodes.get("") // [total, count, longer, 1]
 */
export function planBasis(shape: IndexShape): PlanBasis {
  const sorted = [...shape.sizes.keys()].sort();
  const starts = new Uint32Array(sorted.length + 1);
  sorted.forEach((w, i) => (starts[i + 1] = starts[i]! + w.length + 1));
  return {
    words: sorted.map((w) => `${w}\n`).join(""),
    starts,
    sizes: Float64Array.from(sorted, (w) => shape.sizes.get(w) ?? 0),
    spellings: Uint32Array.from(sorted, (w) => shape.spellings.get(w)?.length ?? 0),
    nodes: shape.nodes,
  };
}

/**
 * The shard keys of a basis: the prefixes left whole, and the split ones that are a word themselves.
 * @example planKeys(basis) // Set { "a", "b", "th", … }
 */
export function planKeys(basis: PlanBasis): Set<string> {
  const keys = new Set<string>();
  for (const [key, [, count, longer, split]] of basis.nodes) if (!split || count > longer) keys.add(key);
  return keys;
}

/** Index of `word` in the basis, or -(insertion point) - 1. */
function find(basis: PlanBasis, word: string): number {
  let lo = 0;
  let hi = basis.starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = basis.words.slice(basis.starts[mid], basis.starts[mid + 1]! - 1);
    if (at === word) return mid;
    if (at < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -lo - 1;
}

/**
 * The basis after an edit changing these folded words, when the plan keeps every key (same keys:
 * each word in the same shard), else null (then the plan is made again from every spelling).
 * Exact: the sizes are multiples of 0.5, so the totals are the ones a whole plan adds up.
 * @example updatePlan(state.basis, new Map([["mot", { bytes: 2.5, spellings: 0 }]])) // the basis, "mot" 2.5 bytes larger
 */
export function updatePlan(basis: PlanBasis, changes: ReadonlyMap<string, FoldedChange>, limit = SHARD_BYTES): PlanBasis | null {
  const nodes = new Map(basis.nodes);
  const touched = new Set<string>();
  const rows: { word: string; at: number; size: number; spellings: number }[] = [];
  for (const [word, change] of changes) {
    const at = find(basis, word);
    const before = at >= 0 ? basis.spellings[at]! : 0;
    const after = before + change.spellings;
    if (after < 0) return null;
    const appears = before === 0 && after > 0;
    const goes = before > 0 && after === 0;
    rows.push({ word, at, size: (at >= 0 ? basis.sizes[at]! : 0) + change.bytes, spellings: after });
    // Down the prefixes the plan looked at, to the word's shard.
    for (let key = ""; ; key = word.slice(0, key.length + 1)) {
      const node = nodes.get(key);
      // A word under a prefix the plan never saw: a new shard key.
      if (!node) return null;
      const [total, count, longer, split] = node;
      const step = appears ? 1 : goes ? -1 : 0;
      const deeper = word.length > key.length ? step : 0;
      nodes.set(key, [total + change.bytes, count + step, longer + deeper, split]);
      touched.add(key);
      if (!split) break;
      if (word.length === key.length) {
        // The word is a split prefix's own shard: it comes or goes with the word.
        if (step) return null;
        break;
      }
    }
  }
  for (const key of touched) {
    const [total, count, longer, split] = nodes.get(key)!;
    if (count === 0 || (total > limit && longer > 0 ? 1 : 0) !== split) return null;
  }
  return { ...rebuilt(basis, rows), nodes };
}

/** The word table with these rows changed, added (not found: `at` < 0) or taken out (no spellings left). */
function rebuilt(basis: PlanBasis, rows: readonly { word: string; at: number; size: number; spellings: number }[]): Omit<PlanBasis, "nodes"> {
  if (rows.every((r) => r.at >= 0 && r.spellings > 0)) {
    const sizes = basis.sizes.slice();
    const spellings = basis.spellings.slice();
    for (const r of rows) {
      sizes[r.at] = r.size;
      spellings[r.at] = r.spellings;
    }
    return { words: basis.words, starts: basis.starts, sizes, spellings };
  }
  const sorted = [...rows].sort((a, b) => (a.word < b.word ? -1 : 1));
  const n = basis.starts.length - 1;
  const length = n + sorted.filter((r) => r.at < 0 && r.spellings > 0).length - sorted.filter((r) => r.at >= 0 && r.spellings === 0).length;
  const parts: string[] = [];
  const starts = new Uint32Array(length + 1);
  const sizes = new Float64Array(length);
  const spellings = new Uint32Array(length);
  let next = 0;
  let out = 0;
  // Runs of unchanged words are copied whole: their text as one slice, their numbers as typed arrays.
  const copyUpTo = (end: number) => {
    if (end <= next) return;
    const shift = starts[out]! - basis.starts[next]!;
    for (let i = next; i < end; i++) starts[out + i - next + 1] = basis.starts[i + 1]! + shift;
    parts.push(basis.words.slice(basis.starts[next], basis.starts[end]));
    sizes.set(basis.sizes.subarray(next, end), out);
    spellings.set(basis.spellings.subarray(next, end), out);
    out += end - next;
    next = end;
  };
  for (const r of sorted) {
    copyUpTo(r.at >= 0 ? r.at : -r.at - 1);
    if (r.at >= 0) next++;
    if (r.spellings > 0) {
      parts.push(`${r.word}\n`);
      starts[out + 1] = starts[out]! + r.word.length + 1;
      sizes[out] = r.size;
      spellings[out] = r.spellings;
      out++;
    }
  }
  copyUpTo(n);
  return { words: parts.join(""), starts, sizes, spellings };
}
