// The dev server's memoised site data is exactly the data a fresh computation gives, whatever field of an article changes.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/corpus.ts";
import { loadContent } from "../../src/pipeline/load.ts";
import { buildSiteData } from "../../src/pipeline/site-data.ts";
import { SiteDataMemo } from "../../src/pipeline/site-data-memo.ts";
import { asKeysJson } from "../../src/cache/lazy-article.ts";
import { site } from "../../src/config/site.ts";
import type { Article, Category } from "../../src/types.ts";

const NOW = "2026-06-01T00:00:00+07:00";
let dir = "";
let categories: Category[] = [];
let base: Article[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "bantin-memo-"));
  writeCorpus({ n: 80, out: dir, seed: "site-data-memo" });
  const loaded = await loadContent({ root: dir });
  categories = loaded.categories;
  base = loaded.articles.filter((a) => !a.draft);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of `a` (plain object, every field read now) with `change` applied. */
function edited(a: Article, change: (c: Article) => void): Article {
  const copy = structuredClone({ ...a, html: a.html, text: a.text }) as Article;
  change(copy);
  return copy;
}

/** Someone named in other articles, so a change to them moves people, related and captions. */
const known = () => base.find((a) => a.meta.attendees.length)?.meta.attendees[0] ?? { name: "Nguyễn Văn An", role: null };

/** One change per field of an article (and of its meta). */
const CHANGES: Record<string, (a: Article) => void> = {
  file: (a) => (a.file = a.file.replace(".md", "-x.md")),
  slug: (a) => (a.slug += "-x"),
  url: (a) => (a.url = a.url.replace(/\/$/, "-x/")),
  title: (a) => (a.title = "Tiêu đề khác hẳn"),
  category: (a) => (a.category = categories.find((c) => c.slug !== a.category)?.slug ?? a.category),
  published: (a) => (a.published = "2019-03-04T05:06:00+07:00"),
  updated: (a) => (a.updated = "2026-01-01T00:00:00+07:00"),
  author: (a) => (a.author = "Tác giả mới"),
  byline: (a) => (a.byline = "Ảnh"),
  source: (a) => (a.source = "Nguồn mới"),
  summary: (a) => (a.summary = "Tóm tắt mới."),
  tags: (a) => (a.tags = [...a.tags, "thẻ rất mới", base[0]?.tags[0] ?? "phố cổ"]),
  image: (a) => (a.image = { src: "/images/ho-guom.jpg", alt: "Hồ Gươm", width: 10, height: 10 } as Article["image"]),
  draft: (a) => (a.draft = !a.draft),
  html: (a) => (a.html += "<p>Một câu sửa.</p>"),
  text: (a) => (a.text += "\nMột câu sửa."),
  orphanCaptions: (a) => (a.orphanCaptions = [...a.orphanCaptions, "Ảnh mới"]),
  views: (a) => (a.views = 1234),
  "meta.eventDate": (a) => (a.meta.eventDate = "2018-02-03"),
  "meta.location": (a) => (a.meta.location = "Nhà văn hóa quận"),
  "meta.attendees": (a) => (a.meta.attendees = [...a.meta.attendees, known(), { name: "Trần Thị Mới", role: "Chủ tịch UBND phường" }]),
  "meta.speakers": (a) => (a.meta.speakers = [...a.meta.speakers, { name: known().name, role: "Bí thư" }]),
  "meta.awards": (a) => (a.meta.awards = [...a.meta.awards, { award: "Bằng khen", collectives: 2, individuals: null, recipients: [], grantors: ["UBND quận"] }]),
  "meta.captions": (a) => (a.meta.captions = [...a.meta.captions, `Đồng chí ${known().name} phát biểu.`]),
};

const fresh = (articles: Article[]) => asKeysJson(buildSiteData(site, categories, articles, NOW));

describe("SiteDataMemo", () => {
  it("covers every field of an article", () => {
    const a = base[0] as Article;
    const fields = [...Object.keys(a).filter((k) => k !== "meta"), ...Object.keys(a.meta).map((k) => `meta.${k}`)];
    expect(Object.keys(CHANGES).sort()).toEqual(fields.sort());
  });

  it("gives the data a fresh computation gives, after a change to any field, additions and removals", () => {
    const memo = new SiteDataMemo();
    let articles = [...base];
    expect(asKeysJson(memo.build(site, categories, articles, NOW))).toBe(fresh(articles));
    let i = 3;
    for (const [field, change] of Object.entries(CHANGES)) {
      i = (i + 7) % articles.length;
      articles = articles.map((a, j) => (j === i ? edited(a, change) : a));
      expect(asKeysJson(memo.build(site, categories, articles, NOW)), field).toBe(fresh(articles));
      // The same data again (nothing changed): still equal.
      expect(asKeysJson(memo.build(site, categories, articles, NOW)), `${field}, again`).toBe(fresh(articles));
    }
    articles = articles.filter((_, j) => j !== 5);
    expect(asKeysJson(memo.build(site, categories, articles, NOW)), "removed").toBe(fresh(articles));
    articles = [edited(base[9] as Article, CHANGES["slug"] as (a: Article) => void), ...articles];
    expect(asKeysJson(memo.build(site, categories, articles, NOW)), "added").toBe(fresh(articles));
    articles = [...articles.slice(1), articles[0] as Article];
    expect(asKeysJson(memo.build(site, categories, articles, NOW)), "moved").toBe(fresh(articles));
    const renamed = categories.map((c, j) => (j === 0 ? { ...c, name: `${c.name} mới` } : c));
    const withRenamed = asKeysJson(buildSiteData(site, renamed, articles, NOW));
    expect(asKeysJson(memo.build(site, renamed, articles, NOW)), "category renamed").toBe(withRenamed);
  });

  it("follows one article through a body edit, then title and URL edits, and articles moving past each other", () => {
    const memo = new SiteDataMemo();
    let articles = [...base];
    memo.build(site, categories, articles, NOW);
    const steps: [string, (a: Article) => void][] = [
      ["body", (c) => (c.html += "<p>x</p>")],
      ["title", (c) => (c.title = `${c.title} (sửa)`)],
      ["url", (c) => (c.url = c.url.replace(/\/$/, "-moi/"))],
      ["title and url", (c) => ((c.title = "Tiêu đề lần ba"), (c.url = c.url.replace(/\/$/, "-ba/")))],
    ];
    // An article naming officials, and one conferring awards: their links are in people and in the ledger.
    const awarded = base.findIndex((a) => a.meta.awards.length > 0);
    expect(awarded).toBeGreaterThanOrEqual(0);
    for (const k of [awarded, base.findIndex((a) => a.meta.attendees.length > 0)]) {
      for (const [what, change] of steps) {
        articles = articles.map((a, i) => (i === k ? edited(a, change) : a));
        expect(asKeysJson(memo.build(site, categories, articles, NOW)), `${what} of article ${k}`).toBe(fresh(articles));
      }
    }
    const j = base.findIndex((a) => a.meta.attendees.length > 0);
    // Two articles naming the same people, at the same time, change places (a URL edit reorders them).
    const twin = edited(articles[j] as Article, (c) => ((c.file = c.file.replace(".md", "-2.md")), (c.url = c.url.replace(/\/$/, "-2/")), (c.title = "Bài thứ hai")));
    articles = [...articles.slice(0, j + 1), twin, ...articles.slice(j + 1)];
    expect(asKeysJson(memo.build(site, categories, articles, NOW)), "twin added").toBe(fresh(articles));
    articles = [...articles.slice(0, j), twin, articles[j] as Article, ...articles.slice(j + 2)];
    expect(asKeysJson(memo.build(site, categories, articles, NOW)), "twins swapped").toBe(fresh(articles));
  });

  it("keeps the objects of unchanged pages after a body edit", () => {
    const memo = new SiteDataMemo();
    const first = memo.build(site, categories, base, NOW);
    const articles = base.map((a, j) => (j === 4 ? edited(a, (c) => (c.html += "<p>x</p>")) : a));
    const second = memo.build(site, categories, articles, NOW);
    expect(second.people).toBe(first.people);
    expect(second.awards).toBe(first.awards);
    const changed = second.articlePages.filter((p, j) => p !== first.articlePages[j]);
    // The edited article's page, and the pages listing it as related.
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(10);
    expect(changed.every((p) => p.article === articles[4] || p.related.includes(articles[4] as Article))).toBe(true);
  });
});
