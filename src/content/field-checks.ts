/** Warnings about front-matter fields that are valid but will look wrong: long titles, HTML, images without alt. */
import type { ValidFields } from "./validate.ts";
import { problem, type Problem } from "./problems.ts";
import { htmlMessage, htmlTags } from "./body-checks.ts";

/** Longer titles are cut in search results, feeds and shares; the longest demo title has 116 characters. */
export const MAX_TITLE_LENGTH = 150;

/**
 * Check fields an editor writes as plain text; fields that failed the schema are absent and not checked.
 * @example checkFields({ ...fm, title: "<b>Tin</b>" }, "content/a.md", new Map([["title", 2]]))[0]?.code // "BT106"
 */
export function checkFields(fm: ValidFields, file: string, keyLines: ReadonlyMap<string, number>): Problem[] {
  const at = (field: string) => ({ file, line: keyLines.get(field) ?? 1, field });
  const problems: Problem[] = [];
  const length = [...(fm.title ?? "").trim()].length;
  if (length > MAX_TITLE_LENGTH) {
    problems.push(problem("BT104", at("title"), `Tiêu đề dài ${length} ký tự; trang tìm kiếm và mạng xã hội chỉ hiện khoảng 70 ký tự đầu. Rút gọn dưới ${MAX_TITLE_LENGTH} ký tự và đưa chi tiết vào summary hoặc đoạn đầu bài.`));
  }
  const labels: [field: string, label: string, value: string | null | undefined][] = [
    ["title", "Tiêu đề", fm.title],
    ["summary", "Tóm tắt (summary)", fm.summary],
    ["author", "Tác giả (author)", fm.author],
  ];
  for (const [field, label, value] of labels) {
    const tags = value ? htmlTags(value) : [];
    if (tags.length) problems.push(problem("BT106", at(field), htmlMessage(label, tags)));
  }
  if (fm.image && !fm.image.alt.trim()) {
    problems.push(problem("BT103", at("image"), `Ảnh đại diện ${fm.image.src} không có mô tả (alt). Thêm alt, ví dụ image: { src: ${fm.image.src}, alt: "Quang cảnh hội nghị" }.`));
  }
  return problems;
}
