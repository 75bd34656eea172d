// Automated gates over every page type of the demo site: axe-core (0 violations), html-validate
// (0 errors, every page), the link check (0 broken links, anchors, images) and the article's weight.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { site } from "../../src/config/site.ts";
import { checkSiteFolder } from "../../src/quality/links.ts";
import { launch, watchedPage } from "../helpers/browser.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { serveStatic, type StaticServer } from "../helpers/server.ts";
import { demoSite } from "../helpers/site.ts";

const SEED = "/dang-doan-the/uy-ban-mttq-quan-hoan-kiem-tong-ket-cong-tac-nam-2020-trien-khai-chuong-trinh/";
/** One page of each type; the tag, official and month pages are found from their index pages. */
const PAGE_TYPES: Record<string, string> = {
  home: "/",
  category: "/dang-doan-the/",
  "category page 2": "/dang-doan-the/trang-2/",
  article: SEED,
  "tag index": "/the/",
  archive: "/luu-tru/",
  people: "/nhan-vat/",
  awards: "/khen-thuong/",
  search: "/tim-kiem/?q=hoan+kiem",
  english: "/en/",
  "404": "/khong-co-trang-nay/",
};
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

let dir: string;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const [d, b] = await Promise.all([demoSite(), launch()]);
  dir = d;
  browser = b;
  server = await serveStatic(dir);
  // The first tag, official and month, as a reader would reach them.
  const first = async (page: string, prefix: string) => {
    const html = await readFile(path.join(dir, page, "index.html"), "utf8");
    return new RegExp(`href="(${prefix}[^"#]*/)"`).exec(html)?.[1];
  };
  for (const [name, page, prefix] of [["tag", "the", "/the/"], ["official", "nhan-vat", "/nhan-vat/"], ["month", "luu-tru", "/luu-tru/\\d{4}/\\d{2}"]] as const) {
    const url = await first(page, prefix).catch(() => undefined);
    if (url) PAGE_TYPES[name] = url;
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("axe-core", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`finds no violation on any page type (${scheme} scheme, phone width)`, async () => {
      const { page, trouble } = await watchedPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: scheme });
      const found: string[] = [];
      for (const [type, url] of Object.entries(PAGE_TYPES)) {
        await page.goto(server.url + url);
        if (type === "search") await page.waitForSelector("#ket-qua li");
        const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        for (const v of violations) found.push(`${type} ${url}: ${v.id} (${v.impact}) ${v.help} – ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      }
      console.log(`axe (${scheme}): ${Object.keys(PAGE_TYPES).length} pages, ${found.length} violations`);
      expect(found).toEqual([]);
      // The 404 page is meant to answer 404; chromium logs that as a console error.
      const expected404 = (m: string) => m.includes("/khong-co-trang-nay/");
      expect(trouble.console.filter((m) => !expected404(m))).toEqual([]);
      expect(trouble.failed.filter((f) => !expected404(f))).toEqual([]);
      await page.context().close();
    });
  }
});

describe("html-validate", () => {
  it("finds no error on any page of the site", async () => {
    const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
    const { readdir } = await import("node:fs/promises");
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".html"));
    const errors: string[] = [];
    for (const file of files) {
      const report = await htmlvalidate.validateString(await readFile(path.join(dir, file), "utf8"), path.join(ROOT, "site", file));
      for (const r of report.results) for (const m of r.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    console.log(`html-validate: ${files.length} pages, ${errors.length} errors`);
    expect(files.length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });
});

describe("link check", () => {
  it("finds no broken internal link, anchor or image on any page, feed or sitemap", async () => {
    const result = await checkSiteFolder(dir, site.baseUrl);
    console.log(`links: ${result.pages} pages, ${result.refs} references, ${result.broken.length} broken`);
    expect(result.pages).toBeGreaterThan(100);
    expect(result.broken).toEqual([]);
  });
});

describe("an article on a slow phone", () => {
  it("weighs at most 30 KB compressed, HTML and CSS together, with no web font", async () => {
    const html = await readFile(path.join(dir, SEED, "index.html"));
    const css = await readFile(path.join(dir, "assets/site.css"));
    const htmlGz = gzipSync(html, { level: 9 }).length;
    const cssGz = gzipSync(css, { level: 9 }).length;
    console.log(`article weight: HTML ${(htmlGz / 1024).toFixed(1)} KB + CSS ${(cssGz / 1024).toFixed(1)} KB = ${((htmlGz + cssGz) / 1024).toFixed(1)} KB gzip`);
    expect(htmlGz + cssGz).toBeLessThanOrEqual(30 * 1024);
    expect(css.toString()).not.toMatch(/@font-face|@import/);
    expect(html.toString()).not.toMatch(/fonts\.(googleapis|gstatic)|\.woff2?\b/);
  });
});
