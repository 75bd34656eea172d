/**
 * The search index as files: a small `meta.json`, documents in blocks of BLOCK, and postings in
 * shards split by the folded words' first letters so that a query downloads only a few small files.
 */
import { CATEGORY_CODES, shardFile } from "../../layouts/assets/search-core.js";
import { buildPostings } from "./postings.ts";
import { ByteWriter } from "./bytes.ts";
import { formatDay } from "../text/dates.ts";
import type { TermIds, Vocabulary } from "./vocabulary.ts";

/** One searchable article, in the order of its id (oldest first). */
export interface SearchDoc {
  url: string;
  title: string;
  /** ISO time with offset; shown as dd/mm/yyyy in Asia/Ho_Chi_Minh. */
  published: string;
  /** Year in Asia/Ho_Chi_Minh. */
  year: number;
  /** Index into the categories list. */
  category: number;
  summary: string;
  terms: TermIds;
}

/** Documents per block file. */
export const BLOCK = 32;
/** A shard is split by its next letter above this many bytes (about, before gzip), when it can be. */
export const SHARD_BYTES = 32 * 1024;
/** Summaries shown in results are cut here. */
const SUMMARY_MAX = 300;
/** Index format, read by search.js. */
export const INDEX_VERSION = 1;

/** A prefix planShards looked at: bytes of its words, how many, how many longer than it, split (1) or a shard (0). */
export type PlanNode = [total: number, count: number, longer: number, split: number];

/**
 * Split folded words into shards: a shard key holds the words starting with it that no longer key
 * holds; a shard over SHARD_BYTES is split by the next letter. Deterministic for the same words.
 * @example planShards(new Map([["tha", 10], ["thi", 10]]), 15) // Map { "tha" → ["tha"], "thi" → ["thi"] }
 */
export function planShards(sizes: Map<string, number>, limit = SHARD_BYTES, nodes?: Map<string, PlanNode>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const split = (key: string, terms: string[]): void => {
    let total = 0;
    for (const t of terms) total += sizes.get(t) ?? 0;
    const longer = terms.filter((t) => t.length > key.length);
    const leaf = total <= limit || longer.length === 0;
    nodes?.set(key, [total, terms.length, longer.length, leaf ? 0 : 1]);
    if (leaf) {
      out.set(key, terms);
      return;
    }
    const own = terms.filter((t) => t.length === key.length);
    if (own.length) out.set(key, own);
    const children = new Map<string, string[]>();
    for (const t of longer) {
      const next = t.slice(0, key.length + 1);
      const list = children.get(next);
      if (list) list.push(t);
      else children.set(next, [t]);
    }
    for (const [k, list] of children) split(k, list);
  };
  if (sizes.size) split("", [...sizes.keys()].sort());
  return out;
}

/** Where every word goes: the shard plan, and each folded word's spellings. */
export interface IndexShape {
  /** Shard key → folded words it holds. */
  plan: Map<string, string[]>;
  /** Folded word → shard key. */
  shardOfWord: Map<string, string>;
  /** Folded word → its spelling ids (those in at least one document). */
  spellings: Map<string, number[]>;
  /** Folded word → its estimated bytes in a shard; and every prefix the plan looked at. */
  sizes: Map<string, number>;
  nodes: Map<string, PlanNode>;
}

/** The index of a set of documents, ready to be written whole or in part. */
export interface SearchIndex extends IndexShape {
  /** Documents per spelling id. */
  df: Uint32Array;
}

/** Postings held at once while writing: shards are written in groups of about this many pairs. */
export const GROUP_PAIRS = 8_000_000;

/**
 * Documents per spelling id.
 * @example documentCounts(docs, vocabulary.size)[vocabulary.intern(…).ids[0]]
 */
export function documentCounts(docs: readonly SearchDoc[], size: number): Uint32Array {
  const df = new Uint32Array(size);
  for (const d of docs) for (const id of d.terms.ids) df[id]!++;
  return df;
}

/**
 * About the bytes of a spelling and its pairs in JSON, when `docs` documents hold it (multiples of
 * 0.5: sums of them are exact, in any order).
 * @example spellingBytes("phố", 2) // 14
 */
export function spellingBytes(word: string, docs: number): number {
  return docs > 0 ? word.length + 6 + docs * 2.5 : 0;
}

/**
 * The shard plan for spellings found in `df[id]` documents each.
 * @example indexShape(documentCounts(docs, vocabulary.size), vocabulary).plan.keys()
 */
export function indexShape(df: Uint32Array, vocabulary: Vocabulary, limit = SHARD_BYTES): IndexShape {
  const spellings = new Map<string, number[]>();
  const sizes = new Map<string, number>();
  for (let v = 0; v < df.length; v++) {
    const n = df[v]!;
    if (!n) continue;
    const f = vocabulary.folded(v);
    const known = spellings.get(f);
    if (known) known.push(v);
    else spellings.set(f, [v]);
    sizes.set(f, (sizes.get(f) ?? 0) + spellingBytes(vocabulary.words[v] ?? "", n));
  }
  const nodes = new Map<string, PlanNode>();
  const plan = planShards(sizes, limit, nodes);
  const shardOfWord = new Map<string, string>();
  for (const [key, words] of plan) for (const w of words) shardOfWord.set(w, key);
  return { plan, shardOfWord, spellings, sizes, nodes };
}

/**
 * Document counts and shard plan of documents in id order.
 * @example const index = planIndex(docs, vocabulary); index.plan.size
 */
export function planIndex(docs: readonly SearchDoc[], vocabulary: Vocabulary): SearchIndex {
  const df = documentCounts(docs, vocabulary.size);
  return { ...indexShape(df, vocabulary), df };
}

/** Spelling ids of one shard, sorted by spelling. */
function shardSpellings(index: SearchIndex, vocabulary: Vocabulary, key: string): (readonly [string, number])[] {
  const ids = (index.plan.get(key) ?? []).flatMap((f) => index.spellings.get(f) ?? []);
  return ids.map((v) => [vocabulary.words[v] ?? "", v] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Writes shards; one for the whole process, its buffer reused. */
const writer = new ByteWriter();

/** A spelling's documents (ascending ids) and weights: positions `from` to `to` of the two arrays. */
export interface Row {
  docs: ArrayLike<number>;
  weights: ArrayLike<number>;
  from: number;
  to: number;
}

/**
 * One shard's JSON: its spellings sorted, each with [doc delta, weight, …].
 * @example shardJson([["phố", 7]], () => ({ docs: [0, 2], weights: [1, 1], from: 0, to: 2 })).toString() // '{"phố":[0,1,2,1]}'
 */
export function shardJson(words: readonly (readonly [string, number])[], rowOf: (v: number, word: string) => Row): Buffer {
  writer.ascii("{");
  words.forEach(([word, v], n) => {
    if (n) writer.ascii(",");
    writer.utf8(JSON.stringify(word));
    writer.ascii(":[");
    const { docs, weights, from, to } = rowOf(v, word);
    let last = 0;
    for (let i = from; i < to; i++) {
      if (i > from) writer.ascii(",");
      writer.uint(docs[i]! - last);
      writer.ascii(",");
      writer.uint(weights[i]!);
      last = docs[i]!;
    }
    writer.ascii("]");
  });
  writer.ascii("}");
  return writer.take();
}

/**
 * The shards `keys` as files, in groups whose postings are built together (GROUP_PAIRS pairs at
 * most, unless one shard alone is larger): a 100k-article index never holds all its postings.
 * `terms()` gives every document's words in id order, asked for only when a shard is not patched.
 * @example new Map(shardFiles(() => docs.map((d) => d.terms), vocabulary, () => index, ["th"], GROUP_PAIRS)).get("w/th.json")
 */
export function* shardFiles(terms: () => readonly TermIds[], vocabulary: Vocabulary, index: () => SearchIndex, keys: readonly string[], groupPairs: number, patch?: ShardPatch): Generator<[string, Buffer]> {
  let group: { key: string; words: (readonly [string, number])[] }[] = [];
  let pairs = 0;
  const flush = function* (): Generator<[string, Buffer]> {
    if (!group.length) return;
    const only = new Uint8Array(vocabulary.size);
    for (const g of group) for (const [, v] of g.words) only[v] = 1;
    const postings = buildPostings(terms(), vocabulary.size, only);
    const { start, docs: ids, weights } = postings;
    for (const g of group) yield [`w/${shardFile(g.key)}`, shardJson(g.words, (v) => ({ docs: ids, weights, from: start[v]!, to: start[v + 1]! }))];
    group = [];
    pairs = 0;
  };
  for (const key of keys) {
    const rel = `w/${shardFile(key)}`;
    const patched = patch?.(rel);
    if (patched) {
      yield [rel, patched];
      continue;
    }
    const words = shardSpellings(index(), vocabulary, key);
    const n = words.reduce((sum, [, v]) => sum + (index().df[v] ?? 0), 0);
    if (pairs && pairs + n > groupPairs) yield* flush();
    group.push({ key, words });
    pairs += n;
  }
  yield* flush();
}

/** The bytes of shard file `rel` made without every document's words (from its last version), or null to make it from them. */
export type ShardPatch = (rel: string) => Buffer | null;

/**
 * The files of the index, by path relative to the index folder, one at a time so that a
 * 100k-article index is never held whole in memory; meta.json comes last.
 * `id()` names this version of the index (it changes whenever any file does); it is asked for
 * when meta.json is made, after every other file.
 * @example new Map(searchIndexFiles(docs, vocabulary, planIndex(docs, vocabulary), [["tin-tuc", "Tin tức"]], () => "v1")).get("meta.json")
 */
export function* searchIndexFiles(
  docs: readonly SearchDoc[],
  vocabulary: Vocabulary,
  index: SearchIndex,
  categories: readonly (readonly [slug: string, name: string])[],
  id: () => string,
  groupPairs = GROUP_PAIRS,
): Generator<[path: string, bytes: Buffer]> {
  let terms: TermIds[] | null = null;
  yield* shardFiles(() => (terms ??= docs.map((d) => d.terms)), vocabulary, () => index, [...index.plan.keys()], groupPairs);
  for (let start = 0; start < docs.length; start += BLOCK) {
    yield blockFile(docs.slice(start, start + BLOCK), start / BLOCK, categories);
  }
  yield metaFile(id(), Float64Array.from(docs, (d) => d.year), Int16Array.from(docs, (d) => d.category), categories, index.plan.keys());
}

/**
 * Block `n` of the documents: each one's URL, title, date, category name and summary.
 * @example blockFile(docs.slice(0, BLOCK), 0, [["tin-tuc", "Tin tức"]]) // ["d/0.json", <Buffer …>]
 */
export function blockFile(docs: readonly Omit<SearchDoc, "terms">[], n: number, categories: readonly (readonly [slug: string, name: string])[]): [string, Buffer] {
  const block = docs.map((d) => [d.url, d.title, formatDay(d.published), categories[d.category]?.[1] ?? "", clip(d.summary)]);
  return [`d/${n}.json`, Buffer.from(JSON.stringify(block))];
}

/**
 * meta.json, from each document's year and category position (by id) and the shard keys.
 * @example metaFile("v1", Float64Array.of(2024), Int16Array.of(0), [["tin-tuc", "Tin tức"]], ["th"])
 */
export function metaFile(id: string, years: ArrayLike<number>, categoryOf: ArrayLike<number>, categories: readonly (readonly [slug: string, name: string])[], shards: Iterable<string>): [string, Buffer] {
  const firsts: [number, number][] = [];
  // One byte per article (the codes are ASCII): 100k string concatenations cost more than the rest of meta.json.
  const codes = Buffer.allocUnsafe(years.length);
  for (let i = 0; i < years.length; i++) {
    if (firsts.at(-1)?.[0] !== years[i]) firsts.push([years[i]!, i]);
    const c = categoryOf[i]!;
    codes[i] = c >= 0 && c < CATEGORY_CODES.length ? CATEGORY_CODES.charCodeAt(c) : TILDE;
  }
  const meta = { v: INDEX_VERSION, id, n: years.length, block: BLOCK, categories: categories.map(([slug]) => slug), categoryOf: codes.toString("latin1"), years: firsts, shards: [...shards].sort() };
  return ["meta.json", Buffer.from(JSON.stringify(meta))];
}

/** The category code of an article without a known category. */
const TILDE = "~".charCodeAt(0);

/** A summary cut at a word boundary near SUMMARY_MAX characters. */
function clip(text: string): string {
  if (text.length <= SUMMARY_MAX) return text;
  const cut = text.lastIndexOf(" ", SUMMARY_MAX);
  return `${text.slice(0, cut > 0 ? cut : SUMMARY_MAX)} …`;
}
