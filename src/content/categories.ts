/** Categories: read once from content/categories.yaml, validated, and looked up by slug or alias. */
import yaml from "js-yaml";
import { z } from "zod";
import type { Category } from "../types.ts";
import { foldDiacritics, isSlug } from "../text/slug.ts";
import { normalizeText } from "../text/normalize.ts";
import { problem, type Problem, type Where } from "./problems.ts";

const categorySchema = z.object({
  slug: z.string().refine(isSlug, "slug chỉ gồm a-z, 0-9 và dấu -"),
  name: z.string().trim().min(1),
  description: z.string().trim().default(""),
  order: z.number(),
  aliases: z.array(z.string().trim().min(1)).default([]),
});

/**
 * Parse the categories file; returns them sorted by `order`, or the problems.
 * @example parseCategories("- slug: y-te\n  name: Y tế\n  order: 1", "content/categories.yaml")
 */
export function parseCategories(raw: string, file: string): { categories: Category[]; problems: Problem[] } {
  let data: unknown;
  try {
    data = yaml.load(normalizeText(raw), { schema: yaml.JSON_SCHEMA });
  } catch (cause) {
    const line = ((cause as { mark?: { line: number } }).mark?.line ?? 0) + 1;
    return { categories: [], problems: [problem("BT018", { file, line }, `YAML không đọc được: ${(cause as Error).message.split("\n")[0]}`)] };
  }
  const result = z.array(categorySchema).min(1).safeParse(data);
  if (!result.success) {
    return {
      categories: [],
      problems: result.error.issues.map((i) =>
        problem("BT018", { file, field: i.path.join(".") || null }, `Danh mục chuyên mục không hợp lệ: ${i.message}. Mỗi mục cần slug, name, order.`),
      ),
    };
  }
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const c of result.data) {
    if (seen.has(c.slug)) problems.push(problem("BT018", { file, field: "slug" }, `Chuyên mục "${c.slug}" được khai báo hai lần.`));
    seen.add(c.slug);
  }
  return { categories: [...result.data].sort((a, b) => a.order - b.order), problems };
}

/** Compare keys for category names: no diacritics, no case, single spaces, no punctuation. */
export function categoryKey(s: string): string {
  return foldDiacritics(s.normalize("NFC")).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** Find a category by exact slug. */
export function bySlug(categories: readonly Category[], slug: string): Category | undefined {
  return categories.find((c) => c.slug === slug);
}

/**
 * Find the category an editor probably meant: a slug, name or alias equal up to diacritics,
 * case, spaces and punctuation. Used for "did you mean" hints and by the importer.
 * @example resolveCategory(cats, "Thông tin hoạt động Đảng- Tổ chức chính trị xã hội")?.slug // "dang-doan-the"
 */
export function resolveCategory(categories: readonly Category[], name: string): Category | undefined {
  const key = categoryKey(name);
  return categories.find(
    (c) => categoryKey(c.slug) === key || categoryKey(c.name) === key || c.aliases.some((a) => categoryKey(a) === key),
  );
}

/**
 * The category an article names, or the problem: an unknown slug (BT007), or one an editor meant (BT008).
 * @example checkCategory(cats, "Y tê", where).problems[0]?.code // "BT008", suggesting "y-te"
 */
export function checkCategory(categories: readonly Category[], name: string, where: Where): { category: Category | undefined; problems: Problem[] } {
  const category = bySlug(categories, name);
  if (category) return { category, problems: [] };
  const guess = resolveCategory(categories, name);
  if (guess) return { category, problems: [problem("BT008", where, `Chuyên mục "${name}" không tồn tại; có phải ý bạn là "${guess.slug}" (${guess.name})? Ghi đúng slug.`)] };
  return { category, problems: [problem("BT007", where, `Chuyên mục "${name}" không có trong content/categories.yaml. Dùng một trong: ${categories.map((c) => c.slug).join(", ")}.`)] };
}
