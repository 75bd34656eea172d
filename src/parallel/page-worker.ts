/**
 * Worker side of the page pool: takes pages from a shared counter (so no thread waits for the busy
 * main thread between batches), renders them with the very function Eleventy calls, and writes them.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import type { PageMessage, PageReply, PageResult } from "./page-pool.ts";
import { MissingKey, renderPage, type PageContext, type TemplateModule } from "./render-page.ts";
import { SharedDecoder } from "./shared-pages.ts";

/** Pages taken from the counter at a time, and reported in one message. */
const BATCH = 16;

/** One context per template, in the order of the context message. */
let contexts: PageContext[] = [];
let decoder: SharedDecoder | null = null;

async function render(ctx: PageContext, item: unknown): Promise<PageResult> {
  try {
    const { output, html, reads } = await renderPage(ctx, item);
    const file = path.join(ctx.outDir, output);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, html);
    return { output, reads };
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
    return;
  }
  const counter = new Int32Array(msg.counter);
  const dec = decoder as SharedDecoder;
  for (;;) {
    const from = Atomics.add(counter, 0, BATCH);
    if (from >= msg.order.length) break;
    const results: [number, PageResult][] = [];
    for (let j = from; j < Math.min(from + BATCH, msg.order.length); j++) {
      const i = msg.order[j] as number;
      results.push([i, await render(contexts[msg.templateOf[i] as number] as PageContext, dec.item(msg.items, i))]);
    }
    parentPort?.postMessage({ type: "results", round: msg.round, results } satisfies PageReply);
  }
  parentPort?.postMessage({ type: "end", round: msg.round } satisfies PageReply);
}

// One message at a time, in order: a round must not start before its context is in place.
let chain: Promise<void> = Promise.resolve();
parentPort?.on("message", (msg: PageMessage) => {
  chain = chain.then(() => handle(msg)).catch((e: unknown) => {
    parentPort?.postMessage({ type: "failed", error: (e as Error).stack ?? String(e) } satisfies PageReply);
  });
});
