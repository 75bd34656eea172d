/** The slug of an article's address: from the `slug` field or the title, checked so it stays inside the site and off list pages. */
import { isSlug, slugify } from "../text/slug.ts";
import { problem, type Problem, type Where } from "./problems.ts";
import type { ValidFields } from "./validate.ts";

/**
 * The slug of the address `/<category>/<slug>/`, or null when it cannot be known: the field it
 * comes from is missing or failed the schema (already reported, so nothing more is said about it).
 * `data` is the raw front matter: a `slug` that is there but invalid is not replaced by the title's.
 * @example checkSlug({ slug: "../../etc" }, { title: "Tin" }, at).problems[0]?.code // "BT010"
 */
export function checkSlug(data: Readonly<Record<string, unknown>>, fields: ValidFields, at: (field: string) => Where): { slug: string | null; problems: Problem[] } {
  const problems: Problem[] = [];
  if (fields.slug !== undefined && !isSlug(fields.slug)) {
    const unsafe = /[/\\]|\.\./.test(fields.slug);
    problems.push(problem(unsafe ? "BT010" : "BT017", at("slug"), `Slug "${fields.slug}" không hợp lệ${unsafe ? " (chứa / hoặc .., có thể ghi ra ngoài thư mục trang)" : ""}. Chỉ dùng chữ thường không dấu, số và dấu -, ví dụ "${slugify(fields.slug) || "tin-moi"}".`));
  }
  if (fields.slug === undefined && data["slug"] !== undefined) return { slug: null, problems };
  const own = fields.slug !== undefined && isSlug(fields.slug);
  if (!own && fields.title === undefined) return { slug: null, problems };
  const slug = own ? (fields.slug as string) : slugify(fields.title ?? "");
  if (!slug) problems.push(problem("BT017", at("title"), "Không tạo được địa chỉ (slug) từ tiêu đề. Thêm trường slug, ví dụ slug: tin-moi."));
  // Page 2 of a category lives at /<category>/trang-2/: an article there would overwrite it.
  const page = /^trang-(\d+)$/.exec(slug)?.[1];
  if (page) problems.push(problem("BT020", at(own ? "slug" : "title"), `Địa chỉ /${fields.category ?? "<chuyên mục>"}/${slug}/ là trang ${page} của danh sách chuyên mục. Thêm trường slug khác, ví dụ slug: ${slug}-tin.`));
  return { slug, problems };
}

