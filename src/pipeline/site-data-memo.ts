/**
 * Site data for a process that rebuilds (the dev server): the costly collections are reused when no
 * article changed in a field they read, and the result shares last build's objects wherever it is
 * equal, so fingerprints computed per object (src/cache/page-deps.ts) need not be recomputed.
 */
import type { Article, Category } from "../types.ts";
import type { SiteConfig } from "../config/site.ts";
import { relatedArticles } from "../collections/related.ts";
import { articleRef, collectPeople, type ArticleRef } from "../collections/people.ts";
import { awardsLedger, type AwardsLedger, type AwardTotal } from "../collections/awards.ts";
import { buildSiteData, type Collections, type SiteData } from "./site-data.ts";
import { share } from "./share.ts";

/**
 * What each memoised collection compares of an article: when these are equal for every article, in
 * the same order, its last result is reused. tests/pipeline/site-data-memo.test.ts and
 * stored-collections.test.ts change every field of an article and check the result against a fresh
 * computation, so a read missing here fails them. Left out on purpose:
 * - related: the URL. Lists are made from places (same reads at every place, same lists) and are
 *   re-keyed by the URL now at each place (`swapRelated`).
 * - people, awards: the URL and title of the links they hold, renewed instead (`renewPeople`,
 *   `renewAwards`). The file stands for the article's identity: when a title edit moves articles
 *   past each other (same time, URL order), their places hold other files and the result is made again.
 */
export const SHAPES = {
  related: (a: Article) => [a.category, a.published, a.tags, a.meta.attendees, a.meta.speakers],
  people: (a: Article) => [a.file, a.published, a.meta.eventDate, a.meta.attendees, a.meta.speakers, a.meta.captions],
  awards: (a: Article) => [a.file, a.published, a.meta.eventDate, a.meta.awards],
} satisfies Record<keyof Collections, (a: Article) => unknown[]>;

/** One collection's last input and result. */
class Memo<R> {
  private articles: readonly Article[] | null = null;
  private result: R | undefined;
  private readonly keys = new WeakMap<Article, string>();

  constructor(
    private readonly reads: (a: Article) => unknown[],
    private readonly compute: (articles: readonly Article[]) => R,
    /** Put the new article objects in place of the old ones in a reused result (when it holds articles); `prev[i]` is now `articles[i]`. */
    private readonly swap?: (result: R, swaps: Map<Article, Article>, prev: readonly Article[], articles: readonly Article[]) => R,
  ) {}

  private key(a: Article): string {
    let k = this.keys.get(a);
    if (k === undefined) {
      k = JSON.stringify(this.reads(a));
      this.keys.set(a, k);
    }
    return k;
  }

  /** Unchanged articles are the same objects from one build to the next (one per content key): only the others are compared. */
  get(articles: readonly Article[]): R {
    const prev = this.articles;
    let result = this.result;
    if (prev === null || result === undefined || !this.same(prev, articles)) result = this.compute(articles);
    else {
      const swaps = new Map<Article, Article>();
      prev.forEach((b, i) => {
        const a = articles[i] as Article;
        if (a !== b) swaps.set(b, a);
      });
      if (swaps.size && this.swap) result = this.swap(result, swaps, prev, articles);
    }
    this.articles = articles;
    this.result = result;
    return result;
  }

  private same(prev: readonly Article[], articles: readonly Article[]): boolean {
    if (prev.length !== articles.length) return false;
    for (let i = 0; i < articles.length; i++) {
      const a = articles[i] as Article;
      const b = prev[i] as Article;
      if (a !== b && this.key(a) !== this.key(b)) return false;
    }
    return true;
  }
}

/**
 * Related lists with the new article objects in place of the old ones (the lists themselves are
 * unchanged), each under the URL of the article now at its owner's place: an edit that changes an
 * article's URL (its title, without a slug) does not recompute every list.
 */
function swapRelated(result: Map<string, Article[]>, swaps: Map<Article, Article>, prev: readonly Article[], articles: readonly Article[]): Map<string, Article[]> {
  const out = new Map<string, Article[]>();
  prev.forEach((b, i) => {
    const list = result.get(b.url);
    if (list) out.set((articles[i] as Article).url, list.some((a) => swaps.has(a)) ? list.map((a) => swaps.get(a) ?? a) : list);
  });
  return out;
}

/** The links to articles whose URL or title changed, as they are now, by their URL before. */
function renewedLinks(swaps: Map<Article, Article>): Map<string, ArticleRef> {
  const renewed = new Map<string, ArticleRef>();
  for (const [b, a] of swaps) if (a.url !== b.url || a.title !== b.title) renewed.set(b.url, articleRef(a));
  return renewed;
}

/**
 * Officials with the links named in `renewed` (by their URL before) replaced. Links are matched by
 * their URL, not their object: a link made before an earlier edit is found too.
 * @example renewPeople(last, new Map([["/tin-tuc/bai-cu/", articleRef(edited)]]))
 */
export function renewPeople(result: People, renewed: ReadonlyMap<string, ArticleRef>): People {
  if (!renewed.size) return result;
  const swapRef = (r: ArticleRef) => renewed.get(r.url) ?? r;
  const people = result.people.map((p) =>
    p.mentions.some((m) => renewed.has(m.article.url))
      ? {
          ...p,
          mentions: p.mentions.map((m) => (renewed.has(m.article.url) ? { ...m, article: swapRef(m.article) } : m)),
          roles: p.roles.map((s) => (s.articles.some((r) => renewed.has(r.url)) ? { ...s, articles: s.articles.map(swapRef) } : s)),
        }
      : p,
  );
  return { people, urls: result.urls };
}

/**
 * The awards ledger with the links named in `renewed` replaced, in its rows and totals.
 * @example renewAwards(last, new Map([["/tin-tuc/bai-cu/", articleRef(edited)]]))
 */
export function renewAwards(result: AwardsLedger, renewed: ReadonlyMap<string, ArticleRef>): AwardsLedger {
  if (!renewed.size) return result;
  const swapRef = (r: ArticleRef) => renewed.get(r.url) ?? r;
  const total = (t: AwardTotal) => (t.articles.some((r) => renewed.has(r.url)) ? { ...t, articles: t.articles.map(swapRef) } : t);
  return {
    rows: result.rows.map((r) => (renewed.has(r.article.url) ? { ...r, article: swapRef(r.article) } : r)),
    byYear: result.byYear.map(total),
    byKind: result.byKind.map(total),
    byGrantor: result.byGrantor.map(total),
    total: total(result.total),
  };
}

type People = ReturnType<Collections["people"]>;

/**
 * A `buildSiteData` that remembers its last build.
 * @example const memo = new SiteDataMemo(); memo.build(site, categories, articles, now); // again after an edit: fast
 */
export class SiteDataMemo {
  private last: SiteData | null = null;
  private readonly collections: Collections;

  constructor() {
    const related = new Memo(SHAPES.related, (a) => relatedArticles(a), swapRelated);
    // People and awards hold article refs (url, title, date), never the articles: only links whose URL or title changed are renewed.
    const people = new Memo(SHAPES.people, collectPeople, (r: People, swaps) => renewPeople(r, renewedLinks(swaps)));
    const awards = new Memo(SHAPES.awards, awardsLedger, (r: AwardsLedger, swaps) => renewAwards(r, renewedLinks(swaps)));
    this.collections = { related: (a) => related.get(a), people: (a) => people.get(a), awards: (a) => awards.get(a) };
  }

  /** The same data `buildSiteData` gives, sharing last build's objects where equal. */
  build(site: SiteConfig, categories: Category[], articles: Article[], builtAt: string): SiteData {
    const data = buildSiteData(site, share(this.last?.categories, categories), articles, builtAt, this.collections);
    this.last = share(this.last, data);
    return this.last;
  }
}
