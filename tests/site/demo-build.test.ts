// The demo portal, built as a user builds it, checked page by page.
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { XMLValidator } from "fast-xml-parser";
import { buildInto, listFiles, readOut, TEST_NOW, type BuiltSite } from "../helpers/build.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { loadBuild } from "../../src/pipeline/run.ts";
import type { SiteData } from "../../src/pipeline/site-data.ts";

let site: BuiltSite;
let data: SiteData;
let files: string[];
let pages: string[];

beforeAll(async () => {
  site = await buildInto();
  const loaded = await loadBuild({ root: ROOT, now: TEST_NOW, includeDrafts: false });
  if (!loaded.ok) throw new Error(loaded.report);
  data = loaded.data;
  files = listFiles(site.out);
  pages = files.filter((f) => f.endsWith(".html"));
});

/** Site-relative targets of href/src attributes that point inside the site. */
function internalTargets(html: string): string[] {
  const targets: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const url = (m[1] ?? "").replace(/&amp;/g, "&");
    if (url.startsWith("/") && !url.startsWith("//")) targets.push(url);
  }
  return targets;
}

function resolves(out: string, url: string): boolean {
  const clean = decodeURIComponent(url.split("#")[0]!.split("?")[0]!);
  const p = path.join(out, clean);
  return clean.endsWith("/") ? existsSync(path.join(p, "index.html")) : existsSync(p);
}

describe("the demo portal build", () => {
  it("exits 0 and reports its counts", () => {
    expect(site.code, site.stderr).toBe(0);
    expect(site.stdout).toMatch(/\d+ đã đăng, \d+ bản nháp, \d+ hẹn giờ, 0 lỗi/);
  });

  it("turns every published content file into exactly one article page", () => {
    const articlePages = pages.filter((f) => readOut(site, f).includes('<meta property="og:type" content="article">'));
    expect(articlePages.length).toBe(data.articles.length);
    expect(data.articles.length).toBeGreaterThanOrEqual(41);
    for (const a of data.articles) expect(files).toContain(`${a.url.slice(1)}index.html`);
    expect(new Set(data.articles.map((a) => a.file)).size).toBe(data.articles.length);
  });

  it("gives each category ceil(n/20) pages", () => {
    for (const c of data.categories) {
      const n = data.articles.filter((a) => a.category === c.slug).length;
      const expected = Math.max(1, Math.ceil(n / 20));
      const listed = files.filter((f) => f === `${c.slug}/index.html` || new RegExp(`^${c.slug}/trang-\\d+/index\\.html$`).test(f));
      expect(listed.length, c.slug).toBe(expected);
    }
  });

  it("has no broken internal link or image on any page", () => {
    const broken: string[] = [];
    for (const f of pages) for (const url of internalTargets(readOut(site, f))) if (!resolves(site.out, url)) broken.push(`${f} → ${url}`);
    expect(broken).toEqual([]);
  });

  it("writes well-formed feeds and sitemap", () => {
    const xml = files.filter((f) => f.endsWith(".xml"));
    expect(xml).toContain("feed.xml");
    expect(xml).toContain("sitemap.xml");
    expect(xml.length).toBe(2 + data.categories.length);
    for (const f of xml) expect(XMLValidator.validate(readOut(site, f)), f).toBe(true);
    expect(readOut(site, "robots.txt")).toContain("Sitemap: ");
  });

  it("puts parseable NewsArticle JSON-LD with a +07:00 date on every article", () => {
    for (const a of data.articles) {
      const html = readOut(site, `${a.url.slice(1)}index.html`);
      const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
      const ld = JSON.parse(json ?? "null") as { "@type": string; datePublished: string; author: { name: string } };
      expect(ld["@type"]).toBe("NewsArticle");
      expect(ld.datePublished).toMatch(/\+07:00$/);
      expect(ld.author.name).not.toMatch(/^(Tin|Ảnh|Tác giả)\b/);
      expect(html).toContain(`<link rel="canonical" href="${data.site.baseUrl}${a.url}">`);
      expect(html).toContain('<meta property="og:title"');
    }
  });

  it("marks every page lang=vi", () => {
    for (const f of pages) expect(readOut(site, f), f).toContain('<html lang="vi">');
  });

  it("has a 404 page", () => {
    expect(readOut(site, "404.html")).toContain("Không tìm thấy trang");
  });
});

describe("the seed article's page", () => {
  const url = "/dang-doan-the/uy-ban-mttq-quan-hoan-kiem-tong-ket-cong-tac-nam-2020-trien-khai-chuong-trinh/";
  let html: string;
  beforeAll(() => {
    html = readOut(site, `${url.slice(1)}index.html`);
  });

  it("shows the real title, the Vietnamese date line and the byline", () => {
    expect(html).toContain("<h1>Ủy ban MTTQ quận Hoàn Kiếm tổng kết công tác năm 2020, triển khai chương trình năm 2021</h1>");
    expect(html).toContain("Thứ Ba, 12/01/2021 | 16:14");
    expect(html).toContain("Tin: Bích Ngọc");
    expect(html).toContain("(UBMTTQ quận)");
  });

  it("shows all seven captions", () => {
    const captions = [...html.matchAll(/<figcaption>(.*?)<\/figcaption>/g)].map((m) => m[1]);
    expect(captions).toHaveLength(7);
    expect(captions[0]).toBe("Đồng chí Đàm Văn Huân – Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội phát biểu chỉ đạo hội nghị.");
  });
});
