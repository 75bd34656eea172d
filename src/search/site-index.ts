/** The search index of a site: its published articles, oldest first, their words from the cache when unchanged, and only the files an edit touches. */
import { createHash } from "node:crypto";
import type { Article, Category } from "../types.ts";
import { localParts } from "../text/dates.ts";
import { indexShape, planIndex, searchIndexFiles, spellingBytes, type SearchDoc, type SearchIndex } from "./index-files.ts";
import { wordWeights } from "./terms.ts";
import type { TermsStore } from "./terms-store.ts";
import type { TermIds, Vocabulary } from "./vocabulary.ts";
import { keptOrder, sortedArticles } from "./article-order.ts";
import { editedFiles, type DocInfo } from "./edit-files.ts";
import { planBasis, planKeys, updatePlan, type FoldedChange, type PlanBasis } from "./plan-update.ts";

/** Bump when IndexState changes: a state of another version is not used. */
const STATE_VERSION = 4;

/** What an index was built from, so the next build can tell which files an edit changes. */
export interface IndexState {
  v: number;
  /**
   * A hash of every file of the index but meta.json, written into meta.json: it tells which
   * index an output folder holds, whatever the caches were. Set once `files` has been read.
   */
  id: string;
  /** sha1 of each file but meta.json. */
  hashes: Map<string, string>;
  /** By id: URL, content key, place in the list of articles given, year and category position. */
  urls: string[];
  keys: string[];
  given: Uint32Array;
  /** Years as numbers (an invalid date's NaN stays what a whole build writes). */
  years: Float64Array;
  categoryOf: Int16Array;
  /** The shard keys and the categories, as strings to compare. */
  plan: string;
  /** What the plan was made from: an edit tells from it whether the keys stay. */
  basis: PlanBasis;
  categories: string;
  /** Documents per spelling id, and the vocabulary those ids belong to (its size and fingerprint). */
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
 * articles' words and their blocks are made, without reading the unchanged articles' words.
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
  order: IndexOrder = indexOrder(articles, keyOf, previous),
): SiteIndex {
  const last = usable(previous);
  const position = new Map(categories.map((c, i) => [c.slug, i]));
  const names = categories.map((c) => [c.slug, c.name] as const);
  const { articles: ordered, keys } = order;
  const cacheKeys = order.cacheKeys;
  const termsAt = (i: number): TermIds => {
    const key = cacheKeys[i] ?? null;
    const a = ordered[i]!;
    return (key !== null ? store.get(key) : undefined) ?? store.set(key, wordWeights(a.title, a.summary, a.text));
  };
  const infoAt = (i: number): DocInfo => {
    const a = ordered[i]!;
    return { url: a.url, title: a.title, published: a.published, year: yearOf(a.published), category: position.get(a.category) ?? -1, summary: a.summary };
  };
  const vocabulary = store.vocabulary;
  const urls = last && order.changed ? last.urls : ordered.map((a) => a.url);
  const same = last && sameVocabulary(last, vocabulary) ? last : null;
  const changed = same ? changedDocs(same, order.changed, urls, keys, store) : null;
  let docs: SearchDoc[] | null = null;
  // Years as numbers: an invalid date's NaN stays what a whole build writes.
  let years: Float64Array;
  let categoryOf: Int16Array;
  let now: TermIds[] = [];
  let df: Uint32Array;
  // The whole shape of the index (every spelling folded and placed): made only when needed.
  let whole: SearchIndex | null = null;
  const index = () => (whole ??= { ...indexShape(df, vocabulary), df });
  let plan: PlanBasis | null = null;
  if (same && changed) {
    now = changed.ids.map(termsAt);
    // The unchanged articles' words are not read (their rows stay as the last index wrote them), but kept in the cache.
    if (!order.marked) for (const key of cacheKeys) if (key !== null) store.keep(key);
    // Documents per spelling, from the last index and what the edit took away and added.
    df = new Uint32Array(vocabulary.size);
    df.set(same.df.subarray(0, Math.min(same.df.length, df.length)));
    for (const t of now) for (const v of t.ids) df[v]!++;
    for (const old of changed.old) for (const v of old.ids) df[v]!--;
    // The same shard keys, told from the words whose documents changed alone, or the plan made again.
    plan = updatePlan(same.basis, foldedChanges(same.df, df, changed.old, now, vocabulary));
    years = same.years.slice();
    categoryOf = same.categoryOf.slice();
    for (const i of changed.ids) {
      const info = infoAt(i);
      years[i] = info.year;
      categoryOf[i] = info.category;
    }
  } else {
    docs = ordered.map((_, i) => ({ ...infoAt(i), terms: termsAt(i) }));
    whole = planIndex(docs, vocabulary);
    df = whole.df;
    years = Float64Array.from(docs, (d) => d.year);
    categoryOf = Int16Array.from(docs, (d) => d.category);
  }
  // The keys alone: a word always lives in the longest key it starts with, so same keys, same places.
  const planned = plan && same ? same.plan : [...index().plan.keys()].join(",");
  const categoriesJson = JSON.stringify(names);
  const partialWrite = same && changed && same.plan === planned && same.categories === categoriesJson;
  if (!partialWrite && !docs) {
    // Every file is made: from every article (other categories move every article's category position).
    docs = ordered.map((_, i) => ({ ...infoAt(i), terms: termsAt(i) }));
    years = Float64Array.from(docs, (d) => d.year);
    categoryOf = Int16Array.from(docs, (d) => d.category);
  }
  const basis = { urls, keys, given: order.given, years, categoryOf, plan: planned, basis: plan ?? planBasis(index()), categories: categoriesJson };
  const hashes = partialWrite ? new Map(same.hashes) : new Map<string, string>();
  const state: IndexState = { v: STATE_VERSION, id: "", hashes, ...basis, df, vocabulary: { size: vocabulary.size, hash: vocabulary.fingerprint(vocabulary.size) } };
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
    // A shard as the last index wrote it (checked against its hash) is patched with the changed articles' words.
    const readChecked = (rel: string) => {
      const old = readOld(rel);
      return old && createHash("sha1").update(old).digest("hex") === same.hashes.get(rel) ? old : null;
    };
    let all: TermIds[] | null = null;
    const edit = { ids: changed.ids, old: changed.old, now, terms: () => (all ??= ordered.map((_, i) => termsAt(i))), info: infoAt, years, categoryOf };
    return { files: tap(editedFiles(edit, vocabulary, { keys: planKeys(basis.basis), index }, names, id, readChecked)), partial: true, state };
  }
  const all = docs ?? ordered.map((_, i) => ({ ...infoAt(i), terms: termsAt(i) }));
  return { files: tap(searchIndexFiles(all, vocabulary, index(), names, id)), partial: false, state };
}

/** The previous state, when this version of bantin wrote it. */
function usable(previous: IndexState | null): IndexState | null {
  return previous?.v === STATE_VERSION ? previous : null;
}

/** Articles in id order with their keys (`cacheKeys`: content keys, null for an article without one). */
export interface IndexOrder {
  articles: Article[];
  given: Uint32Array;
  keys: string[];
  cacheKeys: (string | null)[];
  /** The ids whose key changed, when the previous state's order still holds (else null). */
  changed: number[] | null;
  /** True once every content key is marked used in the words cache (`primeTerms` does). */
  marked?: boolean;
}

/**
 * The id order of `articles`: the previous state's, when the same URLs are in the same places and
 * the articles that changed still sit between their neighbours (no sort), else sorted.
 * @example const order = indexOrder(data.articles, articleKeyOf, state); order.changed // [4711]
 */
export function indexOrder(articles: readonly Article[], keyOf: (a: Article) => string | null, previous: IndexState | null): IndexOrder {
  const last = usable(previous);
  const kept = last ? keptOrder(articles, last, (a) => stateKey(a, keyOf(a))) : null;
  const order = kept ?? sortedArticles(articles);
  const keys = kept?.keys ?? order.articles.map((a) => stateKey(a, keyOf(a)));
  return { articles: order.articles, given: order.given, keys, cacheKeys: keys.map((k) => (k.startsWith(NO_KEY) ? null : k)), changed: kept?.changed ?? null };
}

/** The start of the key the state records for an article without a content key. */
const NO_KEY = "~";

/**
 * The key the state records for an article: its content key, or for an article that did not come
 * through the cache, a hash of what the index shows of it (its words are counted again: a content
 * key starting like that is only counted again too).
 */
function stateKey(a: Article, cacheKey: string | null): string {
  return cacheKey ?? `${NO_KEY}${sha1([a.url, a.title, a.summary, a.published, a.category, a.text].join("\0"))}`;
}

/** A time stored as Hà Nội time (+07:00) names its year first; any other offset goes through the calendar. */
function yearOf(iso: string): number {
  return iso.endsWith("+07:00") && iso.charCodeAt(4) === 45 ? Number(iso.slice(0, 4)) : localParts(iso).year;
}

/** True when `vocabulary` begins with the one the previous state's ids refer to. */
function sameVocabulary(previous: IndexState, vocabulary: Vocabulary): boolean {
  return vocabulary.size >= previous.vocabulary.size && vocabulary.fingerprint(previous.vocabulary.size) === previous.vocabulary.hash;
}

/**
 * The articles an edit changed (ids, and their words before), or null when more than that changed:
 * other URLs or order, or an article whose earlier words are not in the cache. `known`: the ids
 * whose key changed, when the URLs are known to be the last ones in the same order.
 */
function changedDocs(previous: IndexState, known: readonly number[] | null, urls: readonly string[], keys: readonly string[], store: TermsStore): { ids: number[]; old: TermIds[] } | null {
  if (previous.urls.length !== urls.length) return null;
  let ids = known;
  if (!ids) {
    const found: number[] = [];
    for (let i = 0; i < urls.length; i++) {
      if (previous.urls[i] !== urls[i]) return null;
      if (previous.keys[i] !== keys[i]) found.push(i);
    }
    ids = found;
  }
  const old: TermIds[] = [];
  for (const i of ids) {
    const terms = store.peek(previous.keys[i] ?? "");
    if (!terms) return null;
    old.push(terms);
  }
  return { ids: [...ids], old };
}

/**
 * How an edit changes each folded word's bytes and spellings with documents: from the documents
 * per spelling before and after, for the spellings the changed articles had or have.
 */
function foldedChanges(before: Uint32Array, after: Uint32Array, old: readonly TermIds[], now: readonly TermIds[], vocabulary: Vocabulary): Map<string, FoldedChange> {
  const out = new Map<string, FoldedChange>();
  const seen = new Set<number>();
  for (const t of [...old, ...now])
    for (const v of t.ids) {
      if (seen.has(v)) continue;
      seen.add(v);
      const a = before[v] ?? 0;
      const b = after[v] ?? 0;
      if (a === b) continue;
      const word = vocabulary.words[v] ?? "";
      const f = vocabulary.folded(v);
      const change = out.get(f) ?? { bytes: 0, spellings: 0 };
      change.bytes += spellingBytes(word, b) - spellingBytes(word, a);
      change.spellings += (b > 0 ? 1 : 0) - (a > 0 ? 1 : 0);
      out.set(f, change);
    }
  return out;
}
