/** Typed layouts: `.11ty.tsx` templates rendered with jsx-async-runtime, which escapes text by default. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import path from "node:path";
import { jsxToHtml } from "../parallel/jsx-html.ts";
import { currentSession } from "../cache/page-deps.ts";

interface PageFields {
  page?: { inputPath?: string; outputPath?: string | false };
  eleventy?: { directories?: { output?: string } };
}

export default function tsxTemplates(eleventyConfig: UserConfig): void {
  eleventyConfig.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile() {
      return async function (this: { defaultRenderer(data: unknown): Promise<unknown> }, data: Record<string, unknown> & PageFields) {
        // In a build with a render session, record what the page reads, for incremental rebuilds.
        const inputPath = data.page?.inputPath;
        const tracked = inputPath ? currentSession()?.track(data, inputPath) : undefined;
        const output = data.page?.outputPath;
        const outDir = data.eleventy?.directories?.output;
        const rel = output && outDir ? path.relative(path.resolve(outDir), path.resolve(output)) : null;
        // A single page nothing it reads has changed: its file as it is (Eleventy adds no transform or layout to these).
        const kept = tracked && rel && outDir ? tracked.reuse(path.resolve(outDir), rel) : null;
        if (kept !== null) return kept;
        const content = await this.defaultRenderer(tracked ? tracked.data : data);
        const html = typeof content === "string" ? content : await jsxToHtml(content);
        if (tracked && rel) tracked.wrote(rel);
        return html;
      };
    },
  });
  eleventyConfig.addTemplateFormats("11ty.tsx");
}
