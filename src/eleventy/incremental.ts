/**
 * Incremental rendering: each build renders only the pages whose data changed since the previous
 * build into the same folder (see src/cache/page-deps.ts), then removes the files no page writes any more.
 */
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { currentSession, RenderSession, setCurrentSession, type PagesState } from "../cache/page-deps.ts";
import { pagesVersion } from "../cache/pages-store.ts";
import type { BuildOptions } from "../pipeline/run.ts";
import { startRebuildProfile, stopRebuildProfile } from "./rebuild-profile.ts";
import { pruneCopies, removeFile, type Copies } from "../render/out-files.ts";

let previous: PagesState | null = null;
let finished: PagesState | null = null;
/** Pages being written outside Eleventy (worker threads) in this build. */
let external: Promise<unknown> = Promise.resolve();
/** Settles when this build's pages are all on disk and the stale ones removed. */
let settled: Promise<void> = Promise.resolve();
/** When this build started and how long its data took, for BANTIN_TIMINGS=1. */
let startedAt = 0;
let dataSeconds = 0;

/** The `bantin` global data took this long (load, page data and fingerprints). */
export function noteDataSeconds(seconds: number): void {
  dataSeconds = seconds;
}

/** Pages rendered outside Eleventy in this build: the end-of-build step waits for them. */
export function addExternalPages(pages: Promise<unknown>): void {
  external = Promise.all([external, pages]);
  // Awaited by the end-of-build step; a build that fails before it must not crash on an unhandled rejection.
  external.catch(() => undefined);
}

/** Resolves once the build's pages are all written and stale ones removed: what reads the output (search) waits for it. */
export function pagesSettled(): Promise<void> {
  return settled;
}

/** Render against this state (a build into a folder that already holds its pages); null renders everything. */
export function usePreviousState(state: PagesState | null): void {
  previous = state;
}

/** The state of the last finished build in this process, to save for the next `--incremental`. */
export function finishedState(): PagesState | null {
  return finished;
}

/** Start the build's session once its data is known (called by the `bantin` global data). */
export function beginSession(data: object, options: BuildOptions): RenderSession {
  // The CLI starts the session before Eleventy (to hand pages to worker threads); the global data then finds it.
  const current = currentSession();
  if (current && current.siteData === data) return current;
  const session = new RenderSession(data as Record<string, unknown>, pagesVersion(options), previous);
  setCurrentSession(session);
  return session;
}

/** Registers the end-of-build step. Register before any plugin whose `eleventy.after` reads the output (search). */
export default function incremental(eleventyConfig: UserConfig, copies: Copies): void {
  eleventyConfig.on("eleventy.beforeWatch", startRebuildProfile);
  eleventyConfig.on("eleventy.before", () => {
    startedAt = performance.now();
  });
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const session = currentSession();
    if (!session) return;
    // Set before the first await: listeners start in order, so later ones (search) wait on it.
    const pending = external;
    external = Promise.resolve();
    settled = (async () => {
      await pending;
      const { state, stale } = session.finish();
      const outDir = path.resolve(directories.output);
      for (const rel of stale) removeFile(outDir, rel);
      if (previous) pruneCopies(outDir, copies);
      previous = state;
      finished = state;
      setCurrentSession(null);
      stopRebuildProfile();
      // The dev server's rebuilds: where the time went (a CLI build prints its own line).
      if (process.env["BANTIN_TIMINGS"] === "1" && process.env["ELEVENTY_RUN_MODE"] !== "build") {
        console.error(`bantin-timings ${JSON.stringify({ rebuild: (performance.now() - startedAt) / 1000, data: dataSeconds })}`);
      }
    })();
    await settled;
  });
}
