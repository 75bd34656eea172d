/** One content file → one typed Article, or every problem it has. Pure: bytes in, data out. */
import type { Article, Category, SourceLine } from "../types.ts";
import { normalizeText, squashSpaces } from "../text/normalize.ts";
import { isSlug, slugify } from "../text/slug.ts";
import { readDate } from "../text/dates.ts";
import { parseFrontMatter } from "../content/frontmatter.ts";
import { validateFrontMatter } from "../content/validate.ts";
import { bySlug, resolveCategory } from "../content/categories.ts";
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

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Read bytes as UTF-8 text, or say why the file is not an article. */
function decode(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  if (bytes.length === 0 || /^\s*$/.test(Buffer.from(bytes).toString("latin1"))) {
    return { problem: problem("BT011", { file }, "Tệp rỗng. Viết nội dung bài hoặc xóa tệp này.") };
  }
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return { problem: problem("BT013", { file }, `Tệp nặng ${mb} MB, vượt giới hạn 2 MB của một bài viết. Tách bài hoặc bỏ phần dán thừa.`) };
  }
  try {
    const text = utf8.decode(bytes);
    if (text.includes("\u0000")) throw new Error("NUL byte");
    return { text };
  } catch {
    return { problem: problem("BT012", { file }, "Tệp không phải văn bản UTF-8 (có thể là ảnh hoặc tệp Word đổi tên thành .md). Lưu lại bài dưới dạng văn bản UTF-8.") };
  }
}

/** First paragraph cut at a word, for list pages and meta descriptions. */
export function summarize(paragraphs: readonly SourceLine[]): string {
  const first = paragraphs[0]?.text ?? "";
  if (first.length <= SUMMARY_LENGTH) return first;
  const cut = first.slice(0, SUMMARY_LENGTH);
  return cut.slice(0, Math.max(cut.lastIndexOf(" "), 1)).replace(/[,;:–-]\s*$/, "") + "…";
}

/**
 * Build one article from its file. Never throws on bad content: problems say what to fix.
 * @example buildArticle("content/y-te/2024/a.md", bytes, ctx).article?.url // "/y-te/a/"
 */
export function buildArticle(file: string, bytes: Uint8Array, ctx: ArticleContext): { article: Article | null; problems: Problem[] } {
  const decoded = decode(bytes, file);
  if ("problem" in decoded) return { article: null, problems: [decoded.problem] };
  const fmResult = parseFrontMatter(normalizeText(decoded.text), file);
  if (!fmResult.parsed) return { article: null, problems: fmResult.problems };
  const { data, body, bodyLine, keyLines } = fmResult.parsed;
  const { value: fm, problems } = validateFrontMatter(data, file, keyLines);
  if (!fm) return { article: null, problems };
  const at = (field: string) => ({ file, line: keyLines.get(field) ?? 1, field });

  const date = readDate(fm.date);
  if (!date.ok) problems.push(problem("BT006", at("date"), `"${fm.date}" không phải ngày hợp lệ. Dùng dạng YYYY-MM-DDTHH:mm, ví dụ "2021-01-12T16:14" (giờ Việt Nam).`));
  else if (date.utc) problems.push(problem("BT101", at("date"), `"${fm.date}" là giờ UTC (Z), sẽ hiển thị là ${date.iso}. Nếu đó là giờ Việt Nam, thay Z bằng +07:00.`));
  const updated = fm.updated === undefined ? null : readDate(fm.updated);
  if (updated && !updated.ok) problems.push(problem("BT006", at("updated"), `"${fm.updated}" không phải ngày hợp lệ. Dùng dạng YYYY-MM-DDTHH:mm.`));

  const category = bySlug(ctx.categories, fm.category);
  if (!category) {
    const guess = resolveCategory(ctx.categories, fm.category);
    if (guess) problems.push(problem("BT008", at("category"), `Chuyên mục "${fm.category}" không tồn tại; có phải ý bạn là "${guess.slug}" (${guess.name})? Ghi đúng slug.`));
    else problems.push(problem("BT007", at("category"), `Chuyên mục "${fm.category}" không có trong content/categories.yaml. Dùng một trong: ${ctx.categories.map((c) => c.slug).join(", ")}.`));
  }

  if (fm.slug !== undefined && !isSlug(fm.slug)) {
    const unsafe = /[/\\]|\.\./.test(fm.slug);
    problems.push(problem(unsafe ? "BT010" : "BT017", at("slug"), `Slug "${fm.slug}" không hợp lệ${unsafe ? " (chứa / hoặc .., có thể ghi ra ngoài thư mục trang)" : ""}. Chỉ dùng chữ thường không dấu, số và dấu -, ví dụ "${slugify(fm.slug) || "tin-moi"}".`));
  }
  const slug = fm.slug !== undefined && isSlug(fm.slug) ? fm.slug : slugify(fm.title);
  if (!slug) problems.push(problem("BT017", at("title"), "Không tạo được địa chỉ (slug) từ tiêu đề. Thêm trường slug, ví dụ slug: tin-moi."));
  // Page 2 of a category lives at /<category>/trang-2/: an article there would overwrite it.
  const page = /^trang-(\d+)$/.exec(slug)?.[1];
  if (page) problems.push(problem("BT020", at(fm.slug !== undefined ? "slug" : "title"), `Địa chỉ /${fm.category}/${slug}/ là trang ${page} của danh sách chuyên mục. Thêm trường slug khác, ví dụ slug: ${slug}-tin.`));
  problems.push(...checkFields(fm, file, keyLines), ...checkBody(body, bodyLine, file));

  const rendered = renderBody(body, bodyLine, ctx.images);
  const imageRefs: SourceLine[] = [...rendered.images];
  if (fm.image) imageRefs.push({ text: fm.image.src, line: keyLines.get("image") ?? 1 });
  for (const img of imageRefs) {
    if (/^https?:\/\//.test(img.text) || ctx.images.has(img.text)) continue;
    problems.push(problem("BT016", { file, line: img.line, field: img.line === keyLines.get("image") ? "image" : null }, `Ảnh "${img.text}" không có trong content/images/. Chép ảnh vào đó và ghi đường dẫn dạng /images/ten-anh.jpg.`));
  }

  if (problems.some((p) => p.severity === "error") || !date.ok || !category) return { article: null, problems };

  const captionLine = keyLines.get("captions") ?? 1;
  const orphans = fm.captions.map((text, i) => ({ text: squashSpaces(text), line: captionLine + 1 + i }));
  const captions = [...rendered.captions, ...orphans];
  const { meta } = mergeMeta({ paragraphs: rendered.paragraphs, captions, published: date.iso, frontMatter: fm });
  const article: Article = {
    file,
    slug,
    url: `/${category.slug}/${slug}/`,
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
