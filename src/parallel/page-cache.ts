/**
 * Which pages a build can copy from the page cache, and what to remember of the pages it renders.
 * A page is keyed by the template code, its inputPath and its item (cached articles as their content
 * keys); it is copied only if every `bantin` key it read when rendered still has the same value. The
 * template is pure, so those inputs give the same bytes (the incremental builds rely on the same fact).
 */
import path from "node:path";
import { codeVersionOf } from "../cache/key.ts";
import { hashOf, sha1 } from "../cache/value-hash.ts";
import { HtmlStore } from "../cache/html-store.ts";
import type { CachedPage, RenderedPage } from "./page-pool.ts";

const stores = new Map<string, HtmlStore>();

/** The page cache folder of a content root. */
export function htmlCacheDir(root: string): string {
  return path.join(root, ".cache", "bantin", "html");
}

/**
 * One build's use of the page cache: `plan` says which items to copy, `remember` records the
 * pages the workers rendered, `save` writes the index.
 * @example const cache = PageCache.open(root, bantin); const cached = cache.plan(inputPath, items); … cache.remember(pages); cache.save();
 */
export class PageCache {
  private readonly keyHashes = new Map<string, string>();
  private readonly pageKeys = new Map<unknown, string>();
  private readonly version: string;

  private constructor(private readonly store: HtmlStore, private readonly bantin: Record<string, unknown>) {
    // Layouts are read again: the dev server edits them without restarting.
    this.version = sha1(codeVersionOf(["src"]), codeVersionOf(["layouts"], { fresh: true }));
    store.beginBuild();
  }

  /** The cache of `root` for a build of `bantin` (one store per folder and process). */
  static open(root: string, bantin: Record<string, unknown>): PageCache {
    const dir = htmlCacheDir(root);
    let store = stores.get(dir);
    if (!store) {
      store = HtmlStore.open(dir);
      stores.set(dir, store);
    }
    return new PageCache(store, bantin);
  }

  /** The folder workers append their packs to. */
  get dir(): string {
    return this.store.dir;
  }

  private keyHash(key: string): string {
    let h = this.keyHashes.get(key);
    if (h === undefined) {
      h = sha1(key, key in this.bantin ? hashOf(this.bantin[key]) : "§absent");
      this.keyHashes.set(key, h);
    }
    return h;
  }

  private readsHash(reads: readonly string[]): string {
    return sha1(...reads.map((k) => this.keyHash(k)));
  }

  /** By item: the cached page to copy, or null to render it. */
  plan(inputPath: string, items: readonly unknown[]): (CachedPage | null)[] {
    return items.map((item) => {
      const key = sha1(this.version, inputPath, hashOf(item));
      this.pageKeys.set(item, key);
      const e = this.store.get(key);
      if (!e || this.readsHash(e.reads) !== e.readsHash) return null;
      return { from: [this.store.packPath(e.pack), e.at[0], e.at[1]], output: e.output, reads: e.reads };
    });
  }

  /** Record the pages the workers rendered and kept a copy of. */
  remember(pages: readonly RenderedPage[]): void {
    for (const p of pages) {
      const key = this.pageKeys.get(p.item);
      if (!p.stored || key === undefined) continue;
      const reads = [...p.reads].sort();
      const [pack, offset, length] = p.stored;
      this.store.put(key, { output: p.output, reads, readsHash: this.readsHash(reads), pack, at: [offset, length] });
    }
  }

  /** Write the index (see HtmlStore.save); `everyPage` when this build planned every page of its templates. */
  save(everyPage: boolean): void {
    this.store.save({ everyPage });
  }
}
