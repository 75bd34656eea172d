/** The files of the index an edit changes: the shards of the words whose weights changed (patched from their last bytes), the edited articles' blocks, and meta.json. */
import { BLOCK, blockFile, GROUP_PAIRS, metaFile, shardFiles, type SearchDoc, type SearchIndex } from "./index-files.ts";
import { patchShard } from "./shard-patch.ts";
import { shardFile, shardOf } from "../../layouts/assets/search-core.js";
import type { TermIds, Vocabulary } from "./vocabulary.ts";

/** What the index shows of an article, but its words. */
export type DocInfo = Omit<SearchDoc, "terms">;

/** An edit: the articles that changed (ids), their words before and now, and what is needed of the others. */
export interface Edit {
  ids: readonly number[];
  old: readonly TermIds[];
  now: readonly TermIds[];
  /** Every article's words in id order: asked for only when a shard cannot be patched. */
  terms: () => readonly TermIds[];
  info: (id: number) => DocInfo;
  /** By id, after the edit. */
  years: ArrayLike<number>;
  categoryOf: ArrayLike<number>;
}

/**
 * The files an edit changes, meta.json last. `readOld(rel)` gives a shard as the last index
 * wrote it (checked), or null: then the shard is made from every article's words.
 * @example new Map(editedFiles(edit, vocabulary, index, [["tin-tuc", "Tin tức"]], () => "v2", readOld)).keys() // "w/mot.json", "d/3.json", "meta.json"
 */
export function* editedFiles(
  edit: Edit,
  vocabulary: Vocabulary,
  shards: { keys: Set<string>; index: () => SearchIndex },
  categories: readonly (readonly [slug: string, name: string])[],
  id: () => string,
  readOld: (rel: string) => Buffer | null,
): Generator<[path: string, bytes: Buffer]> {
  // Shards hold each word's documents and weights only: the shards to write are those of the
  // words a changed article gained, lost or weighs differently (an edited sentence: a few).
  // Spellings a document no longer holds are among them: they leave the shard.
  const byShard = new Map<string, (readonly [string, number])[]>();
  edit.ids.forEach((_, n) => {
    for (const v of changedWords(edit.old[n]!, edit.now[n]!)) {
      const rel = `w/${shardFile(shardOf(vocabulary.folded(v), shards.keys) ?? "")}`;
      const list = byShard.get(rel) ?? byShard.set(rel, []).get(rel)!;
      if (!list.some(([, id]) => id === v)) list.push([vocabulary.words[v] ?? "", v]);
    }
  });
  const edited = new Map(edit.ids.map((i, n) => [i, edit.now[n]!]));
  const patch = (rel: string) => {
    const old = readOld(rel);
    const words = (byShard.get(rel) ?? []).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return old && patchShard(old, words, edited);
  };
  const keys = [...shards.keys].filter((key) => byShard.has(`w/${shardFile(key)}`));
  yield* shardFiles(edit.terms, vocabulary, shards.index, keys, GROUP_PAIRS, patch);
  const count = edit.years.length;
  for (const block of new Set(edit.ids.map((i) => Math.floor(i / BLOCK)))) {
    const docs: DocInfo[] = [];
    for (let i = block * BLOCK; i < Math.min(count, (block + 1) * BLOCK); i++) docs.push(edit.info(i));
    yield blockFile(docs, block, categories);
  }
  yield metaFile(id(), edit.years, edit.categoryOf, categories, shards.keys);
}

/**
 * Spelling ids whose weight differs between two versions of an article's words (absent = 0).
 * @example changedWords({ ids: Uint32Array.of(1, 2), weights: Uint8Array.of(1, 1) }, { ids: Uint32Array.of(2, 3), weights: Uint8Array.of(1, 1) }) // [3, 1]
 */
export function changedWords(before: TermIds, after: TermIds): number[] {
  const weight = new Map<number, number>();
  before.ids.forEach((v, i) => weight.set(v, before.weights[i]!));
  const out: number[] = [];
  after.ids.forEach((v, i) => {
    if (weight.get(v) !== after.weights[i]) out.push(v);
    weight.delete(v);
  });
  for (const v of weight.keys()) out.push(v);
  return out;
}
