/** One content file → one typed Article, or every problem it has. Pure: bytes in, data out. */
import type { Article, Category, SourceLine } from "../types.ts";
import { normalizeText, squashSpaces } from "../text/normalize.ts";
import { isBlank, readUtf8 } from "../text/utf8.ts";
import { parseFrontMatter } from "../content/frontmatter.ts";
import { validateFrontMatter } from "../content/validate.ts";
import { checkCategory } from "../content/categories.ts";
import { checkDates } from "../content/date-checks.ts";
import { checkSlug } from "../content/slug-checks.ts";
import { problem, type Problem } from "../content/problems.ts";
import { checkBody } from "../content/body-checks.ts";
import { checkFields } from "../content/field-checks.ts";
import { renderBody, type ImageSizes } from "../markdown/render.ts";
import { mergeMeta } from "./meta.ts";

/** What building an article needs to know about the rest of the site. */
export interface ArticleContext {
  categories: readonly Category[];
  /** Width/height of every image under content/images, keyed by site path (`/images/x.jpg`). */
  images: ImageSizes;
}

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const SUMMARY_LENGTH = 220;

/** Read bytes as UTF-8 text, or say why the file is not an article. */
function decode(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  if (bytes.length === 0 || isBlank(bytes)) {
    return { problem: problem("BT011", { file }, "Tệp rỗng. Viết nội dung bài hoặc xóa tệp này.") };
  }
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return { problem: problem("BT013", { file }, `Tệp nặng ${mb} MB, vượt giới hạn 2 MB của một bài viết. Tách bài hoặc bỏ phần dán thừa.`) };
  }
  const text = readUtf8(bytes);
  if (text !== null) return { text };
  return { problem: problem("BT012", { file }, "Tệp không phải văn bản UTF-8 (có thể là ảnh hoặc tệp Word đổi tên thành .md). Lưu lại bài dưới dạng văn bản UTF-8.") };
}

/** First paragraph cut at a word, for list pages and meta descriptions. */
export function summarize(paragraphs: readonly SourceLine[]): string {
  const first = paragraphs[0]?.text ?? "";
  if (first.length <= SUMMARY_LENGTH) return first;
  const cut = first.slice(0, SUMMARY_LENGTH);
  return cut.slice(0, Math.max(cut.lastIndexOf(" "), 1)).replace(/[,;:–-]\s*$/, "") + "…";
}

/** What is known of a file once its front matter is read, as far as it could be. */
interface Readable {
  /** Raw front matter, or null when its YAML could not be read at all. */
  data: Record<string, unknown> | null;
  /** Keys already reported (duplicated): neither checked nor reported again. */
  duplicated: ReadonlySet<string>;
  body: string;
  bodyLine: number;
  keyLines: Map<string, number>;
}

/**
 * Build one article from its file. Never throws on bad content: problems say what to fix. Every
 * check runs on what is valid even when something else is not (a missing date does not hide an
 * unknown category or a bad image), so one run lists every problem of the file.
 * @example buildArticle("content/y-te/2024/a.md", bytes, ctx).article?.url // "/y-te/a/"
 */
export function buildArticle(file: string, bytes: Uint8Array, ctx: ArticleContext): { article: Article | null; problems: Problem[] } {
  const decoded = decode(bytes, file);
  if ("problem" in decoded) return { article: null, problems: [decoded.problem] };
  const fmResult = parseFrontMatter(normalizeText(decoded.text), file);
  const readable: Readable | null = fmResult.parsed ? { ...fmResult.parsed, duplicated: new Set() } : fmResult.partial;
  if (!readable) return { article: null, problems: fmResult.problems };
  const { data, body, bodyLine, keyLines } = readable;
  const problems: Problem[] = [...fmResult.problems];
  const valid = data ? validateFrontMatter(data, file, keyLines, readable.duplicated) : null;
  if (valid) problems.push(...valid.problems);
  const fields = valid?.fields ?? {};
  const at = (field: string) => ({ file, line: keyLines.get(field) ?? 1, field });

  const dates = checkDates(fields, at);
  const checked = fields.category === undefined ? null : checkCategory(ctx.categories, fields.category, at("category"));
  const slug = checkSlug(data ?? {}, fields, at);
  problems.push(...dates.problems, ...(checked?.problems ?? []), ...slug.problems);
  problems.push(...checkFields(fields, file, keyLines), ...checkBody(body, bodyLine, file));

  const rendered = renderBody(body, bodyLine, ctx.images);
  const imageRefs: SourceLine[] = [...rendered.images];
  if (fields.image) imageRefs.push({ text: fields.image.src, line: keyLines.get("image") ?? 1 });
  for (const img of imageRefs) {
    if (/^https?:\/\//.test(img.text) || ctx.images.has(img.text)) continue;
    problems.push(problem("BT016", { file, line: img.line, field: img.line === keyLines.get("image") ? "image" : null }, `Ảnh "${img.text}" không có trong content/images/. Chép ảnh vào đó và ghi đường dẫn dạng /images/ten-anh.jpg.`));
  }

  const fm = valid?.value;
  const date = dates.date;
  const category = checked?.category;
  if (!fm || problems.some((p) => p.severity === "error") || !date?.ok || !category || !slug.slug) return { article: null, problems };
  const updated = dates.updated;

  const captionLine = keyLines.get("captions") ?? 1;
  const orphans = fm.captions.map((text, i) => ({ text: squashSpaces(text), line: captionLine + 1 + i }));
  const captions = [...rendered.captions, ...orphans];
  const { meta } = mergeMeta({ paragraphs: rendered.paragraphs, captions, published: date.iso, frontMatter: fm });
  const article: Article = {
    file,
    slug: slug.slug,
    url: `/${category.slug}/${slug.slug}/`,
    title: squashSpaces(fm.title),
    category: category.slug,
    published: date.iso,
    updated: updated?.ok ? updated.iso : date.iso,
    author: fm.author ? squashSpaces(fm.author) : null,
    byline: fm.byline ? squashSpaces(fm.byline) : null,
    source: fm.source ? squashSpaces(fm.source) : null,
    summary: fm.summary ? squashSpaces(fm.summary) : summarize(rendered.paragraphs),
    tags: fm.tags.map(squashSpaces),
    image: fm.image ? { src: fm.image.src, alt: squashSpaces(fm.image.alt) } : null,
    draft: fm.draft,
    html: rendered.html,
    text: rendered.paragraphs.map((p) => p.text).join("\n"),
    orphanCaptions: orphans.map((c) => c.text),
    views: fm.views ?? null,
    meta,
  };
  return { article, problems };
}
