/** One edit through the dev server: the time from saving a file to Eleventy's "Wrote N files" line. */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { BENCH_NOW } from "./tools.ts";

/** What one edit cost. */
export interface DevEdit {
  /** Saving the file → the rebuild's summary line, seconds. */
  seconds: number;
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

/** The search index of the dev site, once the background indexing after the first build is done. */
async function searchSettled(devSite: string, since: number, timeoutMs: number): Promise<void> {
  const entry = path.join(devSite, "pagefind", "pagefind-entry.json");
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(500)) {
    const busy = existsSync(devSite) && readdirSync(devSite).some((f) => f.startsWith("pagefind.tmp-"));
    if (!busy && existsSync(entry) && statSync(entry).mtimeMs > since) return;
  }
}

/**
 * Start `bantin serve` on the corpus, wait for the first build (and its search index), then time `runs` edits.
 * @example await measureDevServer({ snapshot, corpus, edit: (i) => appendTo(file, i), runs: 3 })
 */
export async function measureDevServer(o: { snapshot: string; corpus: string; edit(i: number): string; runs: number }): Promise<DevEdit[]> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(o.snapshot, "bin/bantin.js"), "serve", "--port", String(port), "--now", BENCH_NOW], {
    cwd: o.snapshot,
    env: { ...process.env, BANTIN_ROOT: o.corpus },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const lines: { at: number; text: string }[] = [];
  const onData = (d: Buffer) => {
    output += d.toString();
    for (const text of d.toString().split("\n")) if (text.includes("Wrote")) lines.push({ at: performance.now(), text });
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const wroteAfter = async (t: number, timeoutMs: number) => {
    for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(20)) {
      const hit = lines.find((l) => l.at > t);
      if (hit) return hit;
    }
    throw new Error(`dev server: no rebuild within ${timeoutMs / 1000} s:\n${output.slice(-2000)}`);
  };
  const edits: DevEdit[] = [];
  try {
    const first = await wroteAfter(0, 30 * 60_000);
    await searchSettled(path.join(o.snapshot, ".cache/dev-site"), Date.now() - (performance.now() - first.at), 30 * 60_000);
    for (let i = 0; i < o.runs; i++) {
      await sleep(1500);
      const t = performance.now();
      o.edit(i);
      const hit = await wroteAfter(t, 10 * 60_000);
      edits.push({ seconds: (hit.at - t) / 1000, files: Number(/Wrote (\d+) files/.exec(hit.text)?.[1] ?? 0) });
      process.stderr.write(`  dev server edit ${i + 1}: ${((hit.at - t) / 1000).toFixed(2)} s, ${hit.text.trim()}\n`);
      // Let the background search index of this edit finish before the next one.
      await searchSettled(path.join(o.snapshot, ".cache/dev-site"), Date.now() - (performance.now() - hit.at), 30 * 60_000);
    }
  } finally {
    // The server and the Eleventy process it started share a process group: stop exactly that group.
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  }
  return edits;
}
