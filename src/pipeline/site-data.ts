/** Everything the layouts render, computed once in plain TypeScript: Eleventy only paginates over it. */
import type { Article, Category } from "../types.ts";
import type { SiteConfig } from "../config/site.ts";
import { byCategory, inCategories } from "../collections/by-category.ts";
import { byTag, tagIndex, type TagInfo } from "../collections/by-tag.ts";
import { archiveIndex, byMonth, yearMonths, type ArchiveYear } from "../collections/by-month.ts";
import { relatedArticles } from "../collections/related.ts";
import type { ListPage } from "../collections/list-page.ts";
import { collectPeople, PEOPLE_PER_PAGE, type PersonEntry } from "../collections/people.ts";
import type { PersonUrls } from "../collections/people-url.ts";
import { awardsLedger, type AwardsLedger } from "../collections/awards.ts";
import { paginate, type Page } from "../collections/paginate.ts";
import type { FeedSpec } from "../feeds/atom.ts";
import type { SitemapEntry } from "../feeds/sitemap.ts";

/** An article page: the article, its category, and what to read next. */
export interface ArticlePage {
  article: Article;
  category: Category;
  related: Article[];
}

/** The home page: the latest stories and a block per category. */
export interface Home {
  latest: Article[];
  blocks: { category: Category; articles: Article[]; url: string }[];
}

export interface SiteData {
  site: SiteConfig;
  categories: Category[];
  /** Published articles, newest first. */
  articles: Article[];
  articlePages: ArticlePage[];
  /** Category, tag and archive pages, all paginated. */
  listPages: ListPage[];
  tags: TagInfo[];
  archive: ArchiveYear[];
  /** Officials named in the articles, in Vietnamese order: one page each at /nhan-vat/<slug>/. */
  people: PersonEntry[];
  /** The paginated index of officials at /nhan-vat/. */
  peopleIndex: Page<PersonEntry>[];
  /** Each person's page URL by `nameKey(name)`: article pages link people through it. */
  personUrls: PersonUrls;
  /** The awards ledger at /khen-thuong/. */
  awards: AwardsLedger;
  home: Home;
  /** Atom feeds: the site's first, then one per category. */
  feeds: FeedSpec[];
  /** Every indexable page, for sitemap.xml. */
  sitemap: SitemapEntry[];
  /** The ISO time the site was built for (the clock `--now` sets). */
  builtAt: string;
}

/** The costly collections, replaceable by memoised ones (src/pipeline/site-data-memo.ts). */
export interface Collections {
  related(articles: readonly Article[]): Map<string, Article[]>;
  people(articles: readonly Article[]): { people: PersonEntry[]; urls: PersonUrls };
  awards(articles: readonly Article[]): AwardsLedger;
}

const COMPUTE: Collections = { related: (a) => relatedArticles(a), people: collectPeople, awards: awardsLedger };

/** Sitemap entries of the articles that are not drafts, in one pass. */
function articleEntries(articles: readonly Article[]): SitemapEntry[] {
  const out: SitemapEntry[] = [];
  for (const a of articles) if (!a.draft) out.push({ url: a.url, lastmod: a.updated });
  return out;
}

/**
 * Compute every page's data from the published articles (newest first).
 * @example buildSiteData(site, categories, articles, now).listPages.length
 */
export function buildSiteData(site: SiteConfig, categories: Category[], articles: Article[], builtAt: string, collections: Collections = COMPUTE): SiteData {
  const categoryOf = new Map(categories.map((c) => [c.slug, c]));
  const related = collections.related(articles);
  const articlePages: ArticlePage[] = [];
  for (const article of articles) {
    const category = categoryOf.get(article.category);
    if (category) articlePages.push({ article, category, related: related.get(article.url) ?? [] });
  }
  const tags = tagIndex(articles);
  // Each article's month once, for the archive index and its lists.
  const months = yearMonths(articles);
  const archive = archiveIndex(articles, months);
  // Each category's articles once, for its list, feed and home block (was a pass over every article for each).
  const ofCategory = inCategories(articles, categories);
  const listPages = [
    ...byCategory(articles, categories, site.perPage, ofCategory),
    ...byTag(articles, tags, site.perPage),
    ...byMonth(articles, archive, site.perPage, months),
  ];
  const feeds: FeedSpec[] = [
    { url: "/feed.xml", pageUrl: "/", title: site.name, subtitle: `Tin mới của ${site.district}`, articles: articles.slice(0, site.feedSize) },
    ...categories.map((c) => ({
      url: `/${c.slug}/feed.xml`,
      pageUrl: `/${c.slug}/`,
      title: `${c.name} – ${site.shortName}`,
      subtitle: c.description,
      articles: (ofCategory.get(c.slug) ?? []).slice(0, site.feedSize),
    })),
  ];
  const { people, urls: personUrls } = collections.people(articles);
  const peopleIndex = paginate(people, PEOPLE_PER_PAGE, "/nhan-vat/");
  const sitemap: SitemapEntry[] = [
    { url: "/", ...(articles[0] ? { lastmod: articles[0].updated } : {}) },
    ...articleEntries(articles),
    ...listPages.map((p) => ({ url: p.url })),
    { url: "/the/" },
    { url: "/luu-tru/" },
    ...peopleIndex.map((p) => ({ url: p.url })),
    ...people.map((p) => ({ url: p.url })),
    { url: "/khen-thuong/" },
  ];
  return {
    site,
    categories,
    articles,
    articlePages,
    listPages,
    feeds,
    sitemap,
    tags,
    archive,
    people,
    peopleIndex,
    personUrls,
    awards: collections.awards(articles),
    home: {
      latest: articles.slice(0, site.homeLatest),
      blocks: categories.map((category) => ({
        category,
        url: `/${category.slug}/`,
        articles: (ofCategory.get(category.slug) ?? []).slice(0, site.homePerCategory),
      })),
    },
    builtAt,
  };
}
