/** `bantin new`, the pure part: choose a free slug and write the front matter of a new draft. */
import type { Category } from "../types.ts";
import { parseFrontMatter } from "../content/frontmatter.ts";
import { normalizeText, squashSpaces } from "../text/normalize.ts";
import { isSlug, slugify } from "../text/slug.ts";
import { localParts } from "../text/dates.ts";

/** A slug already used in a category, and the file that uses it. */
export type TakenSlugs = ReadonlyMap<string, string>;

/** What the command should do. */
export type NewArticlePlan =
  | { ok: true; file: string; slug: string; url: string; text: string }
  | { ok: false; message: string; suggestion: string | null };

export interface NewArticleInput {
  title: string;
  category: Category;
  /** The time to write in `date`, ISO 8601 with +07:00. */
  now: string;
  /** A slug the editor asked for with `--slug`; else it comes from the title. */
  slug?: string | undefined;
  taken: TakenSlugs;
}

/**
 * The slugs (addresses) and file names already used in a category, from the text of every article.
 * A file counts for the category in its front matter and for the folder it sits in.
 * @example takenSlugs([{ file: "content/y-te/2024/a.md", text: "---\ntitle: B\ncategory: y-te\n---\n" }], "y-te") // a → …, b → …
 */
export function takenSlugs(files: readonly { file: string; text: string }[], category: string): Map<string, string> {
  const taken = new Map<string, string>();
  for (const { file, text } of files) {
    const inFolder = file.split("/")[1] === category;
    const base = (file.split("/").pop() ?? "").replace(/\.md$/, "");
    const fm = parseFrontMatter(normalizeText(text), file).parsed?.data;
    const title = typeof fm?.["title"] === "string" ? fm["title"] : "";
    const slug = typeof fm?.["slug"] === "string" && isSlug(fm["slug"]) ? fm["slug"] : slugify(title);
    if (inFolder || fm?.["category"] === category) {
      if (base) taken.set(base, taken.get(base) ?? file);
      if (slug) taken.set(slug, taken.get(slug) ?? file);
    }
  }
  return taken;
}

/**
 * The first of `base`, `base-2`, `base-3`… that is not taken.
 * @example freeSlug("tin", new Map([["tin", "a.md"]])) // "tin-2"
 */
export function freeSlug(base: string, taken: TakenSlugs): string {
  let n = 1;
  let slug = base;
  while (taken.has(slug) || /^trang-\d+$/.test(slug)) slug = `${base}-${++n}`;
  return slug;
}

/**
 * The file a new draft starts as. `slug` is written only when it differs from the title's, so the
 * address does not change by surprise.
 * @example frontMatterText({ title: "Tin", date: "2026-01-02T08:00:00+07:00", category: "y-te", slug: null })
 */
export function frontMatterText(f: { title: string; date: string; category: string; slug: string | null }): string {
  return [
    "---",
    `title: ${JSON.stringify(f.title)}`,
    `date: "${f.date}"        # giờ Việt Nam; ngày trong tương lai = hẹn giờ đăng`,
    `category: ${f.category}`,
    ...(f.slug ? [`slug: ${f.slug}             # địa chỉ bài: /${f.category}/${f.slug}/`] : []),
    `author: ""                # tên người viết, ví dụ "Phương Thảo"`,
    `byline: Tin               # "Tin", "Tin, ảnh", "Bài và ảnh"…`,
    `tags: []                  # ví dụ [phụ nữ, kỷ niệm]`,
    `draft: true               # xóa dòng này (hoặc ghi false) khi bài sẵn sàng đăng`,
    "---",
    "",
    "",
  ].join("\n");
}

/**
 * Plan a new draft: its path, its text, or why not (with a slug to propose).
 * @example planNewArticle({ title: "Tin mới", category, now, taken: new Map() }).file // "content/tin-tuc/2026/tin-moi.md"
 */
export function planNewArticle(input: NewArticleInput): NewArticlePlan {
  const title = squashSpaces(normalizeText(input.title));
  const cat = input.category.slug;
  if (!title) return { ok: false, message: "Tiêu đề đang trống. Ví dụ: bantin new \"Phường Hàng Bạc ra quân dọn vệ sinh\" --category " + cat, suggestion: null };
  const fromTitle = slugify(title);
  const slug = input.slug ?? fromTitle;
  if (!isSlug(slug)) {
    const proposal = freeSlug(slugify(slug) || "bai-moi", input.taken);
    return { ok: false, message: input.slug === undefined ? "Không tạo được địa chỉ (slug) từ tiêu đề này." : `Slug "${slug}" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu -.`, suggestion: proposal };
  }
  if (input.taken.has(slug) || /^trang-\d+$/.test(slug)) {
    const where = input.taken.get(slug);
    const why = where ? `đã có bài ${where} dùng địa chỉ /${cat}/${slug}/` : `địa chỉ /${cat}/${slug}/ là một trang của danh sách chuyên mục`;
    return { ok: false, message: `Không tạo bài: ${why}.`, suggestion: freeSlug(slug, input.taken) };
  }
  const year = localParts(input.now).year;
  return {
    ok: true,
    file: `content/${cat}/${year}/${slug}.md`,
    slug,
    url: `/${cat}/${slug}/`,
    // Whole seconds: "2026-11-27T10:24:32+07:00" is what an editor can read and retype.
    text: frontMatterText({ title, date: input.now.replace(/\.\d+(?=Z|[+-]\d)/, ""), category: cat, slug: slug === fromTitle ? null : slug }),
  };
}
