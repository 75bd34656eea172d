/** Articles' indexed words cached by content key in `<root>/.cache/bantin/search/`, so unchanged articles are not counted again. */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { DocTerms } from "./terms.ts";
import { Vocabulary, type TermIds } from "./vocabulary.ts";

/** Bump when the stored layout changes; the tokenizer's own source is part of the format too. */
const FORMAT = `2:${createHash("sha1").update(readFileSync(new URL("../../layouts/assets/search-core.js", import.meta.url))).digest("hex")}`;

interface Stored {
  format: string;
  words: string[];
  terms: Map<string, TermIds>;
}

/**
 * One file per content root; entries the last build did not use are dropped when it is saved.
 * @example const store = TermsStore.open("/site"); store.get(key) ?? store.set(key, docTerms(…))
 */
export class TermsStore {
  private readonly used = new Map<string, TermIds>();
  private changed = false;

  private constructor(
    private readonly file: string | null,
    private readonly previous: Map<string, TermIds>,
    readonly vocabulary: Vocabulary,
  ) {}

  /** Open the store of a content root (null: in memory only); a missing or old file starts empty. */
  static open(root: string | null): TermsStore {
    const file = root === null ? null : path.join(root, ".cache", "bantin", "search", "terms.v8");
    try {
      const stored = deserialize(readFileSync(file ?? "")) as Stored;
      if (stored.format === FORMAT) return new TermsStore(file, stored.terms, new Vocabulary(stored.words));
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
  set(key: string | null, terms: DocTerms | Map<string, number>): TermIds {
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
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize({ format: FORMAT, words: this.vocabulary.words, terms: this.used } satisfies Stored));
    renameSync(tmp, this.file);
  }
}
