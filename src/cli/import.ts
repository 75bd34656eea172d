/** `bantin import SRC... [--out content/]`: scraped portal articles → Markdown articles, with progress and a report. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseCategories } from "../content/categories.ts";
import { formatProblem } from "../content/problems.ts";
import { importSources, type ImportResult } from "../import/batch.ts";
import { parse } from "./args.ts";

export const usage = "bantin import SRC... [--out content/]   (SRC: tệp .txt hoặc thư mục chứa các tệp .txt)";

/** categories.yaml of the output folder, else the project's own. */
async function readCategoriesFile(outDir: string): Promise<{ file: string; raw: string } | null> {
  for (const file of [path.join(outDir, "categories.yaml"), path.resolve("content/categories.yaml")]) {
    const raw = await readFile(file, "utf8").catch(() => null);
    if (raw !== null) return { file, raw };
  }
  return null;
}

function line(r: ImportResult, i: number, total: number, outLabel: string): string {
  const at = `[${i}/${total}]`;
  if (!r.ok) return `${at} LỖI ${r.reason}`;
  return `${at} ${r.source} → ${path.join(outLabel, r.target)}${r.changed ? "" : " (không đổi)"}`;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: "string", default: "content" } });
  if (positionals.length === 0) {
    console.error(`Thiếu tệp hoặc thư mục cần nhập.\nCách dùng: ${usage}`);
    return 2;
  }
  const outDir = path.resolve(values.out);
  const found = await readCategoriesFile(outDir);
  if (!found) {
    console.error(`Không tìm thấy categories.yaml trong ${values.out} hoặc content/. Tạo danh mục chuyên mục trước khi nhập.`);
    return 2;
  }
  const { categories, problems } = parseCategories(found.raw, path.relative(process.cwd(), found.file));
  if (categories.length === 0) {
    for (const p of problems) console.error(formatProblem(p));
    return 2;
  }
  const results = await importSources({
    sources: positionals,
    outDir,
    categories,
    onResult: (r, i, total) => (r.ok ? console.log(line(r, i, total, values.out)) : console.error(line(r, i, total, values.out))),
  });
  const failed = results.filter((r) => !r.ok).length;
  const written = results.filter((r) => r.ok && r.changed).length;
  const same = results.length - failed - written;
  console.log(`Đã nhập ${results.length - failed}/${results.length} bài (${written} ghi mới hoặc cập nhật, ${same} không đổi), ${failed} lỗi.`);
  return failed > 0 ? 1 : 0;
}
