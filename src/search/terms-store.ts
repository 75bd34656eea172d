/** Articles' indexed words cached by content key in `<root>/.cache/bantin/search/`, so unchanged articles are not counted again. */
import { createHash, randomUUID } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { Vocabulary, type TermIds } from "./vocabulary.ts";
import { writeFileAtomically } from "../cache/atomic-file.ts";

/** Bump when the stored layout changes; the tokenizer's own source is part of the format too. */
const FORMAT = `4:${createHash("sha1").update(readFileSync(new URL("../../layouts/assets/search-core.js", import.meta.url))).digest("hex")}`;

/**
 * Articles' words in three arrays (one allocation each, not two per article): the words of
 * `keys[i]` are `ids[offsets[i] .. offsets[i + 1])`, with their weights alongside.
 */
interface Entries {
  keys: string[];
  offsets: Uint32Array;
  ids: Uint32Array;
  weights: Uint8Array;
}

/** The main file: every entry of a build, and the vocabulary their ids refer to. */
interface Stored extends Entries {
  format: string;
  /** Names this version of the main file: a journal belongs to exactly one. */
  stamp: string;
  words: string[];
}

/** Entries added since the main file was written, and the spellings they added to its vocabulary. */
interface Journal extends Entries {
  format: string;
  base: string;
  words: string[];
}

/**
 * A journal is rewritten instead of the main file (10 MB at 10k articles) while it holds at most
 * this share of the entries and the main file has at most this share of unused ones.
 */
const JOURNAL_SHARE = 0.1;

/** Words of the articles of stored entries, read as views into their arrays when asked for. */
class Packed {
  readonly index: Map<string, number>;
  constructor(private readonly stored: Entries) {
    this.index = new Map(stored.keys.map((k, i) => [k, i]));
  }
  get(key: string): TermIds | undefined {
    const i = this.index.get(key);
    if (i === undefined) return undefined;
    const { offsets, ids, weights } = this.stored;
    return { ids: ids.subarray(offsets[i], offsets[i + 1]), weights: weights.subarray(offsets[i], offsets[i + 1]) };
  }
}

/** What is on disk: the main file's entries and the journal's (ids of both refer to one vocabulary). */
interface OnDisk {
  stamp: string;
  main: Packed;
  /** Spellings in the main file; the journal's come after them. */
  mainWords: number;
  journal: Packed | null;
}

function pack(keys: string[], of: (key: string) => TermIds | undefined): Entries {
  const offsets = new Uint32Array(keys.length + 1);
  let total = 0;
  keys.forEach((k, i) => {
    total += of(k)?.ids.length ?? 0;
    offsets[i + 1] = total;
  });
  const ids = new Uint32Array(total);
  const weights = new Uint8Array(total);
  keys.forEach((k, i) => {
    const t = of(k);
    if (!t) return;
    ids.set(t.ids, offsets[i]);
    weights.set(t.weights, offsets[i]);
  });
  return { keys, offsets, ids, weights };
}

/**
 * One file per content root, plus a small journal of what later builds added; entries no build
 * uses any more are dropped when the main file is rewritten.
 * @example const store = TermsStore.open("/site"); store.get(key) ?? store.set(key, wordWeights(…))
 */
export class TermsStore {
  private readonly used = new Map<string, TermIds>();
  private changed = false;

  private constructor(
    private readonly file: string | null,
    /** Replaced when this store rewrites the main file (the dev server's next store takes it from here). */
    private disk: OnDisk | null,
    private readonly previous: { get(key: string): TermIds | undefined },
    private readonly previousSize: number,
    readonly vocabulary: Vocabulary,
  ) {}

  /** Open the store of a content root (null: in memory only); a missing or old file starts empty. */
  static open(root: string | null): TermsStore {
    const file = root === null ? null : path.join(root, ".cache", "bantin", "search", "terms.v8");
    try {
      const stored = deserialize(readFileSync(file ?? "")) as Stored;
      if (stored.format === FORMAT) return TermsStore.fromDisk(file, stored);
    } catch {
      // No cache yet, or another format: count every article once.
    }
    return new TermsStore(file, null, new Map(), 0, new Vocabulary());
  }

  private static fromDisk(file: string | null, stored: Stored): TermsStore {
    const main = new Packed(stored);
    let journal: Journal | null = null;
    try {
      const j = deserialize(readFileSync(`${file}.journal`)) as Journal;
      if (j.format === FORMAT && j.base === stored.stamp) journal = j;
    } catch {
      // No journal: the main file alone.
    }
    const disk: OnDisk = { stamp: stored.stamp, main, mainWords: stored.words.length, journal: journal ? new Packed(journal) : null };
    const both = { get: (key: string) => disk.journal?.get(key) ?? main.get(key) };
    const size = main.index.size + (journal?.keys.filter((k) => !main.index.has(k)).length ?? 0);
    return new TermsStore(file, disk, both, size, new Vocabulary(journal ? [...stored.words, ...journal.words] : stored.words));
  }

  /** The store for the next build in this process (dev server): what this build used, without reading the disk again. */
  next(): TermsStore {
    return new TermsStore(this.file, this.disk, this.used, this.used.size, this.vocabulary);
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

  /** Keep an article's words, already as ids of this store's vocabulary (counted on a worker thread). */
  setTerms(key: string, terms: TermIds): void {
    this.used.set(key, terms);
    this.changed = true;
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

  /**
   * Save what this build used, when anything changed: a few new entries go to the journal (the
   * edit of one article writes kilobytes, not the whole file); many, or many unused entries in the
   * main file, rewrite the main file and drop the journal.
   */
  save(): void {
    if (this.file === null || (!this.changed && this.used.size === this.previousSize)) return;
    const keys = [...this.used.keys()];
    const disk = this.disk;
    if (disk) {
      const extra = keys.filter((k) => !disk.main.index.has(k));
      const unused = disk.main.index.size - (keys.length - extra.length);
      const limit = JOURNAL_SHARE * keys.length;
      if (extra.length <= limit && unused <= limit) {
        const journal: Journal = { format: FORMAT, base: disk.stamp, words: this.vocabulary.words.slice(disk.mainWords), ...pack(extra, (k) => this.used.get(k)) };
        writeFileAtomically(`${this.file}.journal`, serialize(journal));
        return;
      }
    }
    const stored: Stored = { format: FORMAT, stamp: randomUUID(), words: this.vocabulary.words, ...pack(keys, (k) => this.used.get(k)) };
    writeFileAtomically(this.file, serialize(stored));
    rmSync(`${this.file}.journal`, { force: true });
    this.disk = { stamp: stored.stamp, main: new Packed(stored), mainWords: stored.words.length, journal: null };
  }
}
