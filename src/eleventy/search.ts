/** Search: after Eleventy writes the site, bantin writes its search index into /tim-kiem/chi-muc/ (docs/search.md). */
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { currentSession } from "../cache/page-deps.ts";
import type { Article, Category } from "../types.ts";
import { lastIndexStats, writeSearchIndex } from "../search/write-index.ts";
import { pagesSettled } from "./incremental.ts";

/** The dev server's index writes, one after another (a save during a write waits for it). */
let writing: Promise<unknown> = Promise.resolve();
/** Whether the dev server has said that search works. */
let announced = false;

/**
 * Registers the index step on `eleventy.after`. `bantin build` waits for it (the index is part of
 * the site). The dev server does not: the edited page is on disk and reloads at once, and the
 * index follows a few hundred milliseconds later (only the edited article's shards are written).
 */
export default function search(eleventyConfig: UserConfig, root: string): void {
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode?: string }) => {
    // Taken now: the incremental step (registered first) ends the session once pages are settled.
    const data = currentSession()?.siteData as { articles?: Article[]; categories?: Category[] } | undefined;
    await pagesSettled();
    if (!data?.articles || !data.categories) return;
    const { articles, categories } = data;
    const write = (options?: { saveLater: boolean }) => writeSearchIndex(path.resolve(directories.output), articles, categories, root, options);
    if (runMode !== "serve" && runMode !== "watch") return void (await write());
    // After Eleventy has finished this build (its log line, the browser's reload), not within it:
    // a timer runs once the current chain of callbacks is done.
    const later = () => new Promise((resolve) => setTimeout(resolve, 0));
    const inBackground = async () => {
      await write({ saveLater: true });
      // The first index of a dev server can take seconds (words not counted yet): say when search works.
      if (!announced) console.log(`[bantin] Tìm kiếm sẵn sàng: chỉ mục của ${articles.length} bài (${lastIndexStats().seconds.toFixed(1)} giây).`);
      announced = true;
    };
    writing = writing.then(later).then(inBackground).catch((e: unknown) => console.error(`Chỉ mục tìm kiếm: ${(e as Error).message}`));
  });
}
