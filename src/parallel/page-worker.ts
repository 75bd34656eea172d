/**
 * Worker side of the page pool: takes pages from a shared counter (so no thread waits for the busy
 * main thread between batches), renders them with the very function Eleventy calls, and writes them.
 */
import path from "node:path";
import { parentPort } from "node:worker_threads";
import type { PageMessage, PageReply, PageResult } from "./page-pool.ts";
import { MissingKey, renderPage, type PageContext, type TemplateModule } from "./render-page.ts";
import { SharedDecoder } from "./shared-pages.ts";
import { PageFiles } from "./page-packs.ts";
import { closePacks } from "../cache/lazy-article.ts";

/** Pages taken from the counter at a time, and reported in one message. */
const BATCH = 16;

/** One context per template, in the order of the context message. */
let contexts: PageContext[] = [];
let decoder: SharedDecoder | null = null;
let files = new PageFiles(null);

async function render(ctx: PageContext, item: unknown): Promise<PageResult> {
  try {
    const { output, html, reads, usesOutDir } = await renderPage(ctx, item);
    const stored = files.write(path.join(ctx.outDir, output), html, !usesOutDir);
    return stored ? { output, reads, stored } : { output, reads };
  } catch (e) {
    if (e instanceof MissingKey) return { missing: e.key };
    return { error: `${ctx.inputPath}: ${(e as Error).stack ?? String(e)}` };
  }
}

async function handle(msg: PageMessage): Promise<void> {
  if (msg.type === "context") {
    const modules = await Promise.all(msg.templates.map(async (t) => (await import(t.module)) as TemplateModule));
    if (decoder) decoder.update(msg.articles);
    else decoder = new SharedDecoder(msg.articles);
    const bantin = decoder.decode(msg.bantin) as Record<string, unknown>;
    const allKeys = new Set(msg.allKeys);
    contexts = msg.templates.map((t, n) => ({ template: modules[n] as TemplateModule, inputPath: t.inputPath, outDir: msg.outDir, alias: t.alias, bantin, allKeys }));
    files = new PageFiles(msg.htmlDir);
    return;
  }
  // The order is cut in one segment per worker, each with its own counter: a worker takes pages from
  // its own segment (its own folders: two threads creating entries in one folder wait on each other),
  // then from the others' when it is done with it.
  const counters = new Int32Array(msg.counter);
  const segments = counters.length;
  const dec = decoder as SharedDecoder;
  for (let k = 0; k < segments; k++) {
    const s = (msg.worker + k) % segments;
    const start = Math.floor((s * msg.order.length) / segments);
    const end = Math.floor(((s + 1) * msg.order.length) / segments);
    for (;;) {
      const from = start + Atomics.add(counters, s, BATCH);
      if (from >= end) break;
      const results: [number, PageResult][] = [];
      for (let j = from; j < Math.min(from + BATCH, end); j++) {
        const i = msg.order[j] as number;
        const ctx = contexts[msg.templateOf[i] as number] as PageContext;
        // A page cached from an identical render is copied; if its pack is gone, it comes back in the next round.
        const cached = msg.copies[i];
        if (cached) results.push([i, files.copy(path.join(ctx.outDir, cached.output), cached.from) ? { output: cached.output, reads: cached.reads } : { uncopied: true }]);
        else results.push([i, await render(ctx, dec.item(msg.items, i))]);
      }
      parentPort?.postMessage({ type: "results", round: msg.round, results } satisfies PageReply);
    }
  }
  files.close();
  closePacks();
  parentPort?.postMessage({ type: "end", round: msg.round } satisfies PageReply);
}

// One message at a time, in order: a round must not start before its context is in place.
let chain: Promise<void> = Promise.resolve();
parentPort?.on("message", (msg: PageMessage) => {
  chain = chain.then(() => handle(msg)).catch((e: unknown) => {
    parentPort?.postMessage({ type: "failed", error: (e as Error).stack ?? String(e) } satisfies PageReply);
  });
});
