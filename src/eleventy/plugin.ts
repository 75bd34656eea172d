/** The bantin Eleventy plugin: typed layouts, the pipeline's data, assets and the loopback dev server. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import tsxTemplates from "./tsx.ts";
import bantinData from "./data.ts";
import loopbackServer from "./serve.ts";
import { buildOptionsFromEnv } from "../pipeline/run.ts";

export default function bantin(eleventyConfig: UserConfig): void {
  const options = buildOptionsFromEnv(process.cwd());
  // Typed .11ty.tsx layouts, escaped by default.
  eleventyConfig.addPlugin(tsxTemplates);
  // The pipeline's output as global data `bantin`.
  eleventyConfig.addPlugin(bantinData, options);
  // The dev server on 127.0.0.1 only.
  eleventyConfig.addPlugin(loopbackServer);
  // Editors' images and the portal's own assets, copied as they are.
  eleventyConfig.addPassthroughCopy({ "content/images": "images" });
  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
  eleventyConfig.setQuietMode(true);
}
