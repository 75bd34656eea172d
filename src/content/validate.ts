/** Validate raw front matter against the schema and turn every issue into an editor's problem. */
import type { z } from "zod";
import { frontMatterSchema, KNOWN_KEYS, type FrontMatter } from "./schema.ts";
import { problem, type Problem } from "./problems.ts";

const TYPE_NAMES: Record<string, string> = {
  string: "chữ (đặt trong dấu ngoặc kép nếu cần)",
  number: "số",
  boolean: "true hoặc false",
  array: "danh sách (mỗi mục một dòng bắt đầu bằng \"- \")",
  object: "nhóm trường con",
};

/** Fields editors bring from other tools, and what bantin does instead. */
const UNSUPPORTED_HINTS: Record<string, string> = {
  // Never honoured: an article's address is always /<category>/<slug>/, inside the site folder.
  permalink: "Địa chỉ bài luôn là /<chuyên mục>/<slug>/; muốn đổi địa chỉ, dùng trường slug, ví dụ slug: ten-bai-moi.",
  layout: "Mọi bài dùng chung một giao diện; xóa dòng này.",
};

/** The known key a misspelt one stands for, up to case, `_` and `-`: `event_date` → `eventDate`. */
function knownSpelling(key: string): string | undefined {
  const loose = (k: string) => k.toLowerCase().replace(/[_-]/g, "");
  return [...KNOWN_KEYS].find((known) => loose(known) === loose(key));
}

function describe(value: unknown): string {
  if (value === null) return "để trống";
  if (Array.isArray(value)) return "danh sách";
  return typeof value === "string" ? "chữ" : typeof value === "number" ? "số" : typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** The fields of a front matter that passed the schema, each on its own: what later checks may read. */
export type ValidFields = Partial<FrontMatter>;

/**
 * Check front matter; returns the typed value (null when any field fails), the fields that are
 * valid on their own (so later checks still run on them), and every problem at once.
 * Fields in `skip` were already reported (a duplicated key): they are left out, and not reported again.
 * @example validateFrontMatter({ title: 2021, category: "y-te" }, "a.md", new Map()).fields // { category: "y-te", tags: [], … }
 */
export function validateFrontMatter(
  data: Record<string, unknown>,
  file: string,
  keyLines: ReadonlyMap<string, number>,
  skip: ReadonlySet<string> = new Set(),
): { value: FrontMatter | null; fields: ValidFields; problems: Problem[] } {
  const problems: Problem[] = [];
  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key)) {
      const meant = knownSpelling(key);
      const hint = UNSUPPORTED_HINTS[key] ?? (meant ? `Có phải ý bạn là "${meant}"? Đổi tên trường thành ${meant}.` : "Kiểm tra chính tả hoặc xóa dòng này (xem docs/errors.md).");
      problems.push(problem("BT015", { file, line: keyLines.get(key) ?? 2, field: key }, `Trường "${key}" không được hỗ trợ và sẽ bị bỏ qua. ${hint}`));
    }
  }
  if (skip.size === 0) {
    const whole = frontMatterSchema.safeParse(data);
    if (whole.success) return { value: whole.data, fields: whole.data, problems };
  }
  // Each field on its own, in schema order: the same issues as parsing the whole object (the schema
  // has no checks across fields), plus the value of every field that is fine.
  const fields: Record<string, unknown> = {};
  let failed = skip.size > 0;
  for (const [key, schema] of Object.entries(frontMatterSchema.shape)) {
    if (skip.has(key)) continue;
    const result = schema.safeParse(data[key]);
    if (result.success) {
      if (result.data !== undefined) fields[key] = result.data;
      continue;
    }
    failed = true;
    for (const issue of result.error.issues) problems.push(toProblem({ ...issue, path: [key, ...issue.path] }, data, file, keyLines));
  }
  return { value: failed ? null : (fields as FrontMatter), fields: fields as ValidFields, problems };
}

function toProblem(
  issue: z.core.$ZodIssue,
  data: Record<string, unknown>,
  file: string,
  keyLines: ReadonlyMap<string, number>,
): Problem {
  const top = String(issue.path[0] ?? "");
  const field = issue.path.map(String).join(".") || null;
  const where = { file, line: keyLines.get(top) ?? 2, field };
  const value = valueAt(data, issue.path);
  if (issue.code === "invalid_type") {
    if (value === null) {
      return problem("BT004", where, `Trường "${field}" đang để trống. Điền giá trị cho trường này hoặc xóa dòng.`);
    }
    if (value === undefined) {
      return problem("BT003", { ...where, line: keyLines.get(top) ?? 1 }, `Thiếu trường bắt buộc "${field}". Thêm dòng \`${field}: …\` vào front matter.`);
    }
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
    const quoted = typeof value === "number" && issue.expected === "string" ? ` Viết trong dấu ngoặc kép: ${top}: "${value}".` : "";
    return problem("BT005", where, `Trường "${field}" phải là ${expected}, nhưng đang là ${describe(value)}.${quoted}`);
  }
  if (issue.code === "too_small" && typeof value === "string") {
    return problem("BT004", where, `Trường "${field}" đang để trống. Điền nội dung cho trường này.`);
  }
  return problem("BT017", where, `Giá trị của "${field}" không hợp lệ (${issue.message}).`);
}
