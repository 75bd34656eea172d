/** The search index of a built site: written after its pages into /tim-kiem/chi-muc/ (docs/search.md). */
import { cpSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { articleKeyOf } from "../cache/lazy-article.ts";
import type { Article, Category } from "../types.ts";
import { indexOrder, siteSearchFiles, type IndexState } from "./site-index.ts";
import { TermsStore } from "./terms-store.ts";
import { primeTerms } from "./prime.ts";
import { indexIdOf, mirrorFolder, writeIndexFolder } from "./index-folder.ts";
import { workerCount } from "../parallel/pool.ts";
import { writeFileAtomically } from "../cache/atomic-file.ts";

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

/** The state of the last index this process or the last build wrote (with a cache), or null. */
function lastState(root: string | null): IndexState | null {
  if (inMemory || root === null) return inMemory;
  try {
    return deserialize(readFileSync(stateFile(root))) as IndexState;
  } catch {
    return null;
  }
}

/** Where the cache keeps a copy of the last index, so a build into an empty folder starts from it. */
function mirrorOf(root: string): string {
  return path.join(root, ".cache", "bantin", "search", "index");
}

/**
 * Write the index of `articles` into `outputDir`: only files whose bytes change are written, and
 * files of an earlier index that are no longer part of it are removed. After one edit, only the
 * files of that article are even made (src/search/site-index.ts). With a cache (`root`), the last
 * index is kept in `.cache/bantin/search/index/`: a build into an empty folder copies it and then
 * changes only what changed. `root` null: no cache.
 * @example await writeSearchIndex("/tmp/site", data.articles, data.categories, "/repo") // 3 (files written)
 */
export async function writeSearchIndex(outputDir: string, articles: readonly Article[], categories: readonly Category[], root: string | null, options: { saveLater?: boolean } = {}): Promise<number> {
  const started = performance.now();
  // A save still waiting belongs to the store this write replaces: this write saves (or schedules) its own.
  clearTimeout(pendingSave);
  const cacheRoot = root && process.env["BANTIN_CACHE"] !== "0" ? root : null;
  const terms = termsStore(cacheRoot);
  const last = lastState(cacheRoot);
  const order = indexOrder(articles, articleKeyOf, last);
  await primeTerms(order, terms, workerCount());
  const dir = path.join(outputDir, INDEX_DIR);
  const mirror = cacheRoot ? mirrorOf(cacheRoot) : null;
  const mirrorInStep = last !== null && mirror !== null && indexIdOf(mirror) === last.id;
  let previous = last && indexIdOf(dir) === last.id ? last : null;
  if (!previous && mirrorInStep && mirror && !existsSync(path.join(dir, "meta.json"))) {
    cpSync(mirror, dir, { recursive: true });
    previous = last;
  }
  const readOld = (rel: string) => {
    try {
      return readFileSync(path.join(dir, rel));
    } catch {
      return null;
    }
  };
  const { files, partial, state } = siteSearchFiles(articles, categories, terms, articleKeyOf, previous, readOld, { ...order, marked: true });
  const changes = writeIndexFolder(dir, files, partial);
  if (mirror) mirrorFolder(dir, mirror, changes, mirrorInStep && previous !== null);
  inMemory = state;
  const save = () => {
    terms.save();
    if (cacheRoot) saveState(cacheRoot, state);
  };
  // The dev server keeps both in memory: saving them (12 MB at 10k articles) can wait for a pause
  // in the editing. A server stopped before then only loses cache: the next start recounts.
  if (options.saveLater) pendingSave = setTimeout(save, SAVE_AFTER_MS).unref();
  else save();
  lastSeconds = (performance.now() - started) / 1000;
  lastWritten = changes.written.size;
  return lastWritten;
}

/** How long the dev server waits after its last index write before saving the words cache and the state. */
const SAVE_AFTER_MS = 3000;
let pendingSave: NodeJS.Timeout | undefined;

function saveState(root: string, state: IndexState): void {
  writeFileAtomically(stateFile(root), serialize(state));
}
