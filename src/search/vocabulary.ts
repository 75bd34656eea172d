/** Every spelling the index has seen, numbered, so articles' words are small typed arrays and postings are built without string lookups. */
import { fold } from "../../layouts/assets/search-core.js";

/** An article's words as numbers in a Vocabulary, ascending by id, with their weights. */
export interface TermIds {
  ids: Uint32Array;
  weights: Uint8Array;
}

/**
 * Spellings by id. Ids are internal to the cache: the index files never show them (they are
 * written sorted by spelling), so two vocabularies give the same files for the same articles.
 * @example const v = new Vocabulary(); v.intern(wordWeights("Hà Nội", "", "")).ids // Uint32Array [0, 1]
 */
export class Vocabulary {
  private readonly byWord = new Map<string, number>();
  private readonly foldedOf: string[] = [];

  constructor(readonly words: string[] = []) {
    words.forEach((w, i) => this.byWord.set(w, i));
  }

  get size(): number {
    return this.words.length;
  }

  /** The id of a spelling, added when new. */
  id(word: string): number {
    let id = this.byWord.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.byWord.set(word, id);
    }
    return id;
  }

  /** The article's words as ids, new spellings added. */
  intern(terms: Map<string, number>): TermIds {
    const ids = new Uint32Array(terms.size);
    const weights = new Uint8Array(terms.size);
    let i = 0;
    for (const [w, weight] of terms) {
      ids[i] = this.id(w);
      weights[i++] = weight;
    }
    return sortedTerms(ids, weights);
  }

  /** The spelling of an id, folded (cached). */
  folded(id: number): string {
    return (this.foldedOf[id] ??= fold(this.words[id] ?? ""));
  }
}

/** Ids below this fit with an 8-bit weight in one 32-bit number, sorted natively. */
const PACKED_IDS = 2 ** 24;

/**
 * An article's words given as ids in any order (each once), as TermIds: ascending ids.
 * @example sortedTerms(Uint32Array.of(5, 2), Uint8Array.of(1, 3)) // { ids: [2, 5], weights: [3, 1] }
 */
export function sortedTerms(ids: Uint32Array, weights: Uint8Array): TermIds {
  const n = ids.length;
  if (ids.every((v) => v < PACKED_IDS)) {
    const packed = new Uint32Array(n);
    for (let i = 0; i < n; i++) packed[i] = ids[i]! * 256 + weights[i]!;
    packed.sort();
    const outIds = new Uint32Array(n);
    const outWeights = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      outIds[i] = packed[i]! >>> 8;
      outWeights[i] = packed[i]! & 255;
    }
    return { ids: outIds, weights: outWeights };
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => ids[a]! - ids[b]!);
  return { ids: Uint32Array.from(order, (i) => ids[i]!), weights: Uint8Array.from(order, (i) => weights[i]!) };
}
