// Hostile content, proven harmless in chromium: <script>, onerror=, javascript: links, <iframe>,
// a title that tries to close <script> (JSON-LD, meta tags, search index) and an SVG carrying script.
/// <reference lib="dom" />
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, watchedPage, type Trouble } from "../helpers/browser.ts";
import { serveStatic, type StaticServer } from "../helpers/server.ts";
import { fixtureSite } from "../helpers/site.ts";

const TITLE = `</script><script>window.__pwned='title';alert(1)</script> Hội nghị <b>tổng kết</b> " onmouseover="alert(2)`;

let browser: Browser;
let server: StaticServer;
let page: Page;
let trouble: Trouble;
let article = "";

beforeAll(async () => {
  const [dir, b] = await Promise.all([fixtureSite("hostile"), launch()]);
  browser = b;
  server = await serveStatic(dir);
  ({ page, trouble } = await watchedPage(browser));
  // Every payload sets window.__pwned or opens a dialog; the page starts with neither.
  await page.addInitScript(() => { (window as unknown as { __pwned?: string }).__pwned = undefined; });
  await page.goto(server.url + "/tin-tuc/");
  article = (await page.locator("main a", { hasText: "Hội nghị" }).first().getAttribute("href")) ?? "";
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);

/** Scripts on the page are bantin's own files or JSON-LD data; nothing else. */
async function scriptsOf(p: Page): Promise<string[]> {
  return p.$$eval("script", (els) => els.map((s) => s.getAttribute("src") ?? `inline:${s.getAttribute("type")}`));
}

describe("an article full of hostile markup", () => {
  it("runs none of it: no dialog, no flag, no script but bantin's, no iframe, no handler, no javascript: link", async () => {
    expect(article).toMatch(/^\/tin-tuc\//);
    await page.goto(server.url + article);
    await page.locator("main a, main img").first().hover().catch(() => undefined);
    await page.waitForLoadState("networkidle");
    expect(await pwned()).toBeNull();
    for (const src of await scriptsOf(page)) expect(src).toMatch(/^(\/assets\/[a-z-]+\.js|inline:application\/ld\+json)$/);
    expect(await page.locator("iframe, object, embed, main svg, main style").count()).toBe(0);
    const handlers = await page.$$eval("*", (els) => els.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)));
    expect(handlers).toEqual([]);
    const hrefs = await page.$$eval("[href], [src]", (els) => els.map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? ""));
    expect(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h))).toEqual([]);
    expect(trouble.dialogs).toEqual([]);
  });

  it("shows the hostile title as plain text in the heading, the tab title and the meta tags", async () => {
    await page.goto(server.url + article);
    expect(await page.locator("article h1").textContent()).toBe(TITLE);
    expect(await page.title()).toContain("</script><script>");
    expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe(TITLE);
  });

  it("keeps the title inside JSON-LD as data: one script element, valid JSON, the exact title", async () => {
    await page.goto(server.url + article);
    const blocks = await page.$$eval('script[type="application/ld+json"]', (els) => els.map((e) => e.textContent ?? ""));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).not.toContain("</script");
    expect((JSON.parse(blocks[0]!) as { headline: string }).headline).toBe(TITLE);
  });

  it("sets a Content-Security-Policy that allows no inline script", async () => {
    await page.goto(server.url + article);
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")) ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    // Even if markup got through, the policy stops it: an injected inline script does not run.
    await page.evaluate(() => { const s = document.createElement("script"); s.textContent = "window.__pwned = 'injected'"; document.body.append(s); });
    expect(await pwned()).toBeNull();
    trouble.console = trouble.console.filter((m) => !/Content Security Policy/.test(m));
  });
});

describe("the SVG carrying script", () => {
  it("is shown as an image and runs nothing on the article page", async () => {
    await page.goto(server.url + article);
    const img = page.locator('main img[src="/images/bieu-do.svg"]').first();
    expect(await img.count()).toBe(1);
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.images].every((i) => i.complete));
    expect(await pwned()).toBeNull();
    expect(trouble.dialogs).toEqual([]);
  });

  it("runs nothing when opened on its own: the site's _headers sandbox editors' images", async () => {
    const { page: svgPage, trouble: svgTrouble } = await watchedPage(browser);
    const response = await svgPage.goto(server.url + "/images/bieu-do.svg");
    expect(response?.headers()["content-security-policy"]).toContain("sandbox");
    await svgPage.waitForTimeout(300);
    expect(await svgPage.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(svgTrouble.dialogs).toEqual([]);
    await svgPage.context().close();
  });
});

describe("the search index", () => {
  it("returns the hostile title as text: found, shown literally, nothing runs", async () => {
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent("hội nghị tổng kết")}`);
    await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.getElementById("trang-thai")?.textContent ?? ""));
    const titles = await page.$$eval("#ket-qua li h2", (hs) => hs.map((h) => h.textContent ?? ""));
    expect(titles).toContain(TITLE);
    expect(await page.locator("#ket-qua script, #ket-qua img, #ket-qua iframe, #ket-qua b").count()).toBe(0);
    expect(await pwned()).toBeNull();
  });

  it("and the other pages that list it (home, category, tag) run nothing either", async () => {
    for (const url of ["/", "/tin-tuc/", "/the/", "/luu-tru/"]) {
      await page.goto(server.url + url);
      expect(await pwned(), url).toBeNull();
      for (const src of await scriptsOf(page)) expect(src).toMatch(/^(\/assets\/[a-z-]+\.js|inline:application\/ld\+json)$/);
    }
  });

  it("left no dialog, console error or failed request behind", () => {
    expect(trouble).toEqual({ console: [], failed: [], dialogs: [] });
  });
});
