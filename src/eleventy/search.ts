/** Search: after Eleventy writes the site, bantin writes its search index into /tim-kiem/chi-muc/ (docs/search.md). */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { articleKeyOf } from "../cache/lazy-article.ts";
import { currentSession } from "../cache/page-deps.ts";
import type { Article, Category } from "../types.ts";
import { siteSearchFiles } from "../search/site-index.ts";
import { TermsStore } from "../search/terms-store.ts";
import { pagesSettled } from "./incremental.ts";

/** Where the index goes, under the output folder. */
export const INDEX_DIR = "tim-kiem/chi-muc";

let lastSeconds = 0;
let lastWritten = 0;

/** Seconds the last index took, and files it wrote (bantin build prints them with BANTIN_TIMINGS=1). */
export function lastIndexStats(): { seconds: number; written: number } {
  return { seconds: lastSeconds, written: lastWritten };
}

/** The words cache of the content root, kept between the dev server's rebuilds. */
let store: { root: string; store: TermsStore } | null = null;

function termsStore(root: string): TermsStore {
  if (store?.root === root) store.store = store.store.next();
  else store = { root, store: TermsStore.open(root) };
  return store.store;
}

/**
 * Write the index of `articles` into `outputDir`: only files whose bytes change are written, and
 * files of an earlier index that are no longer part of it are removed.
 * @example writeSearchIndex("/tmp/site", data.articles, data.categories, "/repo") // 3 (files written)
 */
export function writeSearchIndex(outputDir: string, articles: readonly Article[], categories: readonly Category[], root: string | null): number {
  const started = performance.now();
  const terms = root && process.env["BANTIN_CACHE"] !== "0" ? termsStore(root) : null;
  const files = siteSearchFiles(articles, categories, terms, articleKeyOf);
  const dir = path.join(outputDir, INDEX_DIR);
  const existing = existsSync(dir) ? new Set(readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => f.split(path.sep).join("/"))) : new Set<string>();
  let written = 0;
  const made = new Set<string>();
  for (const [rel, text] of files) {
    const file = path.join(dir, rel);
    if (existing.has(rel) && readFileSync(file, "utf8") === text) continue;
    const sub = path.dirname(file);
    if (!made.has(sub)) {
      mkdirSync(sub, { recursive: true });
      made.add(sub);
    }
    writeFileSync(file, text);
    written++;
  }
  for (const rel of existing) {
    if (!files.has(rel) && rel.endsWith(".json")) rmSync(path.join(dir, rel), { force: true });
  }
  terms?.save();
  lastSeconds = (performance.now() - started) / 1000;
  lastWritten = written;
  return written;
}

/** Registers the index step on `eleventy.after`, for builds and the dev server alike (it costs little). */
export default function search(eleventyConfig: UserConfig, root: string): void {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    // Taken now: the incremental step (registered first) ends the session once pages are settled.
    const data = currentSession()?.siteData as { articles?: Article[]; categories?: Category[] } | undefined;
    await pagesSettled();
    if (!data?.articles || !data.categories) return;
    writeSearchIndex(path.resolve(directories.output), data.articles, data.categories, root);
  });
}
