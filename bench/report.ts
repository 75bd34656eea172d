/** The bench's tables: medians per tool and size, ratios from the same run, and the section kept in docs/benchmarks.md. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { median } from "./measure.ts";
import type { DevEdit } from "./dev-server.ts";

/** One tool's runs on one corpus. */
export interface Row {
  tool: string;
  runs: { wall: number; cpu: number; peakMiB: number; pages: number; timings: Record<string, unknown> | null; failed?: string }[];
}

/** Everything measured on one corpus size. */
export interface SizeResult {
  n: number;
  rows: Row[];
  incremental?: Row;
  devServer?: DevEdit[];
  extraction?: { articles: number; mb: number; seconds: number; mbPerSecond: number };
}

/** The machine, as the report names it. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "?";
  return `${cpu}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Linux ${os.release()}, Node ${process.versions.node}`;
}

const s = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} s` : "–");
const mib = (x: number) => `${x.toFixed(0)} MiB`;
const med = (row: Row | undefined, f: (r: Row["runs"][number]) => number) => (row && row.runs.length ? median(row.runs.map(f)) : NaN);
const num = (t: Record<string, unknown> | null, k: string) => (typeof t?.[k] === "number" ? (t[k] as number) : NaN);
/** Seconds of the search step (bantin-timings `search.seconds`), median over the runs. */
const searchSeconds = (row: Row | undefined) => med(row, (x) => num((x.timings?.["search"] as Record<string, unknown> | null) ?? null, "seconds"));

/**
 * The report as Markdown.
 * @example renderReport({ machine: machine(), started, loadBefore, loadAfter, runs: 3, hugo: true, results })
 */
export function renderReport(o: { machine: string; started: Date; loadBefore: string; loadAfter: string; runs: number; hugo: boolean; results: SizeResult[] }): string {
  const out: string[] = [];
  out.push(`Run ${o.started.toISOString()} on ${o.machine}. Load average ${o.loadBefore} before, ${o.loadAfter} after (other work shares this machine). Each figure is the median of ${o.runs} runs, tools interleaved; wall time and peak RSS are of the whole process tree (worker threads included), CPU is user + system.`);
  for (const r of o.results) {
    out.push("", `### ${r.n.toLocaleString("en")} articles`, "", "| tool | wall | CPU | peak RSS | pages (.html) |", "|---|---|---|---|---|");
    for (const row of r.rows) {
      const failed = row.runs.find((x) => x.failed);
      if (failed) out.push(`| ${row.tool} | failed after ${s(failed.wall)} (${failed.failed}) | ${s(failed.cpu)} | ${mib(failed.peakMiB)} | ${failed.pages} |`);
      else out.push(`| ${row.tool} | ${s(med(row, (x) => x.wall))} | ${s(med(row, (x) => x.cpu))} | ${mib(med(row, (x) => x.peakMiB))} | ${med(row, (x) => x.pages)} |`);
    }
    const cold = r.rows.find((x) => x.tool.startsWith("bantin (cold"));
    const warm = r.rows.find((x) => x.tool.startsWith("bantin (warm"));
    const ratio = (a: Row | undefined, name: string) => {
      const b = r.rows.find((x) => x.tool.startsWith(name));
      return b ? (med(a, (x) => x.wall) / med(b, (x) => x.wall)).toFixed(2) : "–";
    };
    out.push("", `Ratios (wall, medians of this run): bantin cold / plain Eleventy = **${ratio(cold, "plain Eleventy")}**, warm = ${ratio(warm, "plain Eleventy")}; bantin cold / floor = **${ratio(cold, "floor")}**, warm = ${ratio(warm, "floor")}${o.hugo ? `; bantin cold / Hugo = ${ratio(cold, "Hugo")}, warm = ${ratio(warm, "Hugo")}` : ""}.`);
    const phases = (row: Row | undefined) => {
      const t = (k: string) => med(row, (x) => num(x.timings, k));
      const a = (k: string) => med(row, (x) => num((x.timings?.["articles"] as Record<string, unknown> | null) ?? null, k));
      return `load + page data ${s(t("load"))} (of which building articles ${s(a("seconds"))}, ${a("built")} built on ${a("threads")} thread(s), ${a("cached")} from cache), Eleventy ${s(t("eleventy"))} (of which search index ${s(searchSeconds(row))})`;
    };
    out.push("", `bantin phases, cold: ${phases(cold)}.`, `bantin phases, warm: ${phases(warm)}.`);
    if (r.extraction) {
      const e = r.extraction;
      const share = (e.seconds / med(cold, (x) => x.cpu)) * 100;
      out.push("", `Extraction: ${e.mbPerSecond.toFixed(1)} MB/s of Markdown on one thread (${e.mb.toFixed(1)} MB in ${s(e.seconds)}), ${share.toFixed(1)}% of the cold build's CPU time; 0% on a warm cache.`);
    }
    if (r.incremental) {
      const inc = r.incremental;
      const t = (k: string) => med(inc, (x) => num(x.timings, k));
      out.push("", `One edit, \`bantin build --incremental\`: **${s(med(inc, (x) => x.wall))}** wall (median), ${mib(med(inc, (x) => x.peakMiB))} peak, ${t("files")} files written; of which load + page data ${s(t("load"))}, ${inc.runs.every((x) => x.timings?.["direct"] !== undefined) ? `pages without Eleventy (render, copies, search) ${s(t("direct"))}` : `Eleventy ${s(t("eleventy"))}`}, search index ${s(searchSeconds(inc))} (${med(inc, (x) => num((x.timings?.["search"] as Record<string, unknown> | null) ?? null, "written"))} of its files written).`);
    }
    if (r.devServer?.length) {
      const d = r.devServer;
      out.push("", `One edit through the dev server (save → Eleventy's "Wrote" line): **${s(median(d.map((x) => x.seconds)))}** (median of ${d.map((x) => x.seconds.toFixed(2)).join(", ")} s), ${median(d.map((x) => x.files))} files written.`);
      const shown = d.flatMap((x) => (x.visible === null ? [] : [x.visible]));
      if (shown.length) out.push("", `Save → the new sentence shown in a browser tab open on the article (live reload, chromium): **${s(median(shown))}** (median of ${shown.map((x) => x.toFixed(2)).join(", ")} s).`);
    }
  }
  return out.join("\n");
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** Replace the measured section of docs/benchmarks.md (between the markers), keeping the prose around it. */
export function writeDocs(file: string, report: string): void {
  const text = existsSync(file) ? readFileSync(file, "utf8") : `# Benchmarks\n\n## Last results\n\n${START}\n${END}\n`;
  const at = text.indexOf(START);
  const end = text.indexOf(END);
  const next = at >= 0 && end > at ? `${text.slice(0, at + START.length)}\n${report}\n${text.slice(end)}` : `${text.trimEnd()}\n\n${START}\n${report}\n${END}\n`;
  writeFileSync(file, next);
}
