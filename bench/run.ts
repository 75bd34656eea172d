/**
 * `npm run bench`: build the same corpora with bantin and the baselines, interleaved, and print
 * medians of wall time, CPU time, peak memory and pages; then one-edit rebuilds and extraction speed.
 * Usage: tsx bench/run.ts [--large] [--runs 3] [--sizes 1000,10000] [--work /tmp/bantin-bench] [--no-docs]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { parseArgs } from "node:util";
import { corpusIsCurrent, writeCorpus } from "./corpus.ts";
import { countPages, measure, median, type Measurement } from "./measure.ts";
import { bantin, eleventy, floor, hugo, REPO, snapshotBantin, type Tool } from "./tools.ts";
import { measureDevServer } from "./dev-server.ts";
import { machine, renderReport, writeDocs, type Row, type SizeResult } from "./report.ts";

const { values } = parseArgs({
  options: {
    large: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    sizes: { type: "string" },
    work: { type: "string", default: "/tmp/bantin-bench" },
    "no-docs": { type: "boolean", default: false },
    "no-baselines": { type: "boolean", default: false },
    /** Only these baselines, e.g. `--baselines floor,hugo` at 100k, where plain Eleventy runs out of memory after 15 minutes. */
    baselines: { type: "string" },
  },
});
const runs = Math.max(1, Number(values.runs));
const sizes = values.sizes ? values.sizes.split(",").map(Number) : values.large ? [1000, 10000, 100000] : [1000, 10000];
const work = values.work;
const log = (s: string) => process.stderr.write(s + "\n");

const snapshot = snapshotBantin(path.join(work, "bantin-code"));
/** From 100k articles a run takes minutes: one round, and baselines may run out of time or memory. */
const LARGE = 100_000;
const hasHugo = spawnSync("hugo", ["version"]).status === 0;
const chosen = values.baselines?.split(",") ?? ["eleventy", "floor", "hugo"];
const baselines: Tool[] = values["no-baselines"] ? [] : [...(chosen.includes("eleventy") ? [eleventy] : []), ...(chosen.includes("floor") ? [floor] : []), ...(hasHugo && chosen.includes("hugo") ? [hugo] : [])];
/** A large corpus gets one round, and a baseline that runs out of time or memory is reported as such. */
const TIMEOUT_MS = 60 * 60_000;

/** The figures bantin prints with BANTIN_TIMINGS=1. */
function timingsOf(m: Measurement): Record<string, unknown> | null {
  const line = m.stderr.split("\n").find((l) => l.startsWith("bantin-timings "));
  return line ? (JSON.parse(line.slice("bantin-timings ".length)) as Record<string, unknown>) : null;
}

async function run(tool: Tool, corpus: string, out: string, options: { mayFail?: boolean } = {}): Promise<Row["runs"][number]> {
  tool.prepare?.(corpus, out);
  const c = tool.command(corpus, out);
  const m = await measure(c.cmd, c.args, { cwd: c.cwd, env: c.env, timeoutMs: TIMEOUT_MS });
  if (m.code !== 0 && options.mayFail) {
    const why = /heap out of memory|Allocation failed/i.test(m.stderr) ? "out of memory" : m.wall * 1000 >= TIMEOUT_MS ? "over the time limit" : `exit ${m.code}`;
    log(`  ${tool.name}: failed after ${m.wall.toFixed(0)} s (${why})`);
    return { wall: m.wall, cpu: m.cpu, peakMiB: m.peakMiB, pages: countPages(out), timings: null, failed: why };
  }
  if (m.code !== 0) throw new Error(`${tool.name} failed (${m.code}):\n${m.stderr.slice(-3000)}`);
  const row = { wall: m.wall, cpu: m.cpu, peakMiB: m.peakMiB, pages: countPages(out), timings: timingsOf(m) };
  log(`  ${tool.name}: ${m.wall.toFixed(1)} s, ${m.cpu.toFixed(1)} s CPU, ${m.peakMiB.toFixed(0)} MiB, ${row.pages} pages`);
  return row;
}

/** Append a sentence to one article: the edit a one-line fix makes. */
/** The article the one-edit measurements edit. */
function editedFile(corpus: string): string {
  const dir = path.join(corpus, "content/y-te");
  const year = readdirSync(dir).sort()[0] ?? "";
  return path.join(dir, year, readdirSync(path.join(dir, year)).filter((f) => f.endsWith(".md")).sort()[0] ?? "");
}

const editText = (i: number) => `Phó Chủ tịch UBND quận phát biểu bế mạc lần ${i}.`;

function editOne(corpus: string, i: number): string {
  const file = editedFile(corpus);
  appendFileSync(file, `\n${editText(i)}\n`);
  return file;
}

/** The edited article's address (/<category>/<slug>/) when its front matter names its slug, for a browser tab to watch. */
function editedPath(corpus: string): string | null {
  const { data } = matter(readFileSync(editedFile(corpus), "utf8"));
  return typeof data["slug"] === "string" ? `/${String(data["category"])}/${data["slug"]}/` : null;
}

const results: SizeResult[] = [];
const started = new Date();
const loadBefore = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
for (const n of sizes) {
  const corpus = path.join(work, `corpus-${n}`);
  if (!corpusIsCurrent({ n, out: corpus })) {
    log(`corpus ${n}: generating…`);
    writeCorpus({ n, out: corpus });
  }
  const large = n >= LARGE;
  const cold = bantin(snapshot, { cold: true, name: "bantin (cold cache)" });
  const warm = bantin(snapshot, { cold: false, name: "bantin (warm cache)" });
  const rounds = large ? 1 : runs;
  const tools = [cold, ...baselines];
  const rows = new Map<string, Row>(tools.map((t) => [t.name, { tool: t.name, runs: [] }]));
  for (let r = 0; r < rounds; r++) {
    log(`corpus ${n}, round ${r + 1}/${rounds}`);
    // Rotate the order each round, so a noisy minute does not always hit the same tool.
    for (const tool of [...tools.slice(r % tools.length), ...tools.slice(0, r % tools.length)]) {
      rows.get(tool.name)?.runs.push(await run(tool, corpus, path.join(work, `out-${n}-${tools.indexOf(tool)}`), { mayFail: large && !tool.name.startsWith("bantin") }));
    }
  }
  // Warm cache: the cold runs left the cache in place.
  const warmRow: Row = { tool: warm.name, runs: [] };
  for (let r = 0; r < rounds; r++) warmRow.runs.push(await run(warm, corpus, path.join(work, `out-${n}-warm`)));
  rows.set(warm.name, warmRow);
  const result: SizeResult = { n, rows: [...rows.values()] };
  if (!large && n === Math.max(...sizes.filter((s) => s < LARGE))) {
    // One edit, then `bantin build --incremental` on the warm run's folder, and the same through the dev server.
    const inc = bantin(snapshot, { cold: false, incremental: true, name: "bantin build --incremental (one edit)" });
    const incRow: Row = { tool: inc.name, runs: [] };
    const edited: string[] = [];
    // Not timed: the first incremental build after a code change makes the CLI's bundle (bin/direct-bundle.js), as a user's first one does.
    await run(inc, corpus, path.join(work, `out-${n}-warm`));
    for (let r = 0; r < runs; r++) {
      edited.push(editOne(corpus, r));
      incRow.runs.push(await run(inc, corpus, path.join(work, `out-${n}-warm`)));
    }
    result.incremental = incRow;
    log("dev server: one edit");
    const page = editedPath(corpus);
    result.devServer = await measureDevServer({ snapshot, corpus, edit: (i) => editOne(corpus, 100 + i), runs, ...(page ? { watch: { path: page, text: (i: number) => editText(100 + i) } } : {}) });
    // Put the corpus back as generated, so the next bench starts from the same bytes.
    writeCorpus({ n, out: corpus });
  }
  const speed = execFileSync(process.execPath, [path.join(REPO, "node_modules/tsx/dist/cli.mjs"), path.join(REPO, "bench/extract-speed.ts"), path.join(corpus, "content")], { encoding: "utf8" });
  result.extraction = JSON.parse(speed) as SizeResult["extraction"];
  results.push(result);
}
const loadAfter = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const report = renderReport({ machine: machine(), started, loadBefore, loadAfter, runs, hugo: hasHugo, results });
console.log(report);
if (!values["no-docs"]) {
  const docs = path.join(REPO, "docs/benchmarks.md");
  writeDocs(docs, report);
  log(`kết quả ghi vào ${docs}`);
}
writeFileSync(path.join(work, "last-results.json"), JSON.stringify(results, null, 2));
if (!existsSync(path.join(work, "last-results.json"))) process.exitCode = 1;
