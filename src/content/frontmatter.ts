/** Split a Markdown file into YAML front matter and body, keeping line numbers for every key. */
import matter from "gray-matter";
import yaml from "js-yaml";
import { problem, type Problem } from "./problems.ts";

/** A parsed file: its data, its body, and where each top-level key and the body start. */
export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  /** 1-based line of each top-level front-matter key. */
  keyLines: Map<string, number>;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const KEY = /^([A-Za-z_][\w-]*)[ \t]*:/;

/** Parse YAML as plain JSON data: dates stay strings, so "2021-01-12" is never read as UTC midnight. */
function loadYaml(source: string): object {
  const data = yaml.load(source, { schema: yaml.JSON_SCHEMA });
  return (data ?? {}) as object;
}

/**
 * Read front matter and body of already-normalised text (LF, NFC, no BOM).
 * @example parseFrontMatter("---\ntitle: A\n---\nBody", "content/a.md").parsed?.data.title // "A"
 */
export function parseFrontMatter(
  text: string,
  file: string,
): { parsed: ParsedFile; problems: [] } | { parsed: null; problems: Problem[] } {
  const lines = text.split("\n");
  if (!OPEN.test(lines[0] ?? "")) {
    return { parsed: null, problems: [problem("BT002", { file, line: 1 }, "Tệp phải bắt đầu bằng dòng --- rồi đến front matter (title, date, category) và một dòng --- đóng lại.")] };
  }
  const closeAt = lines.findIndex((l, i) => i > 0 && CLOSE.test(l));
  if (closeAt < 0) {
    return { parsed: null, problems: [problem("BT002", { file, line: 1 }, "Front matter mở bằng --- ở dòng 1 nhưng không có dòng --- đóng lại. Thêm một dòng --- sau trường cuối cùng.")] };
  }
  const keyLines = new Map<string, number>();
  for (let i = 1; i < closeAt; i++) {
    const m = KEY.exec(lines[i] ?? "");
    if (m?.[1] && !keyLines.has(m[1])) keyLines.set(m[1], i + 1);
  }
  let data: Record<string, unknown>;
  try {
    const result = matter(lines.slice(0, closeAt + 1).join("\n") + "\n", {
      engines: { yaml: loadYaml },
    });
    data = result.data;
  } catch (cause) {
    return { parsed: null, problems: [yamlProblem(cause, file, lines)] };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { parsed: null, problems: [problem("BT001", { file, line: 2 }, "Front matter phải là các cặp `tên: giá trị`, mỗi trường một dòng.")] };
  }
  return {
    parsed: { data, body: lines.slice(closeAt + 1).join("\n"), bodyLine: closeAt + 2, keyLines },
    problems: [],
  };
}

function yamlProblem(cause: unknown, file: string, lines: readonly string[]): Problem {
  const err = cause as { reason?: string; mark?: { line: number; column: number }; message?: string };
  // gray-matter hands js-yaml the text after the opening "---", starting with its newline.
  const line = Math.max(2, (err.mark?.line ?? 0) + 1);
  const field = KEY.exec(lines[line - 1] ?? "")?.[1] ?? null;
  const column = (err.mark?.column ?? 0) + 1;
  const reason = err.reason ?? err.message ?? String(cause);
  if (/duplicated mapping key/.test(reason)) {
    return problem("BT014", { file, line, column, field }, "Một trường được khai báo hai lần trong front matter. Giữ lại một dòng và xóa dòng còn lại.");
  }
  // An unclosed quote is only noticed lines later: point at the line where the quote was opened.
  const open = unclosedQuoteLine(lines, line);
  if (open !== null) {
    const at = { file, line: open, column: (lines[open - 1] ?? "").indexOf('"') + 1, field: KEY.exec(lines[open - 1] ?? "")?.[1] ?? null };
    return problem("BT001", at, `Dấu ngoặc kép mở ở dòng ${open} không được đóng. Thêm dấu " ở cuối giá trị (YAML báo: ${reason}).`);
  }
  const tabs = /tab/i.test(reason) ? " Không dùng phím Tab để thụt lề; hãy dùng dấu cách." : "";
  return problem("BT001", { file, line, column, field }, `YAML không đọc được (${reason}).${tabs} Kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề.`);
}

/** The first front-matter line (2…`upTo`) whose value opens a double quote it does not close, or null. */
function unclosedQuoteLine(lines: readonly string[], upTo: number): number | null {
  for (let i = 1; i < upTo && i < lines.length; i++) {
    const value = (lines[i] ?? "").replace(/^\s*(?:-\s+|[A-Za-z_][\w-]*\s*:\s*)/, "");
    if (value.startsWith('"') && ((value.replace(/\\./g, "").match(/"/g)?.length ?? 0) % 2 === 1)) return i + 1;
  }
  return null;
}
