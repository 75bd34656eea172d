/** The generators the bench compares, each as a command over one corpus: bantin, plain Eleventy, the floor, Hugo. */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The clock of every bantin build in the bench, so the sites are comparable. */
export const BENCH_NOW = "2026-06-01T00:00:00+07:00";

/** One way to build a corpus into an output folder. */
export interface Tool {
  name: string;
  /** The command, run from `cwd`. */
  command(corpus: string, out: string): { cmd: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv };
  /** Before each timed run (outside the timing): e.g. drop the output, or the cache for a cold build. */
  prepare?(corpus: string, out: string): void;
}

const node = process.execPath;
const tsxCli = path.join(REPO, "node_modules/tsx/dist/cli.mjs");

/**
 * A copy of bantin's code (src, layouts, bin, config) in `dir`, so teammates editing the working tree
 * while the bench runs cannot change what is measured; node_modules is linked.
 */
export function snapshotBantin(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ["src", "layouts", "bin", ".eleventy.ts", "package.json", "package-lock.json", "tsconfig.json"]) {
    if (existsSync(path.join(REPO, f))) cpSync(path.join(REPO, f), path.join(dir, f), { recursive: true });
  }
  symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

/** bantin as a user runs it; `cold` drops the article cache before each run. */
export function bantin(snapshot: string, options: { cold: boolean; incremental?: boolean; name: string }): Tool {
  return {
    name: options.name,
    command: (corpus, out) => ({
      cmd: node,
      args: [path.join(snapshot, "bin/bantin.js"), "build", "--root", corpus, "--out", out, "--now", BENCH_NOW, ...(options.incremental ? ["--incremental"] : [])],
      cwd: snapshot,
      env: { ...process.env, BANTIN_TIMINGS: "1" },
    }),
    prepare: (corpus, out) => {
      if (options.cold) rmSync(path.join(corpus, ".cache"), { recursive: true, force: true });
      if (!options.incremental) rmSync(out, { recursive: true, force: true });
    },
  };
}

/** Baseline (a): plain Eleventy, Markdown templates with a Nunjucks layout, paginated category pages. */
export const eleventy: Tool = {
  name: "plain Eleventy (a)",
  command: (corpus, out) => ({
    cmd: node,
    args: [path.join(REPO, "node_modules/@11ty/eleventy/cmd.cjs"), `--config=${path.join(REPO, "bench/baseline-eleventy/eleventy.config.js")}`, `--output=${out}`, "--quiet"],
    cwd: REPO,
    env: { ...process.env, BENCH_CONTENT: path.join(corpus, "content") },
  }),
  prepare: (_c, out) => rmSync(out, { recursive: true, force: true }),
};

/** Baseline (b): the floor, gray-matter + markdown-it + writeFile. */
export const floor: Tool = {
  name: "floor (b)",
  command: (corpus, out) => ({ cmd: node, args: [tsxCli, path.join(REPO, "bench/baseline-floor.ts"), path.join(corpus, "content"), out], cwd: REPO, env: process.env }),
  prepare: (_c, out) => rmSync(out, { recursive: true, force: true }),
};

/** Baseline (c): Hugo with the same minimal site, when `hugo` is installed. */
export const hugo: Tool = {
  name: "Hugo (c)",
  command: (corpus, out) => ({
    cmd: "hugo",
    args: ["--source", path.join(REPO, "bench/baseline-hugo"), "--destination", out, "--quiet"],
    cwd: REPO,
    env: { ...process.env, HUGO_CONTENTDIR: path.join(corpus, "content"), HUGO_STATICDIR: path.join(corpus, "content/images") },
  }),
  prepare: (_c, out) => rmSync(out, { recursive: true, force: true }),
};
