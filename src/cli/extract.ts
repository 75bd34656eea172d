/** `bantin extract FILE [--explain]`: the contract JSON of one article (Markdown or scraped .txt), or where each value came from. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Category } from "../types.ts";
import { parseCategories } from "../content/categories.ts";
import { formatProblem, isError } from "../content/problems.ts";
import { ScrapedFormatError } from "../import/scraped.ts";
import { contractFromMarkdown, contractFromScraped, contractSchema, type ContractResult, type Explained, type Origin } from "../pipeline/contract.ts";
import { parse } from "./args.ts";

export const usage = "bantin extract FILE [--explain]   (FILE: bài Markdown .md hoặc bài cào .txt)";

const ORIGIN_LABEL: Record<Origin, string> = { "front-matter": "front matter", extraction: "trích xuất", layout: "văn bản" };

/** The project's categories, so a portal category prints as its slug; none when there is no content/categories.yaml. */
async function projectCategories(): Promise<Category[]> {
  const raw = await readFile(path.resolve("content/categories.yaml"), "utf8").catch(() => null);
  return raw === null ? [] : parseCategories(raw, "content/categories.yaml").categories;
}

/**
 * One line per value: field, line in the file, origin, value (as JSON).
 * @example explainLines(result.explain)[0] // 'title         dòng 2   front matter  "Ủy ban …"'
 */
export function explainLines(rows: readonly Explained[]): string[] {
  const width = Math.max(...rows.map((r) => r.field.length));
  const where = (r: Explained) => (r.line === null ? "—" : `dòng ${r.line}`);
  const whereWidth = Math.max(...rows.map((r) => where(r).length));
  return rows.map((r) =>
    [r.field.padEnd(width), where(r).padEnd(whereWidth), (r.origin ? ORIGIN_LABEL[r.origin] : "không có").padEnd(12), JSON.stringify(r.value)].join("  "),
  );
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { explain: { type: "boolean", default: false } });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) {
    console.error(`Cần đúng một tệp.\nCách dùng: ${usage}`);
    return 2;
  }
  const text = await readFile(file, "utf8").catch((cause: Error) => {
    console.error(`${file}: không đọc được tệp (${cause.message}).`);
    return null;
  });
  if (text === null) return 1;
  const categories = await projectCategories();
  const markdown = /\.(md|markdown)$/i.test(file) || /^\uFEFF?---[ \t]*\r?\n/.test(text);
  let result: ContractResult;
  if (markdown) {
    const read = contractFromMarkdown(text, file, categories);
    for (const p of read.problems) console.error(formatProblem(p));
    if (!read.result || read.problems.some(isError)) return 1;
    result = read.result;
  } else {
    try {
      result = contractFromScraped(text, file, categories);
    } catch (cause) {
      if (!(cause instanceof ScrapedFormatError)) throw cause;
      console.error(cause.message);
      return 1;
    }
  }
  if (values.explain) {
    console.log(`${file}: mỗi giá trị, dòng của nó trong tệp và nguồn (front matter thắng trích xuất)`);
    for (const l of explainLines(result.explain)) console.log(l);
  } else {
    console.log(JSON.stringify(contractSchema.parse(result.contract), null, 2));
  }
  return 0;
}
