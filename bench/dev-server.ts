/** One edit through the dev server: the time from saving a file to Eleventy's "Wrote N files" line. */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { BENCH_NOW } from "./tools.ts";
import { CHROMIUM, launch } from "../tests/helpers/browser.ts";

/** What one edit cost. */
export interface DevEdit {
  /** Saving the file → the rebuild's summary line, seconds. */
  seconds: number;
  /** Saving the file → the new text shown in a browser tab open on the article (live reload), seconds; null without a browser. */
  visible: number | null;
  /** Files Eleventy wrote for it. */
  files: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** When `text` appears in the tab (polled every 10 ms; a live reload may replace the document meanwhile). */
async function shownAt(page: Page, text: string): Promise<number> {
  for (const end = Date.now() + 10 * 60_000; Date.now() < end; await sleep(10)) {
    const found = await page.evaluate((t) => document.body?.innerText.includes(t) ?? false, text).catch(() => false);
    if (found) return performance.now();
  }
  throw new Error(`dev server: "${text}" never shown in the browser`);
}

/**
 * Start `bantin serve` on the corpus, wait for the first build, then time `runs` edits (the search
 * index is written within each rebuild, so it is in the time unless `env` sets BANTIN_NO_SEARCH=1).
 * @example await measureDevServer({ snapshot, corpus, edit: (i) => appendTo(file, i), runs: 3 })
 */
export async function measureDevServer(o: { snapshot: string; corpus: string; edit(i: number): string; runs: number; env?: NodeJS.ProcessEnv; watch?: { path: string; text(i: number): string } }): Promise<DevEdit[]> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(o.snapshot, "bin/bantin.js"), "serve", "--port", String(port), "--now", BENCH_NOW], {
    cwd: o.snapshot,
    env: { ...process.env, ...o.env, BANTIN_ROOT: o.corpus },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const lines: { at: number; text: string }[] = [];
  const onData = (d: Buffer) => {
    output += d.toString();
    for (const text of d.toString().split("\n")) lines.push({ at: performance.now(), text });
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const lineAfter = async (t: number, pattern: RegExp, timeoutMs: number) => {
    for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(20)) {
      const hit = lines.find((l) => l.at > t && pattern.test(l.text));
      if (hit) return hit;
    }
    throw new Error(`dev server: no line like ${pattern} within ${timeoutMs / 1000} s:\n${output.slice(-2000)}`);
  };
  const wroteAfter = (t: number, timeoutMs: number) => lineAfter(t, /Wrote/, timeoutMs);
  const edits: DevEdit[] = [];
  let browser: Browser | null = null;
  try {
    await wroteAfter(0, 30 * 60_000);
    // The first search index is written after the first build, in the background: edits are timed once it is done.
    if (o.env?.["BANTIN_NO_SEARCH"] !== "1") await lineAfter(0, /Tìm kiếm sẵn sàng/, 30 * 60_000);
    // What the editor sees: a tab open on the article, reloaded by the dev server's live reload.
    browser = o.watch && existsSync(CHROMIUM) ? await launch() : null;
    const page = browser ? await browser.newPage() : null;
    if (page && o.watch) await page.goto(`http://127.0.0.1:${port}${o.watch.path}`);
    for (let i = 0; i < o.runs; i++) {
      await sleep(1500);
      const t = performance.now();
      const shown = page && o.watch ? shownAt(page, o.watch.text(i)) : null;
      o.edit(i);
      const hit = await wroteAfter(t, 10 * 60_000);
      const visible = shown ? ((await shown) - t) / 1000 : null;
      edits.push({ seconds: (hit.at - t) / 1000, visible, files: Number(/Wrote (\d+) files/.exec(hit.text)?.[1] ?? 0) });
      process.stderr.write(`  dev server edit ${i + 1}: ${((hit.at - t) / 1000).toFixed(2)} s${visible === null ? "" : `, in the browser ${visible.toFixed(2)} s`}, ${hit.text.trim()}\n`);
    }
  } finally {
    await browser?.close();
    // The server and the Eleventy process it started share a process group: stop exactly that group.
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  }
  return edits;
}
