/** The search index of a site: its published articles, oldest first, their words from the cache when unchanged, and only the files an edit touches. */
import { createHash } from "node:crypto";
import type { Article, Category } from "../types.ts";
import { localParts } from "../text/dates.ts";
import { BLOCK, indexShape, planIndex, searchIndexFiles, type SearchDoc, type SearchIndex } from "./index-files.ts";
import { wordWeights } from "./terms.ts";
import type { TermsStore } from "./terms-store.ts";
import type { TermIds } from "./vocabulary.ts";
import { patchShard } from "./shard-patch.ts";

/** What an index was built from, so the next build can tell which files an edit changes. */
export interface IndexState {
  /**
   * A hash of every file of the index but meta.json, written into meta.json: it tells which
   * index an output folder holds, whatever the caches were. Set once `files` has been read.
   */
  id: string;
  /** sha1 of each file but meta.json. */
  hashes: Map<string, string>;
  urls: string[];
  keys: string[];
  /** The shard keys and the categories, as strings to compare. */
  plan: string;
  categories: string;
  /** Documents per spelling id, and the vocabulary those ids belong to (its size and a hash of its words). */
  df: Uint32Array;
  vocabulary: { size: number; hash: string };
}

export interface SiteIndex {
  /** Files to write, by path under the index folder, made one at a time as they are taken. */
  files: Iterable<[path: string, bytes: Buffer]>;
  /** True when `files` holds only what changed since `previous` (no file is to be removed). */
  partial: boolean;
  state: IndexState;
}

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/**
 * The index files for `articles` (any order). Ids follow publication time, then URL, so a new
 * article usually takes the next id. With the `previous` state of the index in the output folder,
 * the same articles in the same order and the same shard keys, only the shards holding the changed
 * articles' words and their blocks are made, from postings of those shards' words alone.
 * `keyOf` gives an article's content key (null: count its words again); `readOld` reads a file of
 * the previous index (its shards are patched rather than made from every article's words).
 * @example siteSearchFiles(data.articles, data.categories, TermsStore.open(root), articleKeyOf, null).files
 */
export function siteSearchFiles(
  articles: readonly Article[],
  categories: readonly Category[],
  store: TermsStore,
  keyOf: (a: Article) => string | null,
  previous: IndexState | null,
  readOld: (rel: string) => Buffer | null = () => null,
): SiteIndex {
  const position = new Map(categories.map((c, i) => [c.slug, i]));
  const times = new Map(articles.map((a) => [a, Date.parse(a.published)]));
  const ordered = [...articles].sort((a, b) => times.get(a)! - times.get(b)! || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const cacheKeys = ordered.map(keyOf);
  // Articles built without the cache stand in the state as a hash of what the index shows of them.
  const keys = ordered.map((a, i) => cacheKeys[i] ?? `~${sha1([a.url, a.title, a.summary, a.published, a.category, a.text].join("\0"))}`);
  const docs: SearchDoc[] = ordered.map((a, i) => {
    const key = cacheKeys[i] ?? null;
    const terms = (key !== null ? store.get(key) : undefined) ?? store.set(key, wordWeights(a.title, a.summary, a.text));
    return { url: a.url, title: a.title, published: a.published, year: yearOf(a.published), category: position.get(a.category) ?? -1, summary: a.summary, terms };
  });
  const vocabulary = store.vocabulary;
  const names = categories.map((c) => [c.slug, c.name] as const);
  const urls = ordered.map((a) => a.url);
  const same = previous && sameVocabulary(previous, vocabulary.words) ? previous : null;
  const changed = same ? changedDocs(same, urls, keys, store) : null;
  let index: SearchIndex | null = null;
  let df: Uint32Array;
  if (same && changed) {
    // Documents per spelling, from the last index and what the edit took away and added.
    df = new Uint32Array(vocabulary.size);
    df.set(same.df.subarray(0, Math.min(same.df.length, df.length)));
    for (const i of changed.ids) for (const v of docs[i]!.terms.ids) df[v]!++;
    for (const old of changed.old) for (const v of old.ids) df[v]!--;
  } else {
    index = planIndex(docs, vocabulary);
    df = index.df;
  }
  const shape = index ?? indexShape(df, vocabulary);
  const basis = {
    urls,
    keys,
    // The keys alone: a word always lives in the longest key it starts with, so same keys, same places.
    plan: [...shape.plan.keys()].join(","),
    categories: JSON.stringify(names),
  };
  const partialWrite = same && changed && same.plan === basis.plan && same.categories === basis.categories;
  const hashes = partialWrite ? new Map(same.hashes) : new Map<string, string>();
  const state: IndexState = { id: "", hashes, ...basis, df, vocabulary: { size: vocabulary.size, hash: sha1(vocabulary.words.join("\n")) } };
  const id = () => {
    state.id = sha1([...hashes].sort((a, b) => (a[0] < b[0] ? -1 : 1)).join("\n")).slice(0, 16);
    return state.id;
  };
  const tap = function* (files: Iterable<[string, Buffer]>): Generator<[string, Buffer]> {
    for (const [rel, bytes] of files) {
      if (rel !== "meta.json") hashes.set(rel, createHash("sha1").update(bytes).digest("hex"));
      yield [rel, bytes];
    }
  };
  if (partialWrite && changed) {
    // Shards hold each word's documents and weights only: the shards to write are those of the
    // words a changed article gained, lost or weighs differently (an edited sentence: a few).
    const shards = new Set<string>();
    changed.ids.forEach((i, n) => {
      for (const v of changedWords(changed.old[n]!, docs[i]!.terms)) shards.add(shape.shardOfWord.get(vocabulary.folded(v)) ?? "");
    });
    const partial: SearchIndex = { ...shape, df };
    const blocks = new Set(changed.ids.map((i) => Math.floor(i / BLOCK)));
    // A shard as the last index wrote it (checked against its hash) is patched with the changed articles' words.
    const edited = new Map(changed.ids.map((i) => [i, docs[i]!.terms]));
    const patch = (rel: string, words: readonly (readonly [string, number])[]) => {
      const old = readOld(rel);
      return old && createHash("sha1").update(old).digest("hex") === same.hashes.get(rel) ? patchShard(old, words, edited) : null;
    };
    return { files: tap(searchIndexFiles(docs, vocabulary, partial, names, id, { shards, blocks, patch })), partial: true, state };
  }
  index ??= planIndex(docs, vocabulary);
  return { files: tap(searchIndexFiles(docs, vocabulary, index, names, id)), partial: false, state };
}

/** A time stored as Hà Nội time (+07:00) names its year first; any other offset goes through the calendar. */
function yearOf(iso: string): number {
  return iso.endsWith("+07:00") && iso.charCodeAt(4) === 45 ? Number(iso.slice(0, 4)) : localParts(iso).year;
}

/** True when `words` begins with the vocabulary the previous state's ids refer to. */
function sameVocabulary(previous: IndexState, words: readonly string[]): boolean {
  return words.length >= previous.vocabulary.size && sha1(words.slice(0, previous.vocabulary.size).join("\n")) === previous.vocabulary.hash;
}

/**
 * The articles an edit changed (ids, and their words before), or null when more than that changed:
 * other URLs or order, or an article whose earlier words are not in the cache.
 */
function changedDocs(previous: IndexState, urls: readonly string[], keys: readonly string[], store: TermsStore): { ids: number[]; old: TermIds[] } | null {
  if (previous.urls.length !== urls.length) return null;
  const ids: number[] = [];
  const old: TermIds[] = [];
  for (let i = 0; i < urls.length; i++) {
    if (previous.urls[i] !== urls[i]) return null;
    const before = previous.keys[i] ?? "";
    if (before === keys[i]) continue;
    const terms = store.peek(before);
    if (!terms) return null;
    ids.push(i);
    old.push(terms);
  }
  return { ids, old };
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
