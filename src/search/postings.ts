/** Postings of every spelling, built from the articles' word ids in one pass of typed arrays. */
import type { TermIds } from "./vocabulary.ts";

/**
 * Compressed rows: the documents of spelling `v` are `docs[start[v] .. start[v + 1])`, ascending,
 * with their weights at the same positions.
 */
export interface Postings {
  start: Uint32Array;
  docs: Uint32Array;
  weights: Uint8Array;
}

/**
 * Postings for documents given in id order, over a vocabulary of `size` spellings (or only the
 * spellings `only` marks with 1: an edit needs the postings of a few shards).
 * @example buildPostings([vocab.intern(wordWeights("a", "", ""))], vocab.size).docs // Uint32Array [0]
 */
export function buildPostings(docs: readonly TermIds[], size: number, only: Uint8Array | null = null): Postings {
  const start = new Uint32Array(size + 1);
  for (const d of docs) for (const id of d.ids) if (!only || only[id]) start[id + 1]!++;
  for (let v = 0; v < size; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, size);
  const total = start[size]!;
  const ids = new Uint32Array(total);
  const weights = new Uint8Array(total);
  docs.forEach((d, doc) => {
    for (let i = 0; i < d.ids.length; i++) {
      if (only && !only[d.ids[i]!]) continue;
      const at = fill[d.ids[i]!]!++;
      ids[at] = doc;
      weights[at] = d.weights[i]!;
    }
  });
  return { start, docs: ids, weights };
}

/** How many documents hold spelling `v`. */
export function docCount(p: Postings, v: number): number {
  return p.start[v + 1]! - p.start[v]!;
}
