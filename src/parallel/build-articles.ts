/** Build every content file once per content key: cached results from `.cache/`, the rest on worker threads. */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildArticle, type ArticleContext } from "../pipeline/article.ts";
import { ArticleStore, type BuiltArticle } from "../cache/article-store.ts";
import { articleKey, bytesHash, contextKey } from "../cache/key.ts";
import { fromEntry } from "../cache/lazy-article.ts";
import { buildOnWorkers, workerCount, type ArticleTask } from "./pool.ts";

/** A content file: its absolute path and its path relative to the root (as problems name it). */
export interface SourceFile {
  abs: string;
  file: string;
}

/** How one load went, for the bench and the build's summary. */
export interface BuildArticlesStats {
  files: number;
  /** Results taken from the cache. */
  cached: number;
  /** Files whose bytes had to be read (new or changed stamps). */
  read: number;
  /** Files built now, and on how many threads. */
  built: number;
  threads: number;
  /** Wall time of the whole call, seconds. */
  seconds: number;
}

/** Below this many files to build, starting threads costs more than it saves. */
const MIN_PARALLEL = 200;
const stores = new Map<string, ArticleStore>();
const EMPTY = new Uint8Array(0);

/** The cache folder of a content root. */
export function cacheDir(root: string): string {
  return path.join(root, ".cache", "bantin", "articles");
}

/** The store of a root, opened once per process (the dev server keeps it between rebuilds). */
function storeOf(root: string): ArticleStore {
  const dir = cacheDir(root);
  let store = stores.get(dir);
  if (!store) {
    store = ArticleStore.open(dir);
    stores.set(dir, store);
  }
  return store;
}

let lastStats: BuildArticlesStats | null = null;

/** Figures of the last `buildArticles` call in this process. */
export function lastBuildStats(): BuildArticlesStats | null {
  return lastStats;
}

/**
 * Build `files` (in order) as `buildArticle` would, reusing cached results. BANTIN_CACHE=0 turns the
 * cache off (everything built, strings kept in memory); BANTIN_WORKERS sets the threads (0: none).
 * @example const results = await buildArticles([{ abs, file: "content/y-te/2024/a.md" }], ctx, root);
 */
export async function buildArticles(files: readonly SourceFile[], ctx: ArticleContext, root: string, options: { minParallel?: number } = {}): Promise<BuiltArticle[]> {
  const started = performance.now();
  const useCache = process.env["BANTIN_CACHE"] !== "0";
  const store = useCache ? storeOf(root) : null;
  store?.beginBuild();
  const ctxKey = contextKey(ctx.categories, ctx.images);
  const results = new Array<BuiltArticle>(files.length);
  const misses: { i: number; key: string; task: ArticleTask }[] = [];
  let read = 0;
  files.forEach(({ abs, file }, i) => {
    let bytes: Uint8Array | null = null;
    let hash: string | null = null;
    if (store) {
      const st = statSync(abs);
      hash = store.knownHash(file, st.size, st.mtimeMs);
      if (!hash) {
        const readAt = Date.now();
        bytes = readFileSync(abs);
        hash = bytesHash(bytes);
        store.stamp(file, st.size, st.mtimeMs, hash, readAt);
        read++;
      }
      const key = store.knownKey(file, hash, ctxKey) ?? articleKey(ctxKey, file, hash);
      store.rememberKey(file, hash, ctxKey, key);
      const entry = store.get(key);
      if (entry) {
        results[i] = fromEntry(store, key, entry);
        return;
      }
      misses.push({ i, key, task: { file, bytes: bytes ?? readFileSync(abs) } });
    } else {
      misses.push({ i, key: "", task: { file, bytes: readFileSync(abs) } });
      read++;
    }
  });
  const threads = misses.length >= (options.minParallel ?? MIN_PARALLEL) ? workerCount() : 0;
  // Each result goes to the cache as it arrives: its HTML and text leave memory at once (100k articles' worth would not fit).
  const keep = (j: number, result: BuiltArticle): BuiltArticle => {
    const m = misses[j] as (typeof misses)[number];
    m.task.bytes = EMPTY;
    const kept = store ? fromEntry(store, m.key, store.put(m.key, result)) : result;
    results[m.i] = kept;
    return kept;
  };
  if (threads > 1) await buildOnWorkers(misses.map((m) => m.task), ctx, threads, keep);
  else misses.forEach((m, j) => keep(j, buildArticle(m.task.file, m.task.bytes, ctx)));
  store?.save();
  lastStats = { files: files.length, cached: files.length - misses.length, read, built: misses.length, threads: threads > 1 ? threads : 1, seconds: (performance.now() - started) / 1000 };
  return results;
}
