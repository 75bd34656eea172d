/** A production build: content checked first, Eleventy writes to a temporary folder, then it is swapped in. */
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { buildOptionsFromEnv, loadBuild, primeBuild, type BuildOptions } from "../pipeline/run.ts";
import type { BuildResult, SiteBuildOptions } from "../render/site-build.ts";
import { outDirKind, outDirProblem, recoverInterruptedBuilds } from "../pipeline/out-dir.ts";
import { readPagesState, removePagesState, writePagesState } from "../cache/pages-store.ts";
export type { BuildResult, SiteBuildOptions } from "../render/site-build.ts";
import { addExternalPages, beginSession, finishedState, usePreviousState } from "./incremental.ts";
import { startExternalPages } from "./external-pages.ts";
import { lastIndexStats } from "../search/write-index.ts";
import { lastBuildStats } from "../parallel/build-articles.ts";

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
