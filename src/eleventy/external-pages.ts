/**
 * Large builds hand the article pages to worker threads: same template function, same data, same
 * output path, but rendered and written on every core while Eleventy (one thread) renders the rest.
 * Eleventy then skips them (`paged()` → `select` leaves claimed items out).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { RenderSession } from "../cache/page-deps.ts";
import { pageWorkersMin, workerCount } from "../parallel/pool.ts";
import { buildOptionsFromEnv } from "../pipeline/run.ts";
import { eleventyInputPath } from "../render/templates.ts";

/**
 * Templates paginated one page per item over a `bantin` list, reading neither pagination neighbours
 * nor collections: articles, then the category, tag and archive lists, then people. Eleventy keeps
 * the few single pages, the feeds and the people index.
 */
const EXTERNAL = [
  { file: "layouts/pages/article.11ty.tsx", key: "articlePages" },
  { file: "layouts/pages/list.11ty.tsx", key: "listPages" },
  { file: "layouts/pages/people.11ty.tsx", key: "people" },
];

/**
 * Take the changed pages of the big templates away from Eleventy (synchronously, before Eleventy
 * paginates) and render them on worker threads into `outDir`, recording them in the session.
 * The promise gives how many pages were written (0 when not worth it).
 * @example const external = startExternalPages(session, process.cwd(), tmpDir); await elev.write(); await external;
 */
export function startExternalPages(session: RenderSession, root: string, outDir: string): Promise<number> {
  const threads = workerCount();
  const min = pageWorkersMin();
  if (threads < 1) return Promise.resolve(0);
  const data = session.siteData;
  const jobs: { file: string; inputPath: string; items: unknown[] }[] = [];
  let everyPage = true;
  for (const t of EXTERNAL) {
    const list = data[t.key];
    if (!Array.isArray(list)) continue;
    const inputPath = eleventyInputPath(path.join(root, t.file));
    const items = session.select(inputPath, list);
    if (items.length !== list.length) everyPage = false;
    jobs.push({ file: t.file, inputPath, items });
  }
  // Worth threads only for many pages; then every listed template goes to them, in one pool.
  if (jobs.reduce((n, j) => n + j.items.length, 0) < min) return Promise.resolve(0);
  for (const job of jobs) session.claim(job.inputPath, job.items);
  return (async () => {
    // Loaded only here: an incremental build of a few pages never starts page workers.
    const [{ renderOnWorkers }, { PageCache }] = await Promise.all([import("../parallel/page-pool.ts"), import("../parallel/page-cache.ts")]);
    // Unchanged pages are copied from the page cache of the content root (BANTIN_CACHE=0: none).
    const cache = process.env["BANTIN_CACHE"] === "0" ? null : PageCache.open(buildOptionsFromEnv(root).root, data);
    const pageJobs = [];
    const startKeys = new Set(["site", "categories"]);
    for (const job of jobs) {
      for (const k of session.previousReads(job.inputPath)) startKeys.add(k);
      const module = pathToFileURL(path.join(root, job.file)).href;
      // In output path order: neighbours on disk are written together.
      const { data: tpl } = (await import(module)) as { data: { permalink(d: object): string } };
      const output = (item: unknown) => {
        const rel = tpl.permalink({ item, bantin: data }).replace(/^\/+/, "");
        return (rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel).split("/").join(path.sep);
      };
      const sorted = job.items.map((item) => ({ item, out: output(item) })).sort((a, b) => (a.out < b.out ? -1 : a.out > b.out ? 1 : 0));
      const items = sorted.map((x) => x.item);
      pageJobs.push({ module, inputPath: job.inputPath, items, cached: cache?.plan(job.inputPath, items) });
    }
    const pages = await renderOnWorkers({ jobs: pageJobs, bantin: data, startKeys: [...startKeys], outDir, threads, htmlDir: cache?.dir });
    cache?.remember(pages);
    cache?.save(everyPage);
    for (const p of pages) session.recordExternal(p.inputPath, p.item, p.output, p.reads);
    return pages.length;
  })();
}
