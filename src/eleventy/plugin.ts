/** The bantin Eleventy plugin: typed layouts, the pipeline's data, assets and the loopback dev server. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import tsxTemplates from "./tsx.ts";
import bantinData from "./data.ts";
import loopbackServer from "./serve.ts";
import search from "./search.ts";
import incremental from "./incremental.ts";
import { buildOptionsFromEnv } from "../pipeline/run.ts";
import { passthroughCopies } from "../render/out-files.ts";

export default function bantin(eleventyConfig: UserConfig): void {
  const options = buildOptionsFromEnv(process.cwd());
  // Typed .11ty.tsx layouts, escaped by default.
  eleventyConfig.addPlugin(tsxTemplates);
  // The pipeline's output as global data `bantin`.
  eleventyConfig.addPlugin(bantinData, options);
  // The dev server on 127.0.0.1 only.
  eleventyConfig.addPlugin(loopbackServer);
  // Editors' images and the portal's own assets, copied as they are.
  const copies = passthroughCopies(options.root, process.cwd());
  for (const [to, from] of Object.entries(copies)) eleventyConfig.addPassthroughCopy({ [from]: to });
  // Incremental builds: only changed pages are rendered, removed ones deleted. Before search, which reads the output.
  eleventyConfig.addPlugin(incremental, copies);
  // The search index, written after every build (BANTIN_NO_SEARCH=1 leaves it out, for benchmarks).
  if (process.env["BANTIN_NO_SEARCH"] !== "1") eleventyConfig.addPlugin(search, options.root);
  eleventyConfig.setQuietMode(true);
}
