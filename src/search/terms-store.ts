/** Articles' indexed words cached by content key in `<root>/.cache/bantin/search/`, so unchanged articles are not counted again. */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { Vocabulary, type TermIds } from "./vocabulary.ts";

/** Bump when the stored layout changes; the tokenizer's own source is part of the format too. */
const FORMAT = `3:${createHash("sha1").update(readFileSync(new URL("../../layouts/assets/search-core.js", import.meta.url))).digest("hex")}`;

/**
 * On disk, all articles' words in three arrays (one allocation each, not two per article): the
 * words of `keys[i]` are `ids[offsets[i] .. offsets[i + 1])`, with their weights alongside.
 */
interface Stored {
  format: string;
  words: string[];
  keys: string[];
  offsets: Uint32Array;
  ids: Uint32Array;
  weights: Uint8Array;
}

/** Words of the articles of a stored file, read as views into its arrays when asked for. */
class Packed {
  private readonly index: Map<string, number>;
  constructor(private readonly stored: Stored) {
    this.index = new Map(stored.keys.map((k, i) => [k, i]));
  }
  get size(): number {
    return this.index.size;
  }
  get(key: string): TermIds | undefined {
    const i = this.index.get(key);
    if (i === undefined) return undefined;
    const { offsets, ids, weights } = this.stored;
    return { ids: ids.subarray(offsets[i], offsets[i + 1]), weights: weights.subarray(offsets[i], offsets[i + 1]) };
  }
}

/**
 * One file per content root; entries the last build did not use are dropped when it is saved.
 * @example const store = TermsStore.open("/site"); store.get(key) ?? store.set(key, wordWeights(…))
 */
export class TermsStore {
  private readonly used = new Map<string, TermIds>();
  private changed = false;

  private constructor(
    private readonly file: string | null,
    private readonly previous: { size: number; get(key: string): TermIds | undefined },
    readonly vocabulary: Vocabulary,
  ) {}

  /** Open the store of a content root (null: in memory only); a missing or old file starts empty. */
  static open(root: string | null): TermsStore {
    const file = root === null ? null : path.join(root, ".cache", "bantin", "search", "terms.v8");
    try {
      const stored = deserialize(readFileSync(file ?? "")) as Stored;
      if (stored.format === FORMAT) return new TermsStore(file, new Packed(stored), new Vocabulary(stored.words));
    } catch {
      // No cache yet, or another format: count every article once.
    }
    return new TermsStore(file, new Map(), new Vocabulary());
  }

  /** The store for the next build in this process (dev server): what this build used, without reading the disk again. */
  next(): TermsStore {
    return new TermsStore(this.file, this.used, this.vocabulary);
  }

  /** The cached words of the article with this content key, marked as used. */
  get(key: string): TermIds | undefined {
    const hit = this.used.get(key) ?? this.previous.get(key);
    if (hit) this.used.set(key, hit);
    return hit;
  }

  /** The words the previous build had for a key, without marking them used. */
  peek(key: string): TermIds | undefined {
    return this.used.get(key) ?? this.previous.get(key);
  }

  /** Intern and keep an article's words; `key` null keeps them for this build only. */
  set(key: string | null, terms: Map<string, number>): TermIds {
    const ids = this.vocabulary.intern(terms);
    if (key !== null) {
      this.used.set(key, ids);
      this.changed = true;
    }
    return ids;
  }

  /** Write the entries this build used, when anything changed (atomically: another build may read it). */
  save(): void {
    if (this.file === null || (!this.changed && this.used.size === this.previous.size)) return;
    const keys = [...this.used.keys()];
    const offsets = new Uint32Array(keys.length + 1);
    let total = 0;
    keys.forEach((k, i) => {
      total += this.used.get(k)?.ids.length ?? 0;
      offsets[i + 1] = total;
    });
    const ids = new Uint32Array(total);
    const weights = new Uint8Array(total);
    keys.forEach((k, i) => {
      const t = this.used.get(k);
      if (!t) return;
      ids.set(t.ids, offsets[i]);
      weights.set(t.weights, offsets[i]);
    });
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize({ format: FORMAT, words: this.vocabulary.words, keys, offsets, ids, weights } satisfies Stored));
    renameSync(tmp, this.file);
  }
}
