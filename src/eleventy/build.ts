/** A production build: content checked first, Eleventy writes to a temporary folder, then it is swapped in. */
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Problem } from "../content/problems.ts";
import { buildOptionsFromEnv, loadBuild, primeBuild, type BuildCounts, type BuildOptions } from "../pipeline/run.ts";
import { outDirKind, outDirProblem } from "../pipeline/out-dir.ts";
import { readPagesState, removePagesState, writePagesState } from "../cache/pages-store.ts";
import { addExternalPages, beginSession, finishedState, usePreviousState } from "./incremental.ts";
import { startExternalPages } from "./external-pages.ts";
import { lastIndexStats } from "./search.ts";
import { lastBuildStats } from "../parallel/build-articles.ts";

export interface BuildResult {
  ok: boolean;
  problems: Problem[];
  /** Where every content file went; null when the build stopped before reading content (unsafe --out). */
  counts: BuildCounts | null;
  /** Files written. */
  pages: number;
  /** Why the build failed, when it did not fail on content. */
  error?: string;
  /** True when only the changed pages were rendered, in place (`incremental` with a previous build). */
  incremental?: boolean;
}

export interface SiteBuildOptions {
  /** bantin's own root: layouts/pages and .eleventy.ts. */
  root: string;
  outDir: string;
  /** Content root, clock and drafts; from BANTIN_ROOT, BANTIN_NOW and BANTIN_DRAFTS when left out. */
  build?: BuildOptions;
  /**
   * Render only the pages whose data changed since the last build into `outDir`, in place (not
   * atomic), and delete the pages that are gone. Without a usable last build it is a full build.
   */
  incremental?: boolean;
}

/** Render the site into `out`: the big templates' pages on worker threads, then Eleventy; returns the files written. */
async function writeWithEleventy(root: string, out: string, data: object, options: BuildOptions, fresh: boolean): Promise<number> {
  const started = performance.now();
  const elev = new Eleventy(path.join(root, "layouts/pages"), out, {
    configPath: path.join(root, ".eleventy.ts"),
    quietMode: true,
  });
  await elev.init();
  // The article pages on worker threads while Eleventy renders the rest; its end-of-build step waits for them.
  let onWorkers = 0;
  const external = startExternalPages(beginSession(data, options), root, out).then((n) => {
    onWorkers = (performance.now() - started) / 1000;
    return n;
  });
  addExternalPages(external);
  let written: [unknown[], unknown[]] | unknown[];
  try {
    written = (await elev.write()) as unknown as [unknown[], unknown[]] | unknown[];
  } catch (cause) {
    // Let the threads finish writing before the caller removes the folder.
    await external.catch(() => 0);
    throw cause;
  }
  const files = (await external) + (Array.isArray(written[1]) ? (written[1] as unknown[]).length : 0);
  // Where the time went, for the bench and for anyone asking why a build is slow.
  if (process.env["BANTIN_TIMINGS"] === "1") {
    const eleventy = (performance.now() - started) / 1000;
    console.error(`bantin-timings ${JSON.stringify({ load: loadSeconds, articles: lastBuildStats(), eleventy, workers: onWorkers, search: lastIndexStats(), files })}`);
  }
  return files;
}

let loadSeconds = 0;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Undo what a killed build left: `<out>.tmp-<pid>` folders are removed; `<out>.old-<pid>` is put back
 * when the build died between its two renames (no `<out>` left), else removed. Folders of a build
 * still running are left alone.
 */
export async function recoverInterruptedBuilds(outDir: string): Promise<void> {
  const dir = path.dirname(outDir);
  const base = path.basename(outDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  const leftovers = names
    .map((name) => ({ name, m: new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(tmp|old)-(\\d+)$`).exec(name) }))
    .filter((x) => x.m && !alive(Number(x.m[2])));
  for (const { name, m } of leftovers) {
    const full = path.join(dir, name);
    if (m?.[1] === "old" && (await outDirKind(outDir)) === "absent") await rename(full, outDir);
    else await rm(full, { recursive: true, force: true });
  }
}

/** Set the variables the Eleventy plugin reads; returns a function that puts the old values back. */
function withEnv(vars: Record<string, string>): () => void {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  return () => {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

/**
 * Build into `<outDir>.tmp-<pid>`, then replace `outDir` in two renames. On any failure the old
 * `outDir` is left exactly as it was and the temporary folder is removed; a build killed midway is
 * repaired by the next one (`recoverInterruptedBuilds`).
 * @example await buildSite({ root: process.cwd(), outDir: path.resolve("_site") })
 */
export async function buildSite(options: SiteBuildOptions): Promise<BuildResult> {
  const buildOptions = options.build ?? buildOptionsFromEnv(options.root);
  const unsafe = outDirProblem(options.outDir, [options.root, buildOptions.root], await outDirKind(options.outDir));
  if (unsafe) return { ok: false, problems: [], counts: null, pages: 0, error: unsafe };
  // First, so a site lost by a build killed between its renames is back even if this build fails.
  await recoverInterruptedBuilds(options.outDir);
  const loadStarted = performance.now();
  const loaded = await loadBuild(buildOptions);
  loadSeconds = (performance.now() - loadStarted) / 1000;
  if (!loaded.ok) return { ok: false, problems: loaded.problems, counts: loaded.counts, pages: 0 };
  primeBuild(buildOptions, loaded);
  const previous = options.incremental && (await outDirKind(options.outDir)) === "site" ? readPagesState(buildOptions.root, options.outDir) : null;
  if (previous) {
    const restore = withEnv({ BANTIN_ROOT: buildOptions.root, BANTIN_NOW: buildOptions.now, BANTIN_DRAFTS: buildOptions.includeDrafts ? "1" : "0" });
    usePreviousState(previous);
    // The state is only valid for the folder as it is now: a build that fails midway forgets it.
    removePagesState(buildOptions.root, options.outDir);
    try {
      const pages = await writeWithEleventy(options.root, options.outDir, loaded.data, buildOptions, false);
      const state = finishedState();
      if (state) writePagesState(buildOptions.root, options.outDir, state);
      return { ok: true, problems: loaded.problems, counts: loaded.counts, pages, incremental: true };
    } catch (cause) {
      return { ok: false, problems: loaded.problems, counts: loaded.counts, pages: 0, error: (cause as Error).stack ?? String(cause), incremental: true };
    } finally {
      usePreviousState(null);
      restore();
    }
  }
  // A fresh folder: every page is rendered.
  usePreviousState(null);
  const tmp = `${options.outDir}.tmp-${process.pid}`;
  const old = `${options.outDir}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(path.dirname(options.outDir), { recursive: true });
  // The plugin reads its options from the environment: give it exactly these, so the primed load is used.
  const restoreEnv = withEnv({ BANTIN_ROOT: buildOptions.root, BANTIN_NOW: buildOptions.now, BANTIN_DRAFTS: buildOptions.includeDrafts ? "1" : "0" });
  try {
    const pages = await writeWithEleventy(options.root, tmp, loaded.data, buildOptions, true);
    if (!(await stat(path.join(tmp, "index.html")).catch(() => null))) throw new Error(`Eleventy không ghi ${tmp}/index.html`);
    await rename(options.outDir, old).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== "ENOENT") throw e;
    });
    await rename(tmp, options.outDir);
    await rm(old, { recursive: true, force: true });
    // What each page was rendered from, so `bantin build --incremental` can skip unchanged pages.
    const state = finishedState();
    if (state) writePagesState(buildOptions.root, options.outDir, state);
    else removePagesState(buildOptions.root, options.outDir);
    return { ok: true, problems: loaded.problems, counts: loaded.counts, pages };
  } catch (cause) {
    await rm(tmp, { recursive: true, force: true });
    // Failed between the two renames: put the previous site back.
    if ((await outDirKind(options.outDir)) === "absent") await rename(old, options.outDir).catch(() => undefined);
    return { ok: false, problems: loaded.problems, counts: loaded.counts, pages: 0, error: (cause as Error).stack ?? String(cause) };
  } finally {
    restoreEnv();
  }
}
