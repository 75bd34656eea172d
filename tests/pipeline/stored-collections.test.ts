// Collections saved by one process and read by the next are exactly what a fresh computation gives, whatever field of an article changes.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/corpus.ts";
import { loadContent } from "../../src/pipeline/load.ts";
import { buildSiteData } from "../../src/pipeline/site-data.ts";
import { StoredCollections } from "../../src/pipeline/stored-collections.ts";
import { asKeysJson } from "../../src/cache/lazy-article.ts";
import { savedHashes } from "../../src/cache/value-hash.ts";
import { site } from "../../src/config/site.ts";
import type { Article, Category } from "../../src/types.ts";

const NOW = "2026-06-01T00:00:00+07:00";
let dir = "";
let categories: Category[] = [];
let base: Article[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "bantin-stored-"));
  writeCorpus({ n: 80, out: dir, seed: "stored-collections" });
  // Twice: the second load comes from the article cache, so its articles carry content keys.
  await loadContent({ root: dir });
  const loaded = await loadContent({ root: dir });
  categories = loaded.categories;
  base = loaded.articles.filter((a) => !a.draft);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of `a` (plain object, no content key) with `change` applied. */
function edited(a: Article, change: (c: Article) => void): Article {
  const copy = structuredClone({ ...a, html: a.html, text: a.text, meta: a.meta }) as Article;
  change(copy);
  return copy;
}

const known = () => base.find((a) => a.meta.attendees.length)?.meta.attendees[0] ?? { name: "Nguyễn Văn An", role: null };

/** Changes to the fields the collections read, and one they do not. */
const CHANGES: Record<string, (a: Article) => void> = {
  html: (a) => (a.html += "<p>Một câu sửa.</p>"),
  url: (a) => (a.url = a.url.replace(/\/$/, "-x/")),
  title: (a) => (a.title = "Tiêu đề khác hẳn"),
  category: (a) => (a.category = categories.find((c) => c.slug !== a.category)?.slug ?? a.category),
  published: (a) => (a.published = "2019-03-04T05:06:00+07:00"),
  tags: (a) => (a.tags = [...a.tags, "thẻ rất mới", base[0]?.tags[0] ?? "phố cổ"]),
  "meta.eventDate": (a) => (a.meta.eventDate = "2018-02-03"),
  "meta.attendees": (a) => (a.meta.attendees = [...a.meta.attendees, known(), { name: "Trần Thị Mới", role: "Chủ tịch UBND phường" }]),
  "meta.speakers": (a) => (a.meta.speakers = [...a.meta.speakers, { name: known().name, role: "Bí thư" }]),
  "meta.awards": (a) => (a.meta.awards = [...a.meta.awards, { award: "Bằng khen", collectives: 2, individuals: null, recipients: [], grantors: ["UBND quận"] }]),
  "meta.captions": (a) => (a.meta.captions = [...a.meta.captions, `Đồng chí ${known().name} phát biểu.`]),
};

const fresh = (articles: Article[]) => asKeysJson(buildSiteData(site, categories, articles, NOW));

/** One build in a "new process": a new StoredCollections reading what the last one saved. */
function build(articles: Article[]): { json: string; reused: string[] } {
  const stored = new StoredCollections(dir);
  const data = buildSiteData(site, categories, articles, NOW, stored.collections);
  stored.save();
  // The fingerprint hashes the reused collections came with are the ones their data gives (copies are hashed afresh).
  for (const part of [data.people, data.personUrls, data.awards]) expect(savedHashes(part)).toEqual(savedHashes(structuredClone(part)));
  return { json: asKeysJson(data), reused: [...stored.reused] };
}

describe("StoredCollections", () => {
  it("gives the data a fresh computation gives, after a change to any read field, additions and removals", () => {
    let articles = [...base];
    expect(build(articles).json).toBe(fresh(articles));
    expect(build(articles).reused.sort()).toEqual(["awards", "people", "related"]);
    let i = 3;
    for (const [field, change] of Object.entries(CHANGES)) {
      i = (i + 7) % articles.length;
      articles = articles.map((a, j) => (j === i ? edited(a, change) : a));
      expect(build(articles).json, field).toBe(fresh(articles));
      expect(build(articles).json, `${field}, again`).toBe(fresh(articles));
    }
    articles = articles.filter((_, j) => j !== 5);
    expect(build(articles).json, "removed").toBe(fresh(articles));
    articles = [edited(base[9] as Article, (a) => (a.url = a.url.replace(/\/$/, "-y/"))), ...articles];
    expect(build(articles).json, "added").toBe(fresh(articles));
    articles = [...articles.slice(1), articles[0] as Article];
    expect(build(articles).json, "moved").toBe(fresh(articles));
  });

  it("reuses every collection after a body edit, and recomputes the ones a people edit touches", () => {
    build(base);
    const body = base.map((a, j) => (j === 4 ? edited(a, (c) => (c.html += "<p>x</p>")) : a));
    expect(build(body).reused.sort()).toEqual(["awards", "people", "related"]);
    const people = base.map((a, j) => (j === 4 ? edited(a, CHANGES["meta.speakers"] as (a: Article) => void) : a));
    const second = build(people);
    expect(second.json).toBe(fresh(people));
    expect(second.reused).toEqual(["awards"]);
  });

  it("keeps all three after a title or URL edit, with the links to the article renewed", () => {
    build(base);
    // An article naming officials, then one conferring awards: each edit builds on the last, as saves do.
    let articles = [...base];
    for (const k of [base.findIndex((a) => a.meta.attendees.length > 0), base.findIndex((a) => a.meta.awards.length > 0)]) {
      for (const [what, change] of [
        ["title", (c: Article) => (c.title = `${c.title} (sửa)`)],
        ["url", (c: Article) => (c.url = c.url.replace(/\/$/, "-moi/"))],
        ["body", (c: Article) => (c.html += "<p>x</p>")],
        ["title and url", (c: Article) => ((c.title = "Tiêu đề lần ba"), (c.url = c.url.replace(/\/$/, "-ba/")))],
      ] as const) {
        articles = articles.map((a, j) => (j === k ? edited(a, change) : a));
        const next = build(articles);
        expect(next.json, `${what} of article ${k}`).toBe(fresh(articles));
        expect(next.reused.sort(), `${what} of article ${k}`).toEqual(["awards", "people", "related"]);
      }
    }
  });
});
