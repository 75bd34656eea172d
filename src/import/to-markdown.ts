/** A scraped portal article → a Markdown article with YAML front matter, byte for byte the same for the same input. */
import yaml from "js-yaml";
import type { ScrapedArticle } from "./scraped.ts";
import { escapeParagraph } from "./markdown-escape.ts";
import { slugify } from "../text/slug.ts";

/** The front matter an import writes, in this order; absent values are left out. */
interface ImportedFrontMatter {
  title: string;
  date: string;
  category: string;
  /** Only when it differs from the title's slug (a second article with the same title). */
  slug?: string;
  author?: string;
  byline?: string;
  source?: string;
  views?: number;
  captions?: string[];
}

/** YAML that round-trips: every string double-quoted (an editor can add ": " or " #" to a caption without breaking it), one line per value. */
const DUMP_OPTIONS: yaml.DumpOptions = { lineWidth: -1, quotingType: '"', forceQuotes: true, noRefs: true, sortKeys: false };

/**
 * The Markdown text of an imported article. Captions whose photos were lost go to the
 * `captions:` list; every body paragraph is kept, escaped so it renders as the same text.
 *
 * `slug` is written only when it is not the title's own slug.
 *
 * @example
 *   toMarkdown(parseScraped(text, "a.txt"), "dang-doan-the")
 *   // '---\ntitle: Ủy ban MTTQ …\ndate: "2021-01-12T16:14:00+07:00"\ncategory: dang-doan-the\n…---\nSáng ngày 08/01/2021 …\n'
 */
export function toMarkdown(article: ScrapedArticle, category: string, slug = importSlug(article)): string {
  const fm: ImportedFrontMatter = { title: article.title, date: article.published, category };
  if (slug !== slugify(article.title)) fm.slug = slug;
  if (article.author !== null) fm.author = article.author;
  if (article.bylineLabel !== null) fm.byline = article.bylineLabel;
  if (article.source !== null) fm.source = article.source;
  if (article.views !== null) fm.views = article.views;
  if (article.captions.length > 0) fm.captions = article.captions.map((c) => c.text);
  const body = article.paragraphs.map((p) => escapeParagraph(p.text)).join("\n\n");
  return `---\n${yaml.dump(fm, DUMP_OPTIONS)}---\n${body}\n`;
}

/**
 * The slug of an imported article: the title's slug, or `<slug>-<n>` for the n-th different
 * article with the same title in one category.
 *
 * @example importSlug(article) // "uy-ban-mttq-quan-hoan-kiem-tong-ket-cong-tac-nam-2020-trien-khai-chuong-trinh-nam-2021"
 */
export function importSlug(article: ScrapedArticle, n = 1): string {
  const slug = slugify(article.title) || "bai-viet";
  return n > 1 ? `${slug}-${n}` : slug;
}

/**
 * Where an imported article goes, relative to the content folder: `<category>/<yyyy>/<slug>.md`,
 * with the year of publication in Hà Nội time.
 *
 * @example importPath(article, "dang-doan-the", "uy-ban-mttq-…") // "dang-doan-the/2021/uy-ban-mttq-….md"
 */
export function importPath(article: ScrapedArticle, category: string, slug: string): string {
  // `published` always carries +07:00, so its first four characters are the local year.
  return `${category}/${article.published.slice(0, 4)}/${slug}.md`;
}
