// Baseline (a): a minimal plain-Eleventy site, the eleventy-base-blog way. Every article is a
// Markdown template with a Nunjucks layout; category pages are paginated from a collection.
// Input: the corpus's content folder (BENCH_CONTENT); layouts and list templates live here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const input = process.env.BENCH_CONTENT;
if (!input) throw new Error("BENCH_CONTENT must name the corpus's content folder");
const PER_PAGE = 20;
const articles = (api) => api.getAll().filter((item) => item.inputPath.endsWith(".md"));
const template = (name) => readFileSync(path.join(here, "templates", name), "utf8");

export default function (eleventyConfig) {
  // Drafts are left out of the build, as the base blog does.
  eleventyConfig.addPreprocessor("drafts", "md", (data) => (data.draft ? false : undefined));
  eleventyConfig.addGlobalData("layout", "layouts/article.njk");
  eleventyConfig.addPassthroughCopy({ [path.join(input, "images")]: "images" });
  eleventyConfig.addFilter("day", (d) => new Date(d).toISOString().slice(0, 10));

  // One entry per category page: the category, the page number and its 20 articles, newest first.
  eleventyConfig.addCollection("categoryPages", (api) => {
    const byCategory = new Map();
    for (const item of articles(api).sort((a, b) => b.date - a.date)) {
      const c = item.data.category;
      if (!byCategory.has(c)) byCategory.set(c, []);
      byCategory.get(c).push(item);
    }
    const pages = [];
    for (const [category, items] of byCategory) {
      const total = Math.ceil(items.length / PER_PAGE);
      for (let n = 1; n <= total; n++) pages.push({ category, n, total, items: items.slice((n - 1) * PER_PAGE, n * PER_PAGE) });
    }
    return pages;
  });
  eleventyConfig.addCollection("latest", (api) => articles(api).sort((a, b) => b.date - a.date).slice(0, 20));

  eleventyConfig.addTemplate("index.njk", template("index.njk"), { layout: "layouts/base.njk", permalink: "/" });
  eleventyConfig.addTemplate("category.njk", template("category.njk"), {
    layout: "layouts/base.njk",
    pagination: { data: "collections.categoryPages", size: 1, alias: "p" },
    permalink: (data) => `/${data.p.category}/${data.p.n > 1 ? `trang-${data.p.n}/` : ""}`,
  });
}

export const config = {
  templateFormats: ["md", "njk"],
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
  dir: { input, includes: path.relative(input, path.join(here, "_includes")) },
};
