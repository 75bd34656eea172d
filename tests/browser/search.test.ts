// Search in chromium: diacritics ignored (đ/Đ included), exact accents first, filters by category and year.
/// <reference lib="dom" />
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, watchedPage, type Trouble } from "../helpers/browser.ts";
import { serveStatic, type StaticServer } from "../helpers/server.ts";
import { demoSite, fixtureSite } from "../helpers/site.ts";

const SEED = "/dang-doan-the/uy-ban-mttq-quan-hoan-kiem-tong-ket-cong-tac-nam-2020-trien-khai-chuong-trinh/";
const DA_NANG = "/tin-tuc/doan-cong-tac-quan-hoan-kiem-hoc-tap-kinh-nghiem-quan-ly-do-thi-tai-da-nang/";
const DA_NANG_UNACCENTED = "/tin-tuc/giao-luu-van-nghe-voi-doan-nghe-si-mien-trung/";

let browser: Browser;
let demo: StaticServer;
let fixture: StaticServer;
let page: Page;
let trouble: Trouble;

beforeAll(async () => {
  const [demoDir, fixtureDir, b] = await Promise.all([demoSite(), fixtureSite("search"), launch()]);
  browser = b;
  [demo, fixture] = await Promise.all([serveStatic(demoDir), serveStatic(fixtureDir)]);
  ({ page, trouble } = await watchedPage(browser));
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await fixture?.close();
});

/** Open the search page with a query string and return the result URLs in order. */
async function search(server: StaticServer, query: string): Promise<string[]> {
  await page.goto(`${server.url}/tim-kiem/?${query}`);
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy|Không tải/.test(document.getElementById("trang-thai")?.textContent ?? ""));
  return page.$$eval("#ket-qua li h2 a", (links) => links.map((a) => a.getAttribute("href") ?? ""));
}

describe("matching ignores diacritics", () => {
  for (const q of ["hoan kiem", "Hoàn Kiếm", "HOAN KIEM", "hoàn kiếm"]) {
    it(`"${q}" finds the seed article first`, async () => {
      const urls = await search(demo, `q=${encodeURIComponent(q)}`);
      expect(urls[0]).toBe(SEED);
    });
  }

  it('"da nang" finds "Đà Nẵng" (đ folded to d)', async () => {
    const urls = await search(fixture, "q=da+nang");
    expect(urls).toContain(DA_NANG);
  });

  it('"DA NANG" and "đà nẵng" find it too', async () => {
    expect(await search(fixture, "q=DA+NANG")).toContain(DA_NANG);
    expect(await search(fixture, `q=${encodeURIComponent("đà nẵng")}`)).toContain(DA_NANG);
  });

  it('exact accents rank first: "Đà Nẵng" puts the accented article above the one that wrote "Da Nang"', async () => {
    const urls = await search(fixture, `q=${encodeURIComponent("Đà Nẵng")}`);
    expect(urls[0]).toBe(DA_NANG);
    expect(urls.indexOf(DA_NANG)).toBeLessThan(urls.indexOf(DA_NANG_UNACCENTED));
  });
});

describe("results", () => {
  it("show the title, the date and an excerpt from the article's own text, never the folded copy", async () => {
    await search(fixture, "q=da+nang");
    const first = page.locator("#ket-qua li").filter({ has: page.locator(`a[href="${DA_NANG}"]`) });
    expect(await first.locator("h2").textContent()).toBe("Đoàn công tác quận Hoàn Kiếm học tập kinh nghiệm quản lý đô thị tại Đà Nẵng");
    expect(await first.locator(".teaser-meta").textContent()).toBe("15/04/2025 · Tin tức - Sự kiện");
    const excerpt = (await first.locator(".teaser-summary").textContent()) ?? "";
    expect(excerpt).toContain("Nẵng");
    expect(excerpt).not.toContain("⁂");
    expect(await first.locator(".teaser-summary mark").count()).toBeGreaterThan(0);
  });

  it("say so in Vietnamese when nothing matches", async () => {
    expect(await search(demo, "q=zzzyyyxxx")).toEqual([]);
    expect(await page.textContent("#trang-thai")).toContain("Không tìm thấy bài viết nào");
  });
});

describe("filters", () => {
  it("narrow by category", async () => {
    const all = await search(demo, "q=hoan+kiem");
    const only = await search(demo, "q=hoan+kiem&chuyen-muc=dang-doan-the");
    expect(only.length).toBeGreaterThan(0);
    expect(only.length).toBeLessThan(all.length);
    expect(only.every((u) => u.startsWith("/dang-doan-the/"))).toBe(true);
  });

  it("narrow by year, and work from the form without a query", async () => {
    await page.goto(`${demo.url}/tim-kiem/`);
    await page.selectOption("#nam", "2021");
    await page.waitForFunction(() => /Tìm thấy/.test(document.getElementById("trang-thai")?.textContent ?? ""));
    const dates = await page.$$eval("#ket-qua li .teaser-meta", (ps) => ps.map((p) => p.textContent ?? ""));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => /\/2021\b/.test(d))).toBe(true);
    expect(page.url()).toContain("nam=2021");
  });

  it("ran without a console error or a failed request", () => {
    expect(trouble).toEqual({ console: [], failed: [], dialogs: [] });
  });
});
