/**
 * What a one-edit rebuild costs in bantin's own code (no Eleventy): reload the content through the
 * cache, recompute the page data (with the dev server's memo), and pick the pages to render. Times
 * each step, on one thread.
 * Usage: tsx bench/rebuild-speed.ts <corpus root>   (appends a sentence to one article, then restores it)
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadBuild } from "../src/pipeline/run.ts";
import { loadContent } from "../src/pipeline/load.ts";
import { SiteDataMemo } from "../src/pipeline/site-data-memo.ts";
import { RenderSession, type PagesState } from "../src/cache/page-deps.ts";
import { lastBuildStats } from "../src/parallel/build-articles.ts";

const root = process.argv[2];
if (!root) throw new Error("usage: rebuild-speed.ts <corpus root>");
const options = { root, now: "2026-06-01T00:00:00+07:00", includeDrafts: false };
const PAGED = ["articlePages", "listPages", "feeds", "people", "peopleIndex"];
const time = async <T,>(label: string, f: () => T | Promise<T>): Promise<T> => {
  const t = performance.now();
  const r = await f();
  console.log(`${label.padEnd(34)} ${((performance.now() - t) / 1000).toFixed(3)} s`);
  return r;
};

/** Select every paged list as the layouts would, pretending each page read `site` and `categories`. */
function select(session: RenderSession, data: Record<string, unknown>): number {
  let n = 0;
  for (const key of PAGED) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    const chosen = session.select(key, list);
    n += chosen.length;
    for (const item of chosen) {
      const page = session.track({ bantin: data, pagination: { items: [item] } }, key);
      void (page.data["bantin"] as Record<string, unknown>)["site"];
      void (page.data["bantin"] as Record<string, unknown>)["categories"];
      page.wrote(`${key}/${n}`);
    }
  }
  return n;
}

const memo = new SiteDataMemo();
const first = await time("load + page data (first)", () => loadBuild(options, memo));
if (!first.ok) throw new Error(first.report);
let state: PagesState;
{
  const s = new RenderSession(first.data as unknown as Record<string, unknown>, "v", null);
  await time("select (first: all pages)", () => select(s, first.data as unknown as Record<string, unknown>));
  state = (await time("finish", () => s.finish())).state;
}
const dir = path.join(root, "content/y-te");
const year = readdirSync(dir).sort()[0] ?? "";
const file = path.join(dir, year, readdirSync(path.join(dir, year)).filter((f) => f.endsWith(".md")).sort()[0] ?? "");
const before = readFileSync(file);
writeFileSync(file, before.toString() + "\nMột câu sửa.\n");
try {
  for (let i = 0; i < 2; i++) {
    await time("  of which: load content alone", () => loadContent({ root }));
    const next = await time("load + page data (after one edit)", () => loadBuild(options, memo));
    console.log(`  ${JSON.stringify(lastBuildStats())}`);
    if (!next.ok) throw new Error(next.report);
    const s = new RenderSession(next.data as unknown as Record<string, unknown>, "v", state);
    const n = await time("select (changed pages only)", () => select(s, next.data as unknown as Record<string, unknown>));
    console.log(`  ${n} pages to render`);
    await time("finish", () => s.finish());
  }
} finally {
  writeFileSync(file, before);
}
