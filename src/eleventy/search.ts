/** Search: after Eleventy writes the site, bantin writes its search index into /tim-kiem/chi-muc/ (docs/search.md). */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { articleKeyOf } from "../cache/lazy-article.ts";
import { currentSession } from "../cache/page-deps.ts";
import type { Article, Category } from "../types.ts";
import { siteSearchFiles, type IndexState } from "../search/site-index.ts";
import { TermsStore } from "../search/terms-store.ts";
import { primeTerms } from "../search/prime.ts";
import { workerCount } from "../parallel/pool.ts";
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
let cached: { root: string | null; store: TermsStore } | null = null;

function termsStore(root: string | null): TermsStore {
  if (cached && cached.root === root) cached.store = cached.store.next();
  else cached = { root, store: TermsStore.open(root) };
  return cached.store;
}

/** The state of the index this process wrote last. */
let inMemory: IndexState | null = null;

function stateFile(root: string): string {
  return path.join(root, ".cache", "bantin", "search", "state.v8");
}

/** The state of the index in `dir`, if this process or the last build wrote it (the id in its meta.json says so). */
function previousState(dir: string, root: string | null): IndexState | null {
  let id: unknown;
  try {
    id = (JSON.parse(readFileSync(path.join(dir, "meta.json"), "utf8")) as { id?: unknown }).id;
  } catch {
    return null;
  }
  if (inMemory?.id === id) return inMemory;
  if (root === null) return null;
  try {
    const saved = deserialize(readFileSync(stateFile(root))) as IndexState;
    return saved.id === id ? saved : null;
  } catch {
    return null;
  }
}

/**
 * Write the index of `articles` into `outputDir`: only files whose bytes change are written, and
 * files of an earlier index that are no longer part of it are removed. After one edit, only the
 * files of that article are even made (src/search/site-index.ts). `root` holds the cache (null: none).
 * @example writeSearchIndex("/tmp/site", data.articles, data.categories, "/repo") // 3 (files written)
 */
export async function writeSearchIndex(outputDir: string, articles: readonly Article[], categories: readonly Category[], root: string | null): Promise<number> {
  const started = performance.now();
  const cacheRoot = root && process.env["BANTIN_CACHE"] !== "0" ? root : null;
  const terms = termsStore(cacheRoot);
  await primeTerms(articles, terms, articleKeyOf, workerCount());
  const dir = path.join(outputDir, INDEX_DIR);
  const { files, partial, state } = siteSearchFiles(articles, categories, terms, articleKeyOf, previousState(dir, cacheRoot));
  const existing = existsSync(dir) ? new Set(readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => f.split(path.sep).join("/"))) : new Set<string>();
  let written = 0;
  const made = new Set<string>();
  const kept = new Set<string>();
  for (const [rel, text] of files) {
    kept.add(rel);
    const file = path.join(dir, rel);
    if (existing.has(rel) && readFileSync(file).equals(text)) continue;
    const sub = path.dirname(file);
    if (!made.has(sub)) {
      mkdirSync(sub, { recursive: true });
      made.add(sub);
    }
    writeFileSync(file, text);
    written++;
  }
  if (!partial) {
    for (const rel of existing) if (!kept.has(rel) && rel.endsWith(".json")) rmSync(path.join(dir, rel), { force: true });
  }
  terms.save();
  inMemory = state;
  if (cacheRoot) {
    mkdirSync(path.dirname(stateFile(cacheRoot)), { recursive: true });
    const tmp = `${stateFile(cacheRoot)}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(inMemory));
    renameSync(tmp, stateFile(cacheRoot));
  }
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
    await writeSearchIndex(path.resolve(directories.output), data.articles, data.categories, root);
  });
}
