/** Articles' indexed words cached by content key in `<root>/.cache/bantin/search/`, so unchanged articles are not counted again. */
import { createHash, randomUUID } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { Vocabulary, type TermIds } from "./vocabulary.ts";
import { writeFileAtomically } from "../cache/atomic-file.ts";
import { MainFile, writeMainFile } from "./terms-file.ts";
import { wordTable } from "./word-table.ts";

/** Bump when the stored layout changes; the tokenizer's own source is part of the format too. */
const FORMAT = `6:${createHash("sha1").update(readFileSync(new URL("../../layouts/assets/search-core.js", import.meta.url))).digest("hex")}`;

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

/** Words of the articles of stored entries by key, read when asked for. */
class Packed {
  readonly index: Map<string, number>;
  constructor(
    keys: readonly string[],
    private readonly entry: (i: number) => TermIds,
  ) {
    this.index = new Map(keys.map((k, i) => [k, i]));
  }
  get(key: string): TermIds | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : this.entry(i);
  }
}

/** Entries held in memory, as views into their arrays. */
function inMemory(e: Entries): Packed {
  return new Packed(e.keys, (i) => ({ ids: e.ids.subarray(e.offsets[i], e.offsets[i + 1]), weights: e.weights.subarray(e.offsets[i], e.offsets[i + 1]) }));
}

/** Words by content key. */
interface Lookup {
  get(key: string): TermIds | undefined;
  has(key: string): boolean;
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
  /** Keys this build used, with their words (null: as `previous` has them, not read yet). */
  private readonly used = new Map<string, TermIds | null>();
  /** Used keys the main file on disk lacks. */
  private readonly notInMain = new Set<string>();
  private changed = false;

  private constructor(
    private readonly file: string | null,
    /** Replaced when this store rewrites the main file (the dev server's next store takes it from here). */
    private disk: OnDisk | null,
    private readonly previous: Lookup,
    private readonly previousSize: number,
    readonly vocabulary: Vocabulary,
  ) {}

  /** Open the store of a content root (null: in memory only); a missing or old file starts empty. */
  static open(root: string | null): TermsStore {
    const file = root === null ? null : path.join(root, ".cache", "bantin", "search", "terms.v8");
    // The head only (keys and vocabulary): entries' words are read when asked for.
    const main = file === null ? null : MainFile.open(file);
    if (file !== null && main && main.head.format === FORMAT) return TermsStore.fromDisk(file, main);
    main?.close();
    return new TermsStore(file, null, new Map<string, TermIds>(), 0, new Vocabulary());
  }

  private static fromDisk(file: string, opened: MainFile): TermsStore {
    const head = opened.head;
    const main = new Packed(head.keys, (i) => opened.entry(i));
    let journal: Journal | null = null;
    try {
      const j = deserialize(readFileSync(`${file}.journal`)) as Journal;
      if (j.format === FORMAT && j.base === head.stamp) journal = j;
    } catch {
      // No journal: the main file alone.
    }
    const words = head.words === "" ? [] : head.words.split("\n");
    const disk: OnDisk = { stamp: head.stamp, main, mainWords: words.length, journal: journal ? inMemory(journal) : null };
    const both: Lookup = { get: (key) => disk.journal?.get(key) ?? main.get(key), has: (key) => main.index.has(key) || disk.journal?.index.has(key) === true };
    const size = main.index.size + (journal?.keys.filter((k) => !main.index.has(k)).length ?? 0);
    const saved = { covered: words.length, table: head.table, blocks: head.blocks };
    return new TermsStore(file, disk, both, size, new Vocabulary(journal ? [...words, ...journal.words] : words, saved));
  }

  /** The store for the next build in this process (dev server): what this build used, without reading the disk again. */
  next(): TermsStore {
    // Words kept unread are read now: the next store must not reach back through this one's.
    const words = new Map<string, TermIds>();
    for (const key of this.used.keys()) {
      const terms = this.words(key);
      if (terms) words.set(key, terms);
    }
    return new TermsStore(this.file, this.disk, words, words.size, this.vocabulary);
  }

  /** The cached words of the article with this content key, marked as used. */
  get(key: string): TermIds | undefined {
    const hit = this.used.get(key) ?? this.previous.get(key);
    if (hit) this.use(key, hit);
    return hit;
  }

  /** The words the previous build had for a key, without marking them used. */
  peek(key: string): TermIds | undefined {
    return this.used.get(key) ?? this.previous.get(key);
  }

  /** True when the store has words for this key (cheaper than `peek`: no views made). */
  has(key: string): boolean {
    return this.used.has(key) || this.previous.has(key);
  }

  /**
   * Mark the words of a key as used without reading them (an unchanged article after an edit),
   * so that saving keeps them. False when the store lacks them.
   */
  keep(key: string): boolean {
    if (this.used.has(key)) return true;
    if (!this.previous.has(key)) return false;
    this.use(key, null, true);
    return true;
  }

  /** Keep an article's words, already as ids of this store's vocabulary (counted on a worker thread). */
  setTerms(key: string, terms: TermIds): void {
    this.use(key, terms);
    this.changed = true;
  }

  /** Intern and keep an article's words; `key` null keeps them for this build only. */
  set(key: string | null, terms: Map<string, number>): TermIds {
    const ids = this.vocabulary.intern(terms);
    if (key !== null) {
      this.use(key, ids);
      this.changed = true;
    }
    return ids;
  }

  /** Mark a key used, noting the ones the main file lacks (a journal holds those). */
  private use(key: string, terms: TermIds | null, isNew = !this.used.has(key)): void {
    if (isNew && !this.disk?.main.index.has(key)) this.notInMain.add(key);
    this.used.set(key, terms);
  }

  /** The words of a used key. */
  private words(key: string): TermIds | undefined {
    return this.used.get(key) ?? this.previous.get(key);
  }

  /**
   * Save what this build used, when anything changed: a few new entries go to the journal (the
   * edit of one article writes kilobytes, not the whole file); many, or many unused entries in the
   * main file, rewrite the main file and drop the journal.
   */
  save(): void {
    if (this.file === null || (!this.changed && this.used.size === this.previousSize)) return;
    const disk = this.disk;
    if (disk) {
      const extra = [...this.notInMain];
      const unused = disk.main.index.size - (this.used.size - extra.length);
      const limit = JOURNAL_SHARE * this.used.size;
      if (extra.length <= limit && unused <= limit) {
        const journal: Journal = { format: FORMAT, base: disk.stamp, words: this.vocabulary.words.slice(disk.mainWords), ...pack(extra, (k) => this.words(k)) };
        writeFileAtomically(`${this.file}.journal`, serialize(journal));
        return;
      }
    }
    const entries = pack([...this.used.keys()], (k) => this.words(k));
    const stamp = randomUUID();
    const words = this.vocabulary.words;
    const head = { format: FORMAT, stamp, words: words.join("\n"), table: wordTable(words), blocks: this.vocabulary.blockHashes(), keys: entries.keys, offsets: entries.offsets };
    writeMainFile(this.file, head, entries.ids, entries.weights);
    rmSync(`${this.file}.journal`, { force: true });
    this.disk = { stamp, main: inMemory(entries), mainWords: this.vocabulary.words.length, journal: null };
    this.notInMain.clear();
  }
}
