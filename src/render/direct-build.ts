/**
 * `bantin build --incremental` without Eleventy, when nothing but content changed since the last
 * build into the folder: same code, same layouts, same options. The changed pages are rendered by
 * the layouts' own functions (src/render/direct.ts), copies synced, stale files removed and the
 * search index updated, exactly as the Eleventy build would; the equivalence test
 * (tests/pipeline/incremental.test.ts) holds it to that. Starting Eleventy costs more than the
 * whole rebuild of one edited article (about 0.9 s at 10k articles).
 */
import path from "node:path";
import { RenderSession } from "../cache/page-deps.ts";
import { pagesVersion, readPagesState, removePagesState, writePagesState } from "../cache/pages-store.ts";
import { lastBuildStats } from "../parallel/build-articles.ts";
import { outDirKind, outDirProblem, recoverInterruptedBuilds } from "../pipeline/out-dir.ts";
import { buildOptionsFromEnv, loadBuild } from "../pipeline/run.ts";
import { lastIndexStats, writeSearchIndex } from "../search/write-index.ts";
import { Unsupported, renderChanged, writePages, type RenderedPages } from "./direct.ts";
import { pageWorkersMin } from "../parallel/pool.ts";
import { passthroughCopies, pruneCopies, removeFile, syncCopies } from "./out-files.ts";
import type { BuildResult, SiteBuildOptions } from "./site-build.ts";
import { loadTemplates, type PageModule } from "./templates.ts";

/** Why the direct path gave the build back to Eleventy. */
export interface NotDirect {
  fallback: string;
}

/**
 * Build only what changed into `options.outDir`, in place, without Eleventy; or say why Eleventy
 * must build (no previous build there, other code, layouts or options, a template or a page this
 * path cannot render, more changed pages than one thread renders quickly). On `fallback` nothing
 * was written: the folder and its state are as the last build left them. A content error writes
 * nothing either; a template that throws neither.
 * `modules`: the page templates already loaded, by file name under layouts/pages (the CLI bundle).
 * @example const r = await buildDirect({ root, outDir: "/site/_site", incremental: true });
 */
export async function buildDirect(options: SiteBuildOptions, modules?: ReadonlyMap<string, PageModule>): Promise<BuildResult | NotDirect> {
  const started = performance.now();
  const build = options.build ?? buildOptionsFromEnv(options.root);
  const outDir = path.resolve(options.outDir);
  const kind = await outDirKind(outDir);
  // An unsafe folder is refused by the Eleventy build, with its reason.
  if (kind !== "site" || outDirProblem(outDir, [options.root, build.root], kind)) return { fallback: "chưa có bản dựng trước" };
  await recoverInterruptedBuilds(outDir);
  const previous = readPagesState(build.root, outDir);
  const version = pagesVersion(build);
  if (!previous) return { fallback: "không có trạng thái của bản dựng trước" };
  if (previous.version !== version) return { fallback: "mã, giao diện hoặc tùy chọn đã đổi" };
  const templates = await loadTemplates(options.root, modules);
  if (typeof templates === "string") return { fallback: templates };

  const loaded = await loadBuild(build);
  const load = (performance.now() - started) / 1000;
  if (!loaded.ok) return { ok: false, problems: loaded.problems, counts: loaded.counts, pages: 0 };
  const session = new RenderSession(loaded.data as unknown as Record<string, unknown>, version, previous);
  let rendered: RenderedPages | null;
  try {
    rendered = await renderChanged(session, templates, outDir, pageWorkersMin());
  } catch (cause) {
    // Nothing written yet: the folder and its state are as the last build left them.
    if (cause instanceof Unsupported) return { fallback: `trang đọc ${cause.message}` };
    return { ok: false, problems: loaded.problems, counts: loaded.counts, pages: 0, error: (cause as Error).stack ?? String(cause), incremental: true };
  }
  if (!rendered) return { fallback: `hơn ${pageWorkersMin()} trang thay đổi, dựng trên nhiều luồng` };
  // Only valid for the folder as it was: a build that fails while writing forgets it (the next is a full build).
  removePagesState(build.root, outDir);
  const pages = writePages(outDir, rendered);
  const copies = Object.fromEntries(Object.entries(passthroughCopies(build.root, options.root)).map(([to, from]) => [to, path.resolve(from)]));
  const copied = syncCopies(outDir, copies);
  const { state, stale } = session.finish();
  for (const rel of stale) removeFile(outDir, rel);
  pruneCopies(outDir, copies);
  if (process.env["BANTIN_NO_SEARCH"] !== "1") await writeSearchIndex(outDir, loaded.data.articles, loaded.data.categories, build.root);
  writePagesState(build.root, outDir, state);
  if (process.env["BANTIN_TIMINGS"] === "1") {
    const total = (performance.now() - started) / 1000;
    console.error(`bantin-timings ${JSON.stringify({ load, articles: lastBuildStats(), direct: total - load, search: lastIndexStats(), files: pages + copied })}`);
  }
  return { ok: true, problems: loaded.problems, counts: loaded.counts, pages: pages + copied, incremental: true, direct: true };
}
