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

  /** The article's words as ids, new spellings added. */
  intern(terms: Map<string, number>): TermIds {
    const pairs = [...terms];
    const ids = new Uint32Array(pairs.length);
    const weights = new Uint8Array(pairs.length);
    const order = pairs.map(([w, weight]) => {
      let id = this.byWord.get(w);
      if (id === undefined) {
        id = this.words.length;
        this.words.push(w);
        this.byWord.set(w, id);
      }
      return [id, weight] as const;
    });
    order.sort((a, b) => a[0] - b[0]);
    order.forEach(([id, weight], i) => {
      ids[i] = id;
      weights[i] = weight;
    });
    return { ids, weights };
  }

  /** The spelling of an id, folded (cached). */
  folded(id: number): string {
    return (this.foldedOf[id] ??= fold(this.words[id] ?? ""));
  }
}
