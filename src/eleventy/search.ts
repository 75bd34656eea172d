/** Search: after Eleventy writes the site, pagefind indexes its article pages (with folded đ-words) into /pagefind/. */
import { readdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import * as pagefind from "pagefind";
import { withFoldedCopy } from "../search/index-page.ts";
import { pagesSettled } from "./incremental.ts";
import { enableSearchStream, takeSearchStream } from "./search-stream.ts";

/** Thrown when pagefind refuses a page or cannot write its index; names the page and keeps the cause. */
export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/** Pages sent to pagefind before waiting for one to be indexed. */
const IN_FLIGHT = 16;

/** Site URL of an output file: `tin-tuc/abc/index.html` → `/tin-tuc/abc/`. */
export function urlOf(relFile: string): string {
  return "/" + relFile.split(path.sep).join("/").replace(/(^|\/)index\.html$/, "$1");
}

/**
 * Index every article page under `outputDir` and write `outputDir/pagefind/`. Reads the pages from
 * disk, so the dev server's incremental rebuilds index the whole site, not only what changed.
 * @example await indexSite("/tmp/site") // { pages: 49 }
 */
export async function indexSite(outputDir: string): Promise<{ pages: number }> {
  const started = performance.now();
  try {
    return await indexSiteNow(outputDir);
  } finally {
    lastSeconds = (performance.now() - started) / 1000;
  }
}

let lastSeconds = 0;

let lastStreamed = false;

/** Seconds the last `indexSite` took (bantin build prints it with BANTIN_TIMINGS=1). */
export function lastIndexSeconds(): number {
  return lastSeconds;
}

/** Whether the last index was the one fed while pages were rendered. */
export function lastIndexStreamed(): boolean {
  return lastStreamed;
}

async function indexSiteNow(outputDir: string): Promise<{ pages: number }> {
  const files = (await readdir(outputDir, { recursive: true }))
    .filter((f) => f.endsWith(".html") && !f.startsWith("pagefind"))
    .sort();
  // Written beside the live index, then swapped in: pagefind never deletes, and a build into a folder
  // that already has an index (incremental, dev server) must not keep its stale fragments.
  const fresh = path.join(outputDir, `pagefind.tmp-${process.pid}`);
  await rm(fresh, { recursive: true, force: true });
  // Pages fed to pagefind while they were rendered (full builds): used when they are exactly what the folder gives.
  const stream = takeSearchStream();
  if (stream) await stream.drain();
  const streamed = stream && (await stream.covers(outputDir, files)) ? stream.index : null;
  lastStreamed = streamed !== null;
  const { index, errors } = streamed ? { index: streamed, errors: [] } : await pagefind.createIndex({ forceLanguage: "vi" });
  if (!index) throw new SearchIndexError(`pagefind: không tạo được chỉ mục tìm kiếm: ${errors.join("; ")}`);
  let pages = streamed ? (stream?.added.length ?? 0) : 0;
  try {
    // A few pages in flight: pagefind parses them in its own process while this one reads the next.
    // The index does not depend on the order pages arrive in (checked: same bytes as one at a time).
    const inFlight = new Set<Promise<void>>();
    for (const file of streamed ? [] : files) {
      const html = await readFile(path.join(outputDir, file), "utf8");
      if (!html.includes("data-pagefind-body")) continue;
      const added: Promise<void> = index.addHTMLFile({ url: urlOf(file), content: withFoldedCopy(html) }).then((r) => {
        inFlight.delete(added);
        if (r.errors.length) throw new SearchIndexError(`pagefind: ${file}: ${r.errors.join("; ")}`);
      });
      // Seen by the next race or the final all; this keeps Node from calling it unhandled meanwhile.
      added.catch(() => undefined);
      inFlight.add(added);
      pages++;
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    const written = await index.writeFiles({ outputPath: fresh });
    if (written.errors.length) throw new SearchIndexError(`pagefind: không ghi được ${outputDir}/pagefind: ${written.errors.join("; ")}`);
    await rm(path.join(outputDir, "pagefind"), { recursive: true, force: true });
    await rename(fresh, path.join(outputDir, "pagefind"));
  } finally {
    await rm(fresh, { recursive: true, force: true });
    await pagefind.close();
  }
  return { pages };
}

/** The dev server's indexing: one run at a time, and one more after it when pages changed meanwhile. */
let running: Promise<void> | null = null;
let again = false;

function indexInBackground(outputDir: string): void {
  if (running) {
    again = true;
    return;
  }
  running = indexSite(outputDir)
    .then(() => undefined)
    .catch((e: unknown) => console.error((e as Error).message))
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        indexInBackground(outputDir);
      }
    });
}

/**
 * Registers the indexing step on `eleventy.after`. `bantin build` waits for it (the index is part of
 * the site). The dev server does not: the edited page reloads at once, and search catches up a few
 * seconds later (pagefind re-indexes every page; at 10k articles that takes tens of seconds).
 */
export default function search(eleventyConfig: UserConfig): void {
  // `bantin build` may then feed pages to pagefind while they are rendered (search-stream.ts).
  enableSearchStream();
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode?: string }) => {
    const outputDir = path.resolve(directories.output);
    // Pages written on worker threads, and stale pages removed, before reading the folder.
    await pagesSettled();
    if (runMode === "serve" || runMode === "watch") indexInBackground(outputDir);
    else await indexSite(outputDir);
  });
}
