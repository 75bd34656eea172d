/** Global data `bantin`: the pure pipeline's result, loaded once per build. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { formatProblem } from "../content/problems.ts";
import { nowIso } from "../text/dates.ts";
import { loadBuildPrimed, type BuildOptions } from "../pipeline/run.ts";
import { SiteDataMemo } from "../pipeline/site-data-memo.ts";
import { beginSession, noteDataSeconds } from "./incremental.ts";

/** Content errors stop a build; Eleventy prints the message, and the dev server keeps the last good site. */
export class ContentProblemsError extends Error {
  override name = "ContentProblemsError";
  /** Eleventy prints the problem list only, without a stack trace nobody needs. */
  skipOriginalStack = true;
}

export default function bantinData(eleventyConfig: UserConfig, options: BuildOptions): void {
  let served = false;
  // Kept between the dev server's rebuilds: collections no changed article touches are reused.
  const memo = new SiteDataMemo();
  eleventyConfig.addGlobalData("bantin", async () => {
    const watching = process.env["ELEVENTY_RUN_MODE"] !== "build";
    // The dev server's clock moves, so scheduled articles appear when their time comes.
    const started = performance.now();
    const result = await loadBuildPrimed(watching && !process.env["BANTIN_NOW"] ? { ...options, now: nowIso() } : options, watching ? memo : undefined);
    if (!result.ok && watching && !served) {
      // Eleventy stops for good when the first build fails: start on the files without errors instead.
      console.error(`${result.report}\nSửa các lỗi trên và lưu tệp. Máy chủ thử tạm bỏ ra các tệp có lỗi.`);
      served = true;
      const partial = result.partial();
      beginSession(partial, options);
      return partial;
    }
    if (!result.ok) {
      throw new ContentProblemsError(`${result.report}\nSửa các lỗi trên và lưu tệp; trang cũ vẫn được giữ cho tới khi nội dung hợp lệ.`);
    }
    served = true;
    // `bantin build` prints problems itself; the dev server prints warnings here, on every rebuild.
    if (watching) for (const p of result.problems) console.warn(formatProblem(p));
    // Only pages whose data changed since the last build in this folder are rendered (src/cache/page-deps.ts).
    beginSession(result.data, options);
    noteDataSeconds((performance.now() - started) / 1000);
    return result.data;
  });
  eleventyConfig.addWatchTarget(`${options.root}/content/**`);
  eleventyConfig.addWatchTarget(`${options.root}/src/**`);
}
