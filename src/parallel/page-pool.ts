/**
 * Render the pages of one paginated template on worker threads, each writing its own files: the
 * template function, the data shape and the output path are Eleventy's, only the thread differs.
 */
import { Worker } from "node:worker_threads";
import { toThreadSafe } from "../cache/lazy-article.ts";

/** What a worker reports for one page. */
export type PageResult = { output: string; reads: string[] } | { missing: string } | { error: string };

/** Main thread → worker. */
export type PageMessage =
  | {
      type: "context";
      /** URL of the template module. */
      module: string;
      /** Eleventy's inputPath of the template, as pages see it. */
      inputPath: string;
      outDir: string;
      alias: string;
      /** The `bantin` keys sent so far (those the template was seen to read). */
      bantin: Record<string, unknown>;
      /** Every `bantin` key, so reading one not sent yet is told apart from reading nothing. */
      allKeys: string[];
    }
  | { type: "pages"; batch: number; items: unknown[] };

/** Worker → main thread. */
export interface PageReply {
  batch: number;
  results: PageResult[];
}

/** One rendered page. */
export interface RenderedPage {
  item: unknown;
  /** Output file, relative to the output folder. */
  output: string;
  /** `bantin` keys it read. */
  reads: string[];
}

const BATCH = 32;

/** Thrown when a template fails on a worker; the message names the template and keeps the stack. */
export class PageRenderError extends Error {
  override name = "PageRenderError";
}

/**
 * Render `items` (one page each) with the template at `module`, writing into `outDir`.
 * `startKeys` are the `bantin` keys sent at once; a page reading another key is rendered again with it.
 * @example await renderOnWorkers({ module, inputPath: "./layouts/pages/article.11ty.tsx", items, bantin: data, startKeys: ["site"], outDir, threads: 2 })
 */
export async function renderOnWorkers(o: {
  module: string;
  inputPath: string;
  items: readonly unknown[];
  bantin: Record<string, unknown>;
  startKeys: readonly string[];
  outDir: string;
  threads: number;
  alias?: string;
  /** Called for every page in the order of `items`. */
  onPage?: (page: RenderedPage) => void;
  /** While this says so, no new pages are handed out (the consumer of `onPage` is behind). */
  busy?: () => boolean;
}): Promise<RenderedPage[]> {
  const sent = new Set(o.startKeys.filter((k) => k in o.bantin));
  const context = (): PageMessage => ({
    type: "context",
    module: o.module,
    inputPath: o.inputPath,
    outDir: o.outDir,
    alias: o.alias ?? "item",
    bantin: Object.fromEntries([...sent].map((k) => [k, toThreadSafe(o.bantin[k])])),
    allKeys: Object.keys(o.bantin),
  });
  // Pages are reported in the order of `items`: results wait here for the ones before them.
  const done = new Map<number, RenderedPage>();
  let next = 0;
  const report = () => {
    for (let r = done.get(next); r; r = done.get(next)) {
      done.delete(next++);
      o.onPage?.(r);
    }
  };
  const queue: number[] = o.items.map((_, i) => i);
  const rendered: RenderedPage[] = [];
  const workers: Worker[] = [];
  const entry = new URL("./worker-entry.mjs", import.meta.url);
  const module = new URL("./page-worker.ts", import.meta.url).href;
  let batches = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const inFlight = new Map<number, number[]>();
      let ready = 0;
      const idle: Worker[] = [];
      const finishIfDone = () => {
        if (queue.length === 0 && inFlight.size === 0) resolve();
      };
      const feed = (w: Worker): void => {
        if (o.busy?.() && queue.length) {
          setTimeout(() => feed(w), 10);
          return;
        }
        const batch = queue.splice(0, BATCH);
        if (!batch.length) {
          idle.push(w);
          finishIfDone();
          return;
        }
        const id = batches++;
        inFlight.set(id, batch);
        w.postMessage({ type: "pages", batch: id, items: batch.map((i) => toThreadSafe(o.items[i])) } satisfies PageMessage);
      };
      for (let t = 0; t < Math.max(1, o.threads); t++) {
        const w = new Worker(entry, { workerData: { module }, execArgv: [] });
        workers.push(w);
        w.on("error", (e) => reject(new PageRenderError(`Luồng dựng trang lỗi: ${e.message}`, { cause: e })));
        w.on("message", (msg: PageReply | { started: true } | { ready: true }) => {
          if ("started" in msg) return w.postMessage(context());
          if ("ready" in msg) {
            ready++;
            return feed(w);
          }
          const batch = inFlight.get(msg.batch) ?? [];
          inFlight.delete(msg.batch);
          let newKey = false;
          let requeued = false;
          msg.results.forEach((r, j) => {
            const i = batch[j] as number;
            if ("output" in r) {
              const page = { item: o.items[i], output: r.output, reads: r.reads };
              rendered.push(page);
              done.set(i, page);
            } else if ("missing" in r) {
              if (!sent.has(r.missing)) newKey = true;
              sent.add(r.missing);
              // First in line again, so the pages after it are not held back long.
              queue.unshift(i);
              requeued = true;
            } else reject(new PageRenderError(r.error));
          });
          if (requeued) queue.sort((a, b) => a - b);
          try {
            report();
          } catch (e) {
            reject(e as Error);
          }
          if (newKey) {
            // Every worker gets the larger context; each asks for pages again once it has it.
            for (const other of workers) other.postMessage(context());
            idle.length = 0;
            return;
          }
          feed(w);
        });
      }
      void ready;
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return rendered;
}
