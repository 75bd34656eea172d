/** Global data `bantin`: the pure pipeline's result, loaded once per build. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { loadBuildPrimed, type BuildOptions } from "../pipeline/run.ts";

export default function bantinData(eleventyConfig: UserConfig, options: BuildOptions): void {
  eleventyConfig.addGlobalData("bantin", async () => {
    const result = await loadBuildPrimed(options);
    if (!result.ok) throw new Error(result.report);
    return result.data;
  });
  eleventyConfig.addWatchTarget(`${options.root}/content/**`);
  eleventyConfig.addWatchTarget(`${options.root}/src/**`);
}
