/** The shapes of the article cache (src/cache/article-store.ts): its entries, index and journal. */
import type { Article } from "../types.ts";
import type { Problem } from "../content/problems.ts";

/** An article without its two large strings. */
export type SlimArticle = Omit<Article, "html" | "text">;

/**
 * A slim article as the index holds it: without `meta` either (attendees, speakers, awards, captions:
 * 40% of the index's bytes and most of its objects), which only the costly collections and the
 * article's own page read: in one file per version (metas.v8) and in the pack's copy of the slim article.
 */
export type IndexedArticle = Omit<SlimArticle, "meta">;

/** What building one file gave: the article (or null) and its problems. */
export interface BuiltArticle {
  article: Article | null;
  problems: Problem[];
}

/** One cached result. */
export interface StoredEntry {
  article: IndexedArticle | null;
  problems: Problem[];
  /** Pack file name, and offset and bytes of the HTML and of the text in it (numbers, not pairs: 30k fewer objects a load). */
  pack: string;
  htmlAt: number;
  htmlBytes: number;
  textAt: number;
  textBytes: number;
  /** The slim article, v8-serialised, in the pack too: page workers read it from there instead of being sent it. */
  slimAt: number;
  slimBytes: number;
  /** The build that last used it; entries unused for a few builds are dropped. */
  used: number;
}

/** Size and mtime of a file when its bytes were hashed, so an unchanged file is not read again. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  hash: string;
  /** The article key of these bytes under the context `keyContext` (src/cache/key.ts): 10k keys hashed again cost a build 20 ms. */
  key?: string;
  keyContext?: string;
}

/** The index of one code version's folder. */
export interface IndexData {
  format: number;
  /** Changes since this full write are in the journal that names this id. */
  id: string;
  build: number;
  /** Article field names in the order buildArticle writes them, so rebuilt articles serialise alike. */
  fields: string[];
  entries: Map<string, StoredEntry>;
  stamps: Map<string, FileStamp>;
}

/** What changed since the last full write of the index: small, so a one-file rebuild writes little. */
export interface Journal {
  base: string;
  entries: Map<string, StoredEntry>;
  /** null: the stamp was dropped. */
  stamps: Map<string, FileStamp | null>;
  /** The `meta` of each of `entries` (the index holds none; see `metas.v8`). */
  metas: Map<string, Meta>;
}

export type Meta = SlimArticle["meta"];

/** The three strings of an entry in its pack. */
export type PackField = "html" | "text" | "slim";
