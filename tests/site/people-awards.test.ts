// The people and awards pages of the demo portal, built as a user builds it: they exist, and their numbers add up to the articles.
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { demoSite, listFiles, readOut, TEST_NOW, type BuiltSite } from "../helpers/build.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { loadBuild } from "../../src/pipeline/run.ts";
import { personUrl } from "../../src/collections/people-url.ts";
import type { SiteData } from "../../src/pipeline/site-data.ts";
import type { Article } from "../../src/types.ts";

let site: BuiltSite;
let data: SiteData;
let files: string[];

beforeAll(async () => {
  site = await demoSite();
  const loaded = await loadBuild({ root: ROOT, now: TEST_NOW, includeDrafts: false });
  if (!loaded.ok) throw new Error(loaded.report);
  data = loaded.data;
  files = listFiles(site.out);
});

const page = (url: string) => readOut(site, `${url.slice(1)}index.html`);
const textOf = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/\s+/g, " ");
/** Distinct people of one list in one article, by their page URL. */
const keysIn = (a: Article, list: "attendees" | "speakers") => new Set(a.meta[list].map((p) => personUrl(data.personUrls, p.name)));
/** hrefs under /nhan-vat/<slug>/ in a page. */
const personLinks = (html: string) => [...html.matchAll(/href="(\/nhan-vat\/[a-z0-9-]+\/)"/g)].map((m) => m[1]!);

describe("the people pages", () => {
  it("exist: an index and one page per official", () => {
    expect(site.code, site.stderr).toBe(0);
    expect(data.people.length).toBeGreaterThanOrEqual(10);
    expect(files).toContain("nhan-vat/index.html");
    for (const p of data.people) expect(files, p.url).toContain(`${p.url.slice(1)}index.html`);
  });

  it("list every official on the index, once, linked to their page", () => {
    const listed = data.peopleIndex.flatMap((p) => personLinks(page(p.url)).filter((u) => !/^\/nhan-vat\/trang-\d+\/$/.test(u)));
    expect(listed.sort()).toEqual(data.people.map((p) => p.url).sort());
  });

  it("count, for every official, exactly the articles that list them as attendee or speaker", () => {
    for (const p of data.people) {
      const attended = data.articles.filter((a) => keysIn(a, "attendees").has(p.url)).length;
      const spoke = data.articles.filter((a) => keysIn(a, "speakers").has(p.url)).length;
      expect(p.counts.attendee, p.name).toBe(attended);
      expect(p.counts.speaker, p.name).toBe(spoke);
      expect(p.counts.articles, p.name).toBe(p.mentions.length);
      expect(p.counts.articles, p.name).toBeGreaterThanOrEqual(Math.max(attended, spoke));
      const html = page(p.url);
      for (const m of p.mentions) expect(html, `${p.name} → ${m.article.url}`).toContain(`href="${m.article.url}"`);
      expect(textOf(html)).toContain(`Được nhắc đến trong ${p.counts.articles} bài viết`);
    }
  });

  it("add up: attendee and speaker counts over all officials equal the people named in all articles", () => {
    const sum = (k: "attendee" | "speaker") => data.people.reduce((n, p) => n + p.counts[k], 0);
    expect(sum("attendee")).toBe(data.articles.reduce((n, a) => n + keysIn(a, "attendees").size, 0));
    expect(sum("speaker")).toBe(data.articles.reduce((n, a) => n + keysIn(a, "speakers").size, 0));
  });

  it("are where every article's event panel links to", () => {
    for (const a of data.articles) {
      for (const url of personLinks(page(a.url))) expect(existsSync(path.join(site.out, url, "index.html")), `${a.url} → ${url}`).toBe(true);
    }
  });

  it("show the seed's officials with the roles they were named with", () => {
    const html = textOf(page("/nhan-vat/dam-van-huan/"));
    expect(html).toContain("Đàm Văn Huân");
    expect(html).toContain("Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội");
    expect(html).toContain("Ủy ban MTTQ quận Hoàn Kiếm tổng kết công tác năm 2020, triển khai chương trình năm 2021");
  });
});

describe("the awards ledger", () => {
  const conferrals = () => data.articles.flatMap((a) => a.meta.awards.map((w) => ({ a, w })));

  it("exists and is linked from every page's footer and from the sitemap", () => {
    expect(files).toContain("khen-thuong/index.html");
    expect(page("/")).toContain('href="/khen-thuong/"');
    expect(page("/")).toContain('href="/nhan-vat/"');
    const sitemap = readOut(site, "sitemap.xml");
    for (const url of ["/khen-thuong/", "/nhan-vat/", ...data.people.map((p) => p.url)]) expect(sitemap).toContain(`${data.site.baseUrl}${url}</loc>`);
  });

  it("states totals that add up to the articles, with unknown counts said as such", () => {
    const all = conferrals();
    expect(all.length).toBeGreaterThan(5);
    const known = (k: "collectives" | "individuals") => all.reduce((n, { w }) => n + (w[k] ?? 0), 0);
    const unknown = (k: "collectives" | "individuals") => all.filter(({ w }) => w[k] === null).length;
    const articles = new Set(all.map(({ a }) => a.url)).size;
    const lede = textOf(page("/khen-thuong/"));
    expect(lede).toContain(`${all.length} lượt khen thưởng trong ${articles} bài viết.`);
    const c = unknown("collectives") ? ` (thêm ${unknown("collectives")} lượt không rõ số)` : "";
    const i = unknown("individuals") ? ` (thêm ${unknown("individuals")} lượt không rõ số)` : "";
    expect(lede).toContain(`Các bài ghi ${known("collectives")} tập thể${c} và ${known("individuals")} cá nhân${i} được khen thưởng.`);
  });

  it("has one row per conferral, each linked to its article, and year and kind tables that sum to the total", () => {
    const html = page("/khen-thuong/");
    const all = html.slice(html.indexOf('id="tat-ca"'));
    expect([...all.matchAll(/<tr>/g)].length - 1).toBe(conferrals().length);
    for (const { a } of conferrals()) expect(all).toContain(`href="${a.url}"`);
    const ledger = data.awards;
    for (const table of [ledger.byYear, ledger.byKind]) {
      expect(table.reduce((n, t) => n + t.conferrals, 0)).toBe(conferrals().length);
      for (const t of table) expect(html).toContain(`<tr id="${t.id}">`);
    }
    for (const t of ledger.byGrantor) expect(html).toContain(`<tr id="${t.id}">`);
  });
});
