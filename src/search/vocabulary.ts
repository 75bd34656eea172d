/** Every spelling the index has seen, numbered, so articles' words are small typed arrays and postings are built without string lookups. */
import { fold } from "../../layouts/assets/search-core.js";
import { createHash } from "node:crypto";
import { lookUp } from "./word-table.ts";

/** Words per block of the fingerprint. */
const BLOCK_WORDS = 4096;

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

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
  /** Ids of the words the table does not cover. */
  private readonly byWord = new Map<string, number>();
  private readonly foldedOf: string[] = [];

  private readonly table: Uint32Array | null;
  /** Hashes of whole blocks of BLOCK_WORDS words (words are only ever added: a whole block never changes). */
  private readonly blocks: string[];

  /**
   * `saved` comes from the words cache, for its first `covered` words: their table (from
   * `wordTable`: a vocabulary read from the cache looks words up there instead of building a Map of
   * them all) and their block hashes.
   */
  constructor(
    readonly words: string[] = [],
    saved: { covered: number; table: Uint32Array; blocks: readonly string[] } | null = null,
  ) {
    this.table = saved?.table ?? null;
    this.blocks = saved ? saved.blocks.slice(0, Math.floor(saved.covered / BLOCK_WORDS)) : [];
    for (let i = saved?.covered ?? 0; i < words.length; i++) this.byWord.set(words[i]!, i);
  }

  /**
   * A hash of the first `n` words (the same whatever part of them came from the cache), so that
   * ids kept elsewhere can be checked against this vocabulary without hashing every word.
   * @example v.fingerprint(v.size) === state.vocabulary.hash
   */
  fingerprint(n: number): string {
    const full = Math.floor(n / BLOCK_WORDS);
    const parts: string[] = [];
    for (let b = 0; b < full; b++) parts.push((this.blocks[b] ??= sha1(this.words.slice(b * BLOCK_WORDS, (b + 1) * BLOCK_WORDS).join("\n"))));
    parts.push(sha1(this.words.slice(full * BLOCK_WORDS, n).join("\n")));
    return sha1(`${n}\n${parts.join("\n")}`);
  }

  /** Hashes of every whole block, to save with the words. */
  blockHashes(): string[] {
    this.fingerprint(this.words.length);
    return this.blocks.slice();
  }

  get size(): number {
    return this.words.length;
  }

  /** The id of a spelling, added when new. */
  id(word: string): number {
    const known = this.byWord.get(word) ?? (this.table ? lookUp(this.table, this.words, word) : undefined);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.words.push(word);
    this.byWord.set(word, id);
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
