/**
 * What the search index costs at scale: a whole index of a corpus, the same again (nothing
 * changed), and the index after one edited article, each written into a temporary folder.
 * Usage: tsx bench/search-speed.ts <corpus root> [--runs 3]   (appends a sentence to one article, then restores it)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadBuild } from "../src/pipeline/run.ts";
import { lastIndexStats, writeSearchIndex } from "../src/search/write-index.ts";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { runs: { type: "string", default: "3" } } });
const root = positionals[0];
if (!root) throw new Error("usage: search-speed.ts <corpus root> [--runs N]");
const options = { root, now: "2026-06-01T00:00:00+07:00", includeDrafts: false };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const out = mkdtempSync(path.join(os.tmpdir(), "bantin-search-speed-"));

async function index(label: string, runs: number): Promise<void> {
  const times: number[] = [];
  let written = 0;
  for (let i = 0; i < runs; i++) {
    const loaded = await loadBuild(options);
    if (!loaded.ok) throw new Error(loaded.report);
    await writeSearchIndex(out, loaded.data.articles, loaded.data.categories, root ?? null);
    times.push(lastIndexStats().seconds);
    written = lastIndexStats().written;
  }
  console.log(`${label.padEnd(36)} ${median(times).toFixed(3)} s (median of ${times.map((t) => t.toFixed(3)).join(", ")}), ${written} files written`);
}

const dir = path.join(root, "content/y-te");
const year = readdirSync(dir).sort()[0] ?? "";
const file = path.join(dir, year, readdirSync(path.join(dir, year)).filter((f) => f.endsWith(".md")).sort()[0] ?? "");
const before = readFileSync(file);
try {
  await index("whole index (into an empty folder)", 1);
  await index("again, nothing changed", Number(values.runs));
  for (let i = 0; i < Number(values.runs); i++) {
    writeFileSync(file, `${before.toString()}\nMột câu sửa về vỉa hè phố Hàng Bài lần ${i}.\n`);
    await index(`after one edit (${i + 1})`, 1);
  }
} finally {
  writeFileSync(file, before);
  rmSync(out, { recursive: true, force: true });
}
