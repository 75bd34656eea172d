/**
 * Render the pages of one paginated template on worker threads, each writing its own files: the
 * template function, the data shape and the output path are Eleventy's, only the thread differs.
 */
import { Worker } from "node:worker_threads";
import { renderPage, type TemplateModule } from "./render-page.ts";
import { SharedEncoder, type ArticlePacks, type SharedValues } from "./shared-pages.ts";
import type { PackPlace } from "./page-packs.ts";
import { profilingArgs } from "./pool.ts";

/** What a worker reports for one page. */
export type PageResult = { output: string; reads: string[]; stored?: [string, number, number] } | { missing: string } | { uncopied: true } | { error: string };

/** A page to copy from the page cache instead of rendering it. */
export interface CachedPage {
  /** Pack file (absolute), offset and bytes. */
  from: PackPlace;
  output: string;
  reads: string[];
}

/** Main thread → worker. */
export type PageMessage =
  | {
      type: "context";
      /** Each template: URL of its module, Eleventy's inputPath as pages see it, and the item's name. */
      templates: { module: string; inputPath: string; alias: string }[];
      outDir: string;
      /** The `bantin` keys sent so far, encoded (cached articles as numbers in `articles`). */
      bantin: Record<string, unknown>;
      /** Every `bantin` key, so reading one not sent yet is told apart from reading nothing. */
      allKeys: string[];
      /** The article cache packs the encoded articles point into. */
      articles: ArticlePacks;
      /** The page cache folder, where each worker appends the pages it renders; null for none. */
      htmlDir: string | null;
    }
  | {
      type: "round";
      round: number;
      /** Every item, encoded, in shared memory. */
      items: SharedValues;
      /** The template of each item, by its place in `templates`. */
      templateOf: Uint8Array;
      /** The items to render in this round, by index. */
      order: Int32Array;
      /** Shared Int32 counters, one per worker: the next position to take in that worker's segment of `order`. */
      counter: SharedArrayBuffer;
      /** This worker's number: its own segment. */
      worker: number;
      /** By item: the cached page to copy, if any. */
      copies: (CachedPage | null)[];
    };

/** Worker → main thread. */
export type PageReply = { type: "results"; round: number; results: [number, PageResult][] } | { type: "end"; round: number } | { type: "failed"; error: string };

/** One template's pages to render. */
export interface PageJob {
  /** URL of the template module. */
  module: string;
  /** Eleventy's inputPath of the template, as pages see it. */
  inputPath: string;
  items: readonly unknown[];
  /** Name of the item in the page data (Eleventy's pagination alias); "item" when left out. */
  alias?: string;
  /** By item: a cached page to copy instead of rendering (see src/cache/html-store.ts). */
  cached?: readonly (CachedPage | null)[];
}

/** One rendered page. */
export interface RenderedPage {
  /** Its template's inputPath. */
  inputPath: string;
  item: unknown;
  /** Output file, relative to the output folder. */
  output: string;
  /** `bantin` keys it read. */
  reads: string[];
  /** Where the worker kept a copy of it in the page cache: pack name, offset, bytes (not for copied pages). */
  stored?: [string, number, number];
  /** Copied from the page cache. */
  copied?: boolean;
}

/** Old-generation heap of a page worker, in MB. */
const WORKER_OLD_SPACE_MB = 384;

/** Thrown when a template fails on a worker; the message names the template and keeps the stack. */
export class PageRenderError extends Error {
  override name = "PageRenderError";
}

/** The `bantin` keys the first page reads, found by rendering it here (not written): usually all the template reads. */
async function probeReads(o: { module: string; inputPath: string; item: unknown; bantin: Record<string, unknown>; outDir: string; alias: string }): Promise<string[]> {
  const template = (await import(o.module)) as TemplateModule;
  try {
    const { reads } = await renderPage({ template, inputPath: o.inputPath, outDir: o.outDir, alias: o.alias, bantin: o.bantin, allKeys: new Set() }, o.item);
    return reads.filter((k) => k in o.bantin);
  } catch {
    // The workers report the error with the page.
    return [];
  }
}

/**
 * Render the pages of `jobs` (one page per item) with their templates, writing into `outDir`.
 * Every item is handed over at once, in shared memory, and workers take pages from shared
 * counters: they never wait for the main thread (busy with Eleventy's own pages) between batches.
 * The workers get the `bantin` keys in `startKeys` and those each template's first page reads
 * (rendered here); a page reading another key is rendered again in a second round, with it.
 * @example await renderOnWorkers({ jobs: [{ module, inputPath: "./layouts/pages/article.11ty.tsx", items }], bantin: data, startKeys: ["site"], outDir, threads: 2 })
 */
export async function renderOnWorkers(o: {
  jobs: readonly PageJob[];
  bantin: Record<string, unknown>;
  startKeys: readonly string[];
  outDir: string;
  threads: number;
  /** The page cache folder: workers keep a copy of each page they render there. */
  htmlDir?: string;
  /** Called for every page in the order of the jobs and their items, once all are written. */
  onPage?: (page: RenderedPage) => void;
}): Promise<RenderedPage[]> {
  const jobs = o.jobs.filter((j) => j.items.length > 0);
  if (jobs.length === 0) return [];
  if (jobs.length > 255) throw new RangeError("renderOnWorkers: at most 255 templates");
  const templates = jobs.map((j) => ({ module: j.module, inputPath: j.inputPath, alias: j.alias ?? "item" }));
  const sent = new Set(o.startKeys.filter((k) => k in o.bantin));
  for (const [n, j] of jobs.entries()) {
    const t = templates[n] as (typeof templates)[number];
    for (const k of await probeReads({ ...t, item: j.items[0], bantin: o.bantin, outDir: o.outDir })) sent.add(k);
  }
  const all = jobs.flatMap((j) => j.items);
  const copies = jobs.flatMap((j) => j.items.map((_, i) => j.cached?.[i] ?? null));
  const templateOf = new Uint8Array(all.length);
  let at = 0;
  for (const [n, j] of jobs.entries()) templateOf.fill(n, at, (at += j.items.length));
  const enc = new SharedEncoder();
  // Only the pages of this round are encoded (copied pages need no item).
  const encodeFor = (order: Int32Array, copying: boolean) => {
    const wanted = new Uint8Array(all.length);
    for (const i of order) if (!(copying && copies[i])) wanted[i] = 1;
    return enc.values(all.map((item, i) => (wanted[i] ? item : null)));
  };
  const encodedKeys: Record<string, unknown> = {};
  const context = (): PageMessage => {
    for (const k of sent) if (!(k in encodedKeys)) encodedKeys[k] = enc.encode(o.bantin[k]);
    return { type: "context", templates, outDir: o.outDir, bantin: encodedKeys, allKeys: Object.keys(o.bantin), articles: enc.articles(), htmlDir: o.htmlDir ?? null };
  };
  const pages = new Array<RenderedPage | undefined>(all.length);
  const entry = new URL("./worker-entry.mjs", import.meta.url);
  const module = new URL("./page-worker.ts", import.meta.url).href;
  // A worker needs little at a time (its context, a few thousand decoded articles, one page), but V8
  // lets an unbounded heap grow with the garbage of 50k pages: capped, it collects sooner (about
  // 100 MB less per worker at 10k, same CPU).
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB };
  const workers = Array.from({ length: Math.max(1, Math.min(o.threads, Math.ceil(all.length / 16))) }, () => new Worker(entry, { workerData: { module }, execArgv: profilingArgs(), resourceLimits }));
  try {
    let order = Int32Array.from(all, (_, i) => i);
    for (let round = 0; order.length; round++) {
      const missing: number[] = [];
      let newKey = false;
      const items = encodeFor(order, round === 0);
      const message = context();
      const counter = new SharedArrayBuffer(4 * workers.length);
      // Posted at once, before the worker is even up: it queues them, and needs nothing more from this thread.
      await Promise.all(
        workers.map(
          (w, worker) =>
            new Promise<void>((resolve, reject) => {
              const onError = (e: Error) => reject(new PageRenderError(`Luồng dựng trang lỗi: ${e.message}`, { cause: e }));
              const onMessage = (msg: PageReply) => {
                if (msg.type === "failed") return onError(new Error(msg.error));
                if (msg.round !== round) return;
                if (msg.type === "end") {
                  w.off("message", onMessage).off("error", onError);
                  return resolve();
                }
                for (const [i, r] of msg.results) {
                  if ("output" in r) {
                    const page: RenderedPage = { inputPath: templates[templateOf[i] as number]?.inputPath ?? "", item: all[i], output: r.output, reads: r.reads };
                    if (r.stored) page.stored = r.stored;
                    else if (copies[i]) page.copied = true;
                    pages[i] = page;
                  }
                  else if ("uncopied" in r) {
                    // Its pack is gone: rendered in the next round.
                    newKey = true;
                    missing.push(i);
                  } else if ("missing" in r) {
                    if (!sent.has(r.missing)) newKey = true;
                    sent.add(r.missing);
                    missing.push(i);
                  } else return reject(new PageRenderError(r.error));
                }
              };
              w.on("message", onMessage).on("error", onError);
              w.postMessage(message);
              w.postMessage({ type: "round", round, items, templateOf, order, counter, worker, copies: round === 0 ? copies : [] } satisfies PageMessage);
            }),
        ),
      );
      // A page can only miss a key it was not sent: a second miss of the same key would loop.
      if (missing.length && !newKey) throw new PageRenderError(`${templates[0]?.inputPath}: trang vẫn thiếu dữ liệu bantin sau khi đã gửi`);
      order = Int32Array.from(missing.sort((a, b) => a - b));
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const rendered = pages.filter((p): p is RenderedPage => p !== undefined);
  if (o.onPage) for (const p of rendered) o.onPage(p);
  return rendered;
}
