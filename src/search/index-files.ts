/**
 * The search index as files: a small `meta.json`, documents in blocks of BLOCK, and postings in
 * shards split by the folded words' first letters so that a query downloads only a few small files.
 */
import { CATEGORY_CODES, fold, shardFile } from "../../layouts/assets/search-core.js";
import { termPairs, type DocTerms } from "./terms.ts";

/** One searchable article, in the order of its id (oldest first). */
export interface SearchDoc {
  url: string;
  title: string;
  /** dd/mm/yyyy in Asia/Ho_Chi_Minh. */
  date: string;
  year: number;
  /** Index into the categories list. */
  category: number;
  summary: string;
  terms: DocTerms;
}

/** Documents per block file. */
export const BLOCK = 32;
/** A shard is split by its next letter above this many bytes (about, before gzip), when it can be. */
export const SHARD_BYTES = 32 * 1024;
/** Summaries shown in results are cut here. */
const SUMMARY_MAX = 300;
/** Index format, read by search.js. */
export const INDEX_VERSION = 1;

/** Postings of one spelling: [doc, weight] pairs, doc ids ascending. */
type Postings = number[];

/**
 * Split folded words into shards: a shard key holds the words starting with it that no longer key
 * holds; a shard over SHARD_BYTES is split by the next letter. Deterministic for the same words.
 * @example planShards(new Map([["tha", 10], ["thi", 10]]), 15) // Map { "tha" → ["tha"], "thi" → ["thi"] }
 */
export function planShards(sizes: Map<string, number>, limit = SHARD_BYTES): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const split = (key: string, terms: string[]): void => {
    let total = 0;
    for (const t of terms) total += sizes.get(t) ?? 0;
    const longer = terms.filter((t) => t.length > key.length);
    if (total <= limit || longer.length === 0) {
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

/**
 * Every file of the index, by path relative to the index folder, for documents in id order.
 * @example searchIndexFiles(docs, [["tin-tuc", "Tin tức"]]).get("meta.json")
 */
export function searchIndexFiles(docs: SearchDoc[], categories: [slug: string, name: string][]): Map<string, string> {
  const files = new Map<string, string>();
  // Postings per spelling, and each folded word's spellings.
  const postings = new Map<string, Postings>();
  for (let id = 0; id < docs.length; id++) {
    for (const [variant, weight] of termPairs(docs[id]!.terms)) {
      const list = postings.get(variant);
      if (list) list.push(id, weight);
      else postings.set(variant, [id, weight]);
    }
  }
  const spellings = new Map<string, string[]>();
  const sizes = new Map<string, number>();
  for (const [variant, list] of postings) {
    const f = fold(variant);
    const known = spellings.get(f);
    if (known) known.push(variant);
    else spellings.set(f, [variant]);
    // About the bytes of the variant and its pairs in JSON.
    sizes.set(f, (sizes.get(f) ?? 0) + variant.length + 6 + list.length * 2.5);
  }
  const shards = planShards(sizes);
  for (const [key, folded] of shards) {
    const entries: string[] = [];
    for (const variant of folded.flatMap((f) => spellings.get(f) ?? []).sort()) {
      const list = postings.get(variant) ?? [];
      const encoded: number[] = [];
      let last = 0;
      for (let i = 0; i < list.length; i += 2) {
        encoded.push(list[i]! - last, list[i + 1]!);
        last = list[i]!;
      }
      entries.push(`${JSON.stringify(variant)}:[${encoded.join(",")}]`);
    }
    files.set(`w/${shardFile(key)}`, `{${entries.join(",")}}`);
  }
  for (let start = 0; start < docs.length; start += BLOCK) {
    const block = docs.slice(start, start + BLOCK).map((d) => [d.url, d.title, d.date, categories[d.category]?.[1] ?? "", clip(d.summary)]);
    files.set(`d/${start / BLOCK}.json`, JSON.stringify(block));
  }
  const years: [number, number][] = [];
  let categoryOf = "";
  docs.forEach((d, id) => {
    if (years.at(-1)?.[0] !== d.year) years.push([d.year, id]);
    categoryOf += CATEGORY_CODES[d.category] ?? "~";
  });
  const meta = { v: INDEX_VERSION, n: docs.length, block: BLOCK, categories: categories.map(([slug]) => slug), categoryOf, years, shards: [...shards.keys()].sort() };
  files.set("meta.json", JSON.stringify(meta));
  return files;
}


/** A summary cut at a word boundary near SUMMARY_MAX characters. */
function clip(text: string): string {
  if (text.length <= SUMMARY_MAX) return text;
  const cut = text.lastIndexOf(" ", SUMMARY_MAX);
  return `${text.slice(0, cut > 0 ? cut : SUMMARY_MAX)} …`;
}
