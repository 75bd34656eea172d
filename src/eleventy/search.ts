/** Search: after Eleventy writes the site, pagefind indexes its article pages (with folded đ-words) into /pagefind/. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import * as pagefind from "pagefind";
import { withFoldedCopy } from "../search/index-page.ts";

/** Thrown when pagefind refuses a page or cannot write its index; names the page and keeps the cause. */
export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

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
  const files = (await readdir(outputDir, { recursive: true }))
    .filter((f) => f.endsWith(".html") && !f.startsWith(`pagefind${path.sep}`))
    .sort();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
  if (!index) throw new SearchIndexError(`pagefind: không tạo được chỉ mục tìm kiếm: ${errors.join("; ")}`);
  let pages = 0;
  try {
    for (const file of files) {
      const html = await readFile(path.join(outputDir, file), "utf8");
      if (!html.includes("data-pagefind-body")) continue;
      const added = await index.addHTMLFile({ url: urlOf(file), content: withFoldedCopy(html) });
      if (added.errors.length) throw new SearchIndexError(`pagefind: ${file}: ${added.errors.join("; ")}`);
      pages++;
    }
    const written = await index.writeFiles({ outputPath: path.join(outputDir, "pagefind") });
    if (written.errors.length) throw new SearchIndexError(`pagefind: không ghi được ${outputDir}/pagefind: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
  return { pages };
}

/** Registers the indexing step on `eleventy.after`, for `bantin build` (its temporary folder) and the dev server alike. */
export default function search(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    await indexSite(path.resolve(directories.output));
  });
}
