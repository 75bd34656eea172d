/** The search index of a site: its published articles, oldest first, their words from the cache when unchanged, and only the files an edit touches. */
import { createHash } from "node:crypto";
import type { Article, Category } from "../types.ts";
import { formatDay, localParts } from "../text/dates.ts";
import { BLOCK, planIndex, searchIndexFiles, type SearchDoc } from "./index-files.ts";
import { wordWeights } from "./terms.ts";
import type { TermsStore } from "./terms-store.ts";

/** What an index was built from, so the next build can tell which files an edit changes. */
export interface IndexState {
  /** A hash of the rest, written into meta.json: it tells which state an output folder holds. */
  id: string;
  urls: string[];
  keys: string[];
  /** The shard plan and the categories, as strings to compare. */
  plan: string;
  categories: string;
}

export interface SiteIndex {
  /** Files to write, by path under the index folder, made one at a time as they are taken. */
  files: Iterable<[path: string, text: string]>;
  /** True when `files` holds only what changed since `previous` (no file is to be removed). */
  partial: boolean;
  state: IndexState;
}

/**
 * The index files for `articles` (any order). Ids follow publication time, then URL, so a new
 * article usually takes the next id. With the `previous` state of the index in the output folder,
 * and the same articles in the same order, only the shards and blocks of changed articles are made.
 * `keyOf` gives an article's content key (null: count its words again).
 * @example siteSearchFiles(data.articles, data.categories, TermsStore.open(root), articleKeyOf, null).files
 */
export function siteSearchFiles(
  articles: readonly Article[],
  categories: readonly Category[],
  store: TermsStore,
  keyOf: (a: Article) => string | null,
  previous: IndexState | null,
): SiteIndex {
  const position = new Map(categories.map((c, i) => [c.slug, i]));
  const times = new Map(articles.map((a) => [a, Date.parse(a.published)]));
  const ordered = [...articles].sort((a, b) => times.get(a)! - times.get(b)! || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const cacheKeys = ordered.map(keyOf);
  // Articles built without the cache stand in the state as a hash of what the index shows of them.
  const keys = ordered.map((a, i) => cacheKeys[i] ?? `~${createHash("sha1").update([a.url, a.title, a.summary, a.published, a.category, a.text].join("\0")).digest("hex")}`);
  const docs: SearchDoc[] = ordered.map((a, i) => {
    const key = cacheKeys[i] ?? null;
    const terms = (key !== null ? store.get(key) : undefined) ?? store.set(key, wordWeights(a.title, a.summary, a.text));
    return { url: a.url, title: a.title, date: formatDay(a.published), year: localParts(a.published).year, category: position.get(a.category) ?? -1, summary: a.summary, terms };
  });
  const vocabulary = store.vocabulary;
  const index = planIndex(docs, vocabulary);
  const names = categories.map((c) => [c.slug, c.name] as const);
  const basis = {
    urls: ordered.map((a) => a.url),
    keys,
    // The keys alone: a word always lives in the longest key it starts with, so same keys, same places.
    plan: [...index.plan.keys()].join(","),
    categories: JSON.stringify(names),
  };
  const id = createHash("sha1").update(JSON.stringify(basis)).digest("hex").slice(0, 16);
  const state: IndexState = { id, ...basis };
  const wanted = previous ? changedFiles(previous, state, docs, store) : null;
  if (wanted) {
    // Words of the changed articles, before and after: their shards are the ones to write.
    const shards = new Set<string>();
    for (const ids of wanted.terms) for (const v of ids) shards.add(index.shardOfWord.get(vocabulary.folded(v)) ?? "");
    return { files: searchIndexFiles(docs, vocabulary, index, names, id, { shards, blocks: wanted.blocks }), partial: true, state };
  }
  return { files: searchIndexFiles(docs, vocabulary, index, names, id), partial: false, state };
}

/**
 * The blocks and word ids an edit touches, or null when more than that changed: other URLs or
 * order, another shard plan or other categories, or an article whose earlier words are unknown.
 */
function changedFiles(previous: IndexState, state: IndexState, docs: readonly SearchDoc[], store: TermsStore): { blocks: Set<number>; terms: Uint32Array[] } | null {
  if (previous.plan !== state.plan || previous.categories !== state.categories || previous.urls.length !== state.urls.length) return null;
  const blocks = new Set<number>();
  const terms: Uint32Array[] = [];
  for (let i = 0; i < state.urls.length; i++) {
    if (previous.urls[i] !== state.urls[i]) return null;
    const before = previous.keys[i] ?? "";
    if (before === state.keys[i]) continue;
    const old = store.peek(before);
    if (!old) return null;
    blocks.add(Math.floor(i / BLOCK));
    terms.push(old.ids, docs[i]!.terms.ids);
  }
  return { blocks, terms };
}
