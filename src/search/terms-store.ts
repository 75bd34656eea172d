/** Articles' indexed words cached by content key in `<root>/.cache/bantin/search/`, so unchanged articles are not counted again. */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { DocTerms } from "./terms.ts";

/** Bump when DocTerms changes; the tokenizer's own source is part of the format too. */
const FORMAT = `1:${createHash("sha1").update(readFileSync(new URL("../../layouts/assets/search-core.js", import.meta.url))).digest("hex")}`;

interface Stored {
  format: string;
  terms: Map<string, DocTerms>;
}

/**
 * One file per content root; entries the last build did not use are dropped when it is saved.
 * @example const store = TermsStore.open("/site"); store.get(key) ?? store.set(key, docTerms(…))
 */
export class TermsStore {
  private readonly used = new Map<string, DocTerms>();
  private changed = false;

  private constructor(private readonly file: string, private readonly previous: Map<string, DocTerms>) {}

  /** Open the store of a content root; a missing or old file starts empty. */
  static open(root: string): TermsStore {
    const file = path.join(root, ".cache", "bantin", "search", "terms.v8");
    let previous = new Map<string, DocTerms>();
    try {
      const stored = deserialize(readFileSync(file)) as Stored;
      if (stored.format === FORMAT) previous = stored.terms;
    } catch {
      // No cache yet, or another format: count every article once.
    }
    return new TermsStore(file, previous);
  }

  /** The store for the next build in this process (dev server): what this build used, without reading the disk again. */
  next(): TermsStore {
    return new TermsStore(this.file, this.used);
  }

  /** The cached words of the article with this content key, marked as used. */
  get(key: string): DocTerms | undefined {
    const hit = this.used.get(key) ?? this.previous.get(key);
    if (hit) this.used.set(key, hit);
    return hit;
  }

  set(key: string, terms: DocTerms): void {
    this.used.set(key, terms);
    this.changed = true;
  }

  /** Write the entries this build used, when anything changed (atomically: another build may read it). */
  save(): void {
    if (!this.changed && this.used.size === this.previous.size) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize({ format: FORMAT, terms: this.used } satisfies Stored));
    renameSync(tmp, this.file);
  }
}
