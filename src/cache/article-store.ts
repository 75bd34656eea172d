/**
 * Built articles on disk, by content key: per code version, a v8-serialised index of slim articles (in columns, src/cache/article-index.ts)
 * (no HTML, no text) and append-only pack files (src/cache/pack-files.ts) holding each article's HTML and text, read back only when a page needs them.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { BuiltArticle, IndexData, IndexedArticle, Journal, Meta, PackField, SlimArticle, StoredEntry } from "./article-store-types.ts";
import { codeVersionOf } from "./key.ts";
import { openVersionFolder, pruneVersions } from "./versions.ts";
import { writeFileAtomically } from "./atomic-file.ts";
import { decodeIndex, encodeIndex, type IndexFile } from "./article-index.ts";
import { PackFiles } from "./pack-files.ts";

/** Up to this many metas are read from their packs one by one; past it, the metas file is read whole. */
const FEW_METAS = 64;

export type { BuiltArticle, IndexedArticle, SlimArticle, StoredEntry } from "./article-store-types.ts";

/**
 * Offset and bytes of one of an entry's strings in its pack.
 * @example spanOf(entry, "html") // [1024, 5120]
 */
export function spanOf(e: StoredEntry, field: PackField): [number, number] {
  return field === "html" ? [e.htmlAt, e.htmlBytes] : field === "text" ? [e.textAt, e.textBytes] : [e.slimAt, e.slimBytes];
}

/** Bump when the index layout changes. */
const FORMAT = 9;
/** Above this many changes, the whole index is written again (and the journal emptied). */
const JOURNAL_MAX = 1000;
/** Builds an unused entry survives (switching branches back and forth stays cached). */
const KEEP_BUILDS = 4;
/** Rewrite the packs when less than half of their bytes are live, and they are worth the trouble. */
const COMPACT_MIN_BYTES = 32 * 1024 * 1024;
/** A file modified this close to its hashing may change again within the same mtime: re-read it next time. */
const RACY_MS = 2000;

/**
 * The cache of one content root, in `<root>/.cache/bantin/articles/<code version>/`. Entries of another
 * code version can never be hit (the version is part of every key), so each version has its own
 * folder and a build reads only its own index; the few most recently used versions are kept. Several
 * processes may share a folder: each writes its own pack file, the index is replaced atomically (last
 * writer wins, the other only loses cache hits), and an entry whose pack is missing is ignored.
 */
export class ArticleStore {
  private readonly index: IndexData;
  private readonly packs: PackFiles;
  /** Every entry's `meta` as of the last full write (`metas.v8`), read when first needed: the collections read all of them. */
  private allMetas: Map<string, Meta> | undefined;
  /** Metas read one by one from their packs so far, before the metas file is read whole. */
  private metasFromPacks = 0;
  private dirty = false;
  private journal: Journal;

  private constructor(private readonly dir: string, index: IndexData, journal: Journal | null) {
    this.index = index;
    this.packs = new PackFiles(dir);
    this.journal = journal ?? { base: index.id, entries: new Map(), stamps: new Map(), metas: new Map() };
  }

  /** Start a build: entries it does not use age by one. */
  beginBuild(): void {
    this.index.build++;
  }

  /**
   * Open (or start) the cache of this code version (`version`, default bantin's `src` hash) under
   * `base`. A missing, old or unreadable index starts empty.
   * @example const store = ArticleStore.open("/site/.cache/bantin/articles");
   */
  static open(base: string, options: { version?: string } = {}): ArticleStore {
    const dir = openVersionFolder(base, options.version ?? codeVersionOf(["src"]));
    let index: IndexData = { format: FORMAT, id: "", build: 0, fields: [], entries: new Map(), stamps: new Map() };
    try {
      const loaded = deserialize(readFileSync(path.join(dir, "index.v8"))) as IndexFile;
      if (loaded.format === FORMAT) index = decodeIndex(loaded);
    } catch {
      // No index yet, or one from an older bantin: start empty.
    }
    let journal: Journal | null = null;
    try {
      const loaded = deserialize(readFileSync(path.join(dir, "journal.v8"))) as Journal;
      if (loaded.base === index.id) {
        journal = loaded;
        for (const [k, e] of loaded.entries) index.entries.set(k, e);
        for (const [f, st] of loaded.stamps) {
          if (st) index.stamps.set(f, st);
          else index.stamps.delete(f);
        }
      }
    } catch {
      // No journal: the index is complete.
    }
    const sizes = new PackFiles(dir).sizes();
    for (const [key, e] of index.entries) {
      const size = sizes.get(e.pack);
      if (size === undefined || e.htmlAt + e.htmlBytes > size || e.textAt + e.textBytes > size || e.slimAt + e.slimBytes > size) index.entries.delete(key);
    }
    return new ArticleStore(dir, index, journal);
  }

  /** The hash recorded for `file` if its size and mtime are unchanged since it was hashed. */
  knownHash(file: string, size: number, mtimeMs: number): string | null {
    const s = this.index.stamps.get(file);
    return s && s.size === size && s.mtimeMs === mtimeMs ? s.hash : null;
  }

  /** The article key recorded for the bytes of `file` that hash to `hash`, under the context `ctxKey`. */
  knownKey(file: string, hash: string, ctxKey: string): string | null {
    const s = this.index.stamps.get(file);
    return s?.key !== undefined && s.hash === hash && s.keyContext === ctxKey ? s.key : null;
  }

  /** Record `key` as the article key of `file`'s stamped bytes (hashing to `hash`) under `ctxKey`; nothing if they are not stamped. */
  rememberKey(file: string, hash: string, ctxKey: string, key: string): void {
    const s = this.index.stamps.get(file);
    if (!s || s.hash !== hash || (s.key === key && s.keyContext === ctxKey)) return;
    const st = { size: s.size, mtimeMs: s.mtimeMs, hash, key, keyContext: ctxKey };
    this.index.stamps.set(file, st);
    this.journal.stamps.set(file, st);
    this.dirty = true;
  }

  /** Record the hash of `file` as read at `readAt` (ms); a file modified just before is not trusted later. */
  stamp(file: string, size: number, mtimeMs: number, hash: string, readAt: number): void {
    const old = this.index.stamps.get(file);
    if (mtimeMs > readAt - RACY_MS) {
      if (!old) return;
      this.index.stamps.delete(file);
      this.journal.stamps.set(file, null);
    } else if (!old || old.hash !== hash || old.size !== size || old.mtimeMs !== mtimeMs) {
      const st = { size, mtimeMs, hash };
      this.index.stamps.set(file, st);
      this.journal.stamps.set(file, st);
    } else return;
    this.dirty = true;
  }

  /** The cached entry for `key`, marked as used by this build. */
  get(key: string): StoredEntry | undefined {
    const e = this.index.entries.get(key);
    if (e) e.used = this.index.build;
    return e;
  }

  /** Store a result: its HTML and text go to this process's pack, the rest to the index. */
  put(key: string, result: BuiltArticle): StoredEntry {
    const html = this.packs.append(result.article?.html ?? "");
    const text = this.packs.append(result.article?.text ?? "");
    let slim: SlimArticle | null = null;
    let indexed: IndexedArticle | null = null;
    if (result.article) {
      const { html: _h, text: _t, ...rest } = result.article;
      slim = rest;
      const { meta: _m, ...withoutMeta } = rest;
      indexed = withoutMeta;
      const fields = Object.keys(result.article);
      if (fields.join() !== this.index.fields.join()) this.index.fields = fields;
    }
    const slimAt = slim ? this.packs.append(serialize(slim)) : ([0, 0] as [number, number]);
    const entry: StoredEntry = { article: indexed, problems: result.problems, pack: this.packs.current(), htmlAt: html[0], htmlBytes: html[1], textAt: text[0], textBytes: text[1], slimAt: slimAt[0], slimBytes: slimAt[1], used: this.index.build };
    if (slim) this.journal.metas.set(key, slim.meta);
    this.index.entries.set(key, entry);
    this.journal.entries.set(key, entry);
    this.dirty = true;
    return entry;
  }

  /** The file of a pack, for readers in other threads. */
  packPath(name: string): string {
    return this.packs.path(name);
  }

  /** Article field names in the order buildArticle writes them. */
  get fields(): readonly string[] {
    return this.index.fields;
  }

  /** Read one of the two strings of an entry back from its pack. */
  read(entry: StoredEntry, field: "html" | "text"): string {
    return this.bytes(entry, field).toString("utf8");
  }

  /**
   * The `meta` of an entry's article (not in the index): from the journal, else from `metas.v8`
   * (10k metas in one read when a collection needs them all), else from the entry's pack.
   */
  meta(key: string, entry: StoredEntry): Meta {
    const journal = this.journal.metas.get(key);
    if (journal) return journal;
    // The few pages an edit re-renders read their metas from the packs: the whole file (10k metas) costs 50 ms.
    if (!this.allMetas && this.metasFromPacks < FEW_METAS) {
      this.metasFromPacks++;
      return (deserialize(this.bytes(entry, "slim")) as SlimArticle).meta;
    }
    return this.metasFile().get(key) ?? (deserialize(this.bytes(entry, "slim")) as SlimArticle).meta;
  }

  private metasFile(): Map<string, Meta> {
    if (!this.allMetas) {
      try {
        this.allMetas = deserialize(readFileSync(path.join(this.dir, "metas.v8"))) as Map<string, Meta>;
      } catch {
        // None yet (or unreadable): each meta is read from its pack.
        this.allMetas = new Map();
      }
    }
    return this.allMetas;
  }

  private bytes(entry: StoredEntry, field: PackField): Buffer {
    const [offset, length] = spanOf(entry, field);
    return this.packs.read(entry.pack, offset, length);
  }

  /**
   * Persist what changed: a few changes go to the journal (a one-file rebuild writes kilobytes, not
   * the whole index); many rewrite the index, dropping long-unused entries and compacting the packs.
   */
  save(options: { full?: boolean } = {}): void {
    if (!this.dirty) return;
    this.dirty = false;
    if (!options.full && this.index.id && this.journal.entries.size + this.journal.stamps.size <= JOURNAL_MAX) {
      this.writeAtomically("journal.v8", serialize(this.journal));
      return;
    }
    const { entries, build } = this.index;
    for (const [key, e] of entries) if (build - e.used >= KEEP_BUILDS) entries.delete(key);
    this.compactIfMostlyDead();
    const metas = new Map<string, Meta>();
    for (const [key, e] of entries) if (e.article) metas.set(key, this.meta(key, e));
    this.writeAtomically("metas.v8", serialize(metas));
    this.allMetas = metas;
    this.index.id = randomBytes(8).toString("hex");
    this.writeAtomically("index.v8", serialize(encodeIndex(this.index, FORMAT)));
    this.journal = { base: this.index.id, entries: new Map(), stamps: new Map(), metas: new Map() };
    rmSync(path.join(this.dir, "journal.v8"), { force: true });
    pruneVersions(path.dirname(this.dir), this.dir);
  }

  /** The folder of this code version's index and packs. */
  get folder(): string {
    return this.dir;
  }

  private writeAtomically(name: string, bytes: Buffer): void {
    writeFileAtomically(path.join(this.dir, name), bytes);
  }

  /** Copy the live strings into a fresh pack and delete the old packs, when less than half is live. */
  private compactIfMostlyDead(): void {
    const sizes = this.packs.sizes();
    const total = [...sizes.values()].reduce((s, n) => s + n, 0);
    let live = 0;
    for (const e of this.index.entries.values()) live += e.htmlBytes + e.textBytes + e.slimBytes;
    const referenced = new Set([...this.index.entries.values()].map((e) => e.pack));
    // Packs no entry points to (an interrupted build's, or a concurrent writer's that lost the index race).
    for (const f of sizes.keys()) if (!referenced.has(f) && f !== this.packs.writingName) this.packs.unlink(f);
    if (total < COMPACT_MIN_BYTES || live * 2 > total) return;
    const old = this.packs.writingName;
    this.packs.startNew();
    for (const e of this.index.entries.values()) {
      const at = { html: this.packs.append(this.bytes(e, "html")), text: this.packs.append(this.bytes(e, "text")), slim: this.packs.append(this.bytes(e, "slim")) };
      // Entries are shared with the articles already handed out, so their lazy fields follow the move.
      e.pack = this.packs.current();
      [e.htmlAt, e.htmlBytes] = at.html;
      [e.textAt, e.textBytes] = at.text;
      [e.slimAt, e.slimBytes] = at.slim;
    }
    const current = this.packs.writingName;
    for (const f of referenced) if (f !== current) this.packs.unlink(f);
    if (old && old !== current) this.packs.unlink(old);
  }
}
