/** Debian's chromium through playwright-core, and pages that record every console error and failed request. */
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** Launch headless chromium with the flags this machine needs (no sandbox as root, no network chatter). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** Everything that went wrong while a page was open. */
export interface Trouble {
  console: string[];
  failed: string[];
  dialogs: string[];
}

/**
 * A new page that records console errors, page errors, failed requests (and HTTP ≥ 400) and dialogs.
 * @example const { page, trouble } = await watchedPage(browser); … expect(trouble.console).toEqual([]);
 */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; trouble: Trouble }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const trouble: Trouble = { console: [], failed: [], dialogs: [] };
  page.on("console", (m) => {
    if (m.type() === "error") trouble.console.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => trouble.console.push(`${page.url()}: ${e.message}`));
  page.on("requestfailed", (r) => {
    const why = r.failure()?.errorText ?? "failed";
    // A request still in flight when the walk moves to the next page is cancelled, not broken
    // (seen on a busy machine with the favicon); a missing file shows up as HTTP ≥ 400 below.
    if (why === "net::ERR_ABORTED" && r.resourceType() !== "document" && r.resourceType() !== "script") return;
    trouble.failed.push(`${r.url()}: ${why}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) trouble.failed.push(`${r.url()}: HTTP ${r.status()}`);
  });
  page.on("dialog", (d) => {
    trouble.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return { page, trouble };
}
