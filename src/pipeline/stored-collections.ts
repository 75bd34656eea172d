/**
 * The costly collections (related, people, awards) of the last build, kept on disk in
 * `<root>/.cache/bantin/collections.v8`, so a fresh process (`bantin build --incremental`) reuses
 * them when no article changed in a field they read, as the dev server's memo does in its process.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Article } from "../types.ts";
import { articleKeyOf } from "../cache/lazy-article.ts";
import { codeVersionOf } from "../cache/key.ts";
import { savedHashes, seedHashes, type SavedHashes } from "../cache/value-hash.ts";
import { relatedArticles } from "../collections/related.ts";
import { articleRef, collectPeople, type ArticleRef, type PersonEntry } from "../collections/people.ts";
import type { PersonUrls } from "../collections/people-url.ts";
import { packRecords, unpackRecords, type PackedRecords } from "../cache/lazy-records.ts";
import { awardsLedger, type AwardsLedger } from "../collections/awards.ts";
import { renewAwards, renewPeople, SHAPES } from "./site-data-memo.ts";
import type { Collections } from "./site-data.ts";
import { writeFileAtomically } from "../cache/atomic-file.ts";

type Name = keyof Collections;
const NAMES: readonly Name[] = ["related", "people", "awards"];
/** An official's fields read only by his own page (and the index's counts are light): 9.6 of the file's 21 MB at 10k, 200 ms to deserialise. */
const HEAVY_PERSON_FIELDS = ["roles", "mentions"] satisfies (keyof PersonEntry)[];
/** The awards ledger's tables and total (its links to every awarded article: 1.5 MB): read only by the awards page, which is kept as it is while they do not change. */
const HEAVY_AWARDS_FIELDS = ["rows", "byYear", "byKind", "byGrantor", "total"] satisfies (keyof AwardsLedger)[];

/** What is saved: the articles' content keys and read hashes in order, and each collection's result. */
interface Saved {
  version: string;
  /** Content key of each article ("" when it did not come through the article cache). */
  keys: string[];
  /** Hash of what each collection compares of each article (`SHAPES`), in the same order. */
  reads: Record<Name, string[]>;
  /** Each article's URL and title, in the same order: the links officials and awards hold, renewed when they change. */
  urls: string[];
  titles: string[];
  /**
   * Related lists by place in `keys`' order (articles are not stored here: they are the article
   * cache's): the article at owners[j] has those at items[starts[j]] to items[starts[j + 1]]. Reused
   * only when every place kept its URL, so places name the same articles. Null if a URL was no article's.
   */
  related: { owners: Int32Array; starts: Int32Array; items: Int32Array } | null;
  /** Officials with their roles and mentions apart, made only when a page reads them. */
  people: { people: PackedRecords; urls: PersonUrls };
  /** The ledger with its tables apart, made only when the awards page is rendered. */
  awards: PackedRecords;
  /** Their fingerprint hashes (src/cache/page-deps.ts), so a build reusing them need not hash them again. */
  hashes: { people: SavedHashes; urls: SavedHashes; awards: SavedHashes };
}

function readsHash(name: Name, a: Article): string {
  return createHash("sha1").update(JSON.stringify(SHAPES[name](a))).digest("base64");
}

/** Related lists as places in `articles` (the last article with a URL, as a lookup by URL would find), or null if a URL is no article's. */
function relatedByPlace(related: Map<string, Article[]>, articles: readonly Article[]): Saved["related"] {
  const place = new Map(articles.map((a, i) => [a.url, i]));
  const owners: number[] = [];
  const starts = [0];
  const items: number[] = [];
  for (const [url, list] of related) {
    const owner = place.get(url);
    if (owner === undefined) return null;
    owners.push(owner);
    for (const a of list) {
      const i = place.get(a.url);
      if (i === undefined) return null;
      items.push(i);
    }
    starts.push(items.length);
  }
  return { owners: Int32Array.from(owners), starts: Int32Array.from(starts), items: Int32Array.from(items) };
}

/**
 * Links to renew in saved officials and awards: an article whose URL or title is not the saved one at
 * its place (a title edit). Places where `same` holds keep the saved article (same content key), so its URL and title.
 */
function renewedLinks(saved: Saved, articles: readonly Article[], same: readonly boolean[]): Map<string, ArticleRef> {
  const renewed = new Map<string, ArticleRef>();
  articles.forEach((a, i) => {
    if (!same[i] && (saved.urls[i] !== a.url || saved.titles[i] !== a.title)) renewed.set(saved.urls[i] ?? "", articleRef(a));
  });
  return renewed;
}

/** The saved file of a content root. */
function fileOf(root: string): string {
  return path.join(root, ".cache", "bantin", "collections.v8");
}

function load(root: string, version: string): Saved | null {
  try {
    const saved = deserialize(readFileSync(fileOf(root))) as Saved;
    return saved.version === version && Array.isArray(saved.keys) && Array.isArray(saved.urls) && Array.isArray(saved.titles) ? saved : null;
  } catch {
    return null;
  }
}

/**
 * Collections for one build that read the saved ones first and save what they computed
 * (`save()`, after the site data is built). An article counts as unchanged when its content key is
 * the saved one at its place, or else when its read fields hash the same: so an edit to an article's
 * body reuses all three, and one to its speakers recomputes people and related only.
 * @example const c = new StoredCollections(root); buildSiteData(site, cats, articles, now, c.collections); c.save();
 */
export class StoredCollections {
  private readonly version = codeVersionOf(["src"]);
  private saved: Saved | null | undefined;
  private articles: readonly Article[] = [];
  private readonly results: { related?: Map<string, Article[]>; people?: ReturnType<Collections["people"]>; awards?: AwardsLedger } = {};
  private recomputed = false;
  /** The collections taken from the saved file in this build (for tests and timings). */
  readonly reused: Name[] = [];
  readonly collections: Collections;

  constructor(private readonly root: string) {
    this.collections = {
      related: (articles) => this.get("related", articles, () => relatedArticles(articles), (s) => this.relatedOf(s, articles)),
      people: (articles) =>
        this.get("people", articles, () => collectPeople(articles), (s) => {
          const people = unpackRecords<PersonEntry>(s.people.people);
          seedHashes(people, s.hashes.people);
          seedHashes(s.people.urls, s.hashes.urls);
          return renewPeople({ people, urls: s.people.urls }, this.renewed(s, articles));
        }),
      awards: (articles) =>
        this.get("awards", articles, () => awardsLedger(articles), (s) => {
          const [awards] = unpackRecords<AwardsLedger>(s.awards);
          seedHashes(awards as AwardsLedger, s.hashes.awards);
          return renewAwards(awards as AwardsLedger, this.renewed(s, articles));
        }),
    };
  }

  private get<R>(name: Name, articles: readonly Article[], compute: () => R, reuse: (s: Saved) => R): R {
    this.articles = articles;
    if (this.saved === undefined) this.saved = load(this.root, this.version);
    const saved = this.saved;
    const reused = saved !== null && this.unchanged(name, saved, articles);
    const result = reused ? reuse(saved) : compute();
    if (reused) this.reused.push(name);
    else this.recomputed = true;
    (this.results as Record<Name, unknown>)[name] = result;
    return result;
  }

  private renewedOf: { articles: readonly Article[]; links: Map<string, ArticleRef> } | null = null;

  /** `renewedLinks` once per build (people and awards both renew theirs). */
  private renewed(saved: Saved, articles: readonly Article[]): Map<string, ArticleRef> {
    if (this.renewedOf?.articles !== articles) this.renewedOf = { articles, links: renewedLinks(saved, articles, this.sameAt(saved, articles)) };
    return this.renewedOf.links;
  }

  /** Where each article's content key is the saved one at its place, for the articles of this build (the three collections get the same list). */
  private sameKeys: { articles: readonly Article[]; same: boolean[] } | null = null;

  private sameAt(saved: Saved, articles: readonly Article[]): boolean[] {
    if (this.sameKeys?.articles !== articles) {
      this.sameKeys = { articles, same: articles.map((a, i) => articleKeyOf(a) === saved.keys[i] && saved.keys[i] !== "") };
    }
    return this.sameKeys.same;
  }

  private unchanged(name: Name, saved: Saved, articles: readonly Article[]): boolean {
    if (saved.keys.length !== articles.length || (name === "related" && !saved.related)) return false;
    const same = this.sameAt(saved, articles);
    const reads = saved.reads[name];
    return articles.every((a, i) => same[i] || readsHash(name, a) === reads[i]);
  }

  private relatedOf(saved: Saved, articles: readonly Article[]): Map<string, Article[]> {
    const { owners, starts, items } = saved.related as NonNullable<Saved["related"]>;
    const out = new Map<string, Article[]>();
    for (let j = 0; j < owners.length; j++) {
      const list: Article[] = [];
      for (let x = starts[j] as number; x < (starts[j + 1] as number); x++) list.push(articles[items[x] as number] as Article);
      out.set((articles[owners[j] as number] as Article).url, list);
    }
    return out;
  }

  /** Save this build's collections when any was computed (a reused set is already on disk). */
  save(): void {
    const { related, people, awards } = this.results;
    if (!this.recomputed || !related || !people || !awards) return;
    const articles = this.articles;
    const saved: Saved = {
      version: this.version,
      keys: articles.map((a) => articleKeyOf(a) ?? ""),
      reads: Object.fromEntries(NAMES.map((n) => [n, articles.map((a) => readsHash(n, a))])) as Record<Name, string[]>,
      urls: articles.map((a) => a.url),
      titles: articles.map((a) => a.title),
      related: relatedByPlace(related, articles),
      people: { people: packRecords(people.people, HEAVY_PERSON_FIELDS), urls: people.urls },
      awards: packRecords([awards], HEAVY_AWARDS_FIELDS),
      // Hashed now rather than when the pages are fingerprinted later in this build: the same work, once.
      hashes: { people: savedHashes(people.people), urls: savedHashes(people.urls), awards: savedHashes(awards) },
    };
    writeFileAtomically(fileOf(this.root), serialize(saved));
  }
}
