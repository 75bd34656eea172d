// Eleventy config: folders and plugins only. Everything else lives in src/.
import type UserConfig from "@11ty/eleventy/UserConfig";
import bantin from "./src/eleventy/plugin.ts";

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(bantin);
}

export const config = {
  dir: { input: "layouts/pages" },
  templateFormats: ["11ty.tsx"],
};
