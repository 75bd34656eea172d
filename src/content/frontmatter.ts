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

/**
 * What is still known of a file whose front matter could not be read: its body (unless the front
 * matter is opened and never closed), and its fields
 * when the only trouble is a duplicated key (`data` is then read with the last value of each key, and
 * the duplicated keys are in `duplicated`, already reported). `data` is null after a YAML syntax error.
 */
export interface PartialFile {
  data: Record<string, unknown> | null;
  duplicated: ReadonlySet<string>;
  body: string;
  bodyLine: number;
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
): { parsed: ParsedFile; problems: [] } | { parsed: null; problems: Problem[]; partial: PartialFile | null } {
  const lines = text.split("\n");
  if (!OPEN.test(lines[0] ?? "")) {
    return { parsed: null, problems: [problem("BT002", { file, line: 1 }, "Tệp phải bắt đầu bằng dòng --- rồi đến front matter (title, date, category) và một dòng --- đóng lại.")], partial: wholeBody(text) };
  }
  const closeAt = lines.findIndex((l, i) => i > 0 && CLOSE.test(l));
  if (closeAt < 0) return unclosed(lines, file);
  const keyLines = keysUpTo(lines, closeAt);
  const body = lines.slice(closeAt + 1).join("\n");
  const bodyLine = closeAt + 2;
  let data: Record<string, unknown>;
  try {
    const result = matter(lines.slice(0, closeAt + 1).join("\n") + "\n", {
      engines: { yaml: loadYaml },
    });
    data = result.data;
  } catch (cause) {
    const first = yamlProblem(cause, file, lines);
    const partial: PartialFile = { data: null, duplicated: new Set(), body, bodyLine, keyLines };
    if (first.code !== "BT014") return { parsed: null, problems: [first], partial };
    return { parsed: null, ...duplicatedKeys(first, file, lines, closeAt, partial) };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { parsed: null, problems: [problem("BT001", { file, line: 2 }, "Front matter phải là các cặp `tên: giá trị`, mỗi trường một dòng.")], partial: { data: null, duplicated: new Set(), body, bodyLine, keyLines } };
  }
  return { parsed: { data, body, bodyLine, keyLines }, problems: [] };
}

/**
 * Front matter whose only trouble is duplicated keys: every duplicated top-level key is reported
 * (YAML stops at the first), and the other fields are read so that their checks still run.
 */
function duplicatedKeys(first: Problem, file: string, lines: readonly string[], closeAt: number, partial: PartialFile): { problems: Problem[]; partial: PartialFile } {
  const problems = [first];
  const duplicated = new Set<string>();
  // The top-level key holding the first duplicate (itself, or the parent of a nested one like image.src).
  for (let i = first.line - 1; i >= 1; i--) {
    const key = KEY.exec(lines[i] ?? "")?.[1];
    if (key) {
      duplicated.add(key);
      break;
    }
  }
  const seen = new Set<string>();
  for (let i = 1; i < closeAt; i++) {
    const key = KEY.exec(lines[i] ?? "")?.[1];
    if (!key) continue;
    if (seen.has(key) && i + 1 !== first.line) {
      problems.push(problem("BT014", { file, line: i + 1, field: key }, first.message));
      duplicated.add(key);
    }
    seen.add(key);
  }
  let data: unknown = null;
  try {
    // `json: true` lets the last of two equal keys win instead of failing; those keys are set aside anyway.
    data = yaml.load(lines.slice(1, closeAt).join("\n"), { schema: yaml.JSON_SCHEMA, json: true });
  } catch {
    // Some other YAML trouble too: only the body can be checked.
  }
  const fields = data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  return { problems, partial: { ...partial, data: fields, duplicated } };
}

/** A file without front matter is all body: its body is still checked. (An unclosed one is not: where its body starts is unknown.) */
/**
 * Where a front matter opened and never closed most likely ends: the first line that is neither a
 * `key:` line nor the indented or listed continuation of one. -1 when every line looks like YAML.
 */
function likelyEnd(lines: readonly string[]): number {
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] ?? "";
    if (KEY.test(l) || /^[ \t]+\S/.test(l) || /^- /.test(l)) continue;
    // A trailing empty line of a file that is all front matter is not a body.
    return l.trim() === "" && lines.slice(i).every((x) => x.trim() === "") ? -1 : i;
  }
  return -1;
}

/**
 * A front matter opened on line 1 and never closed. The problem points at the line where the closing
 * `---` most likely belongs, and the file is then read as if it were there, so its fields and body
 * are checked in the same run (the editor sees every problem at once, not one after the other).
 */
function unclosed(lines: readonly string[], file: string): { parsed: null; problems: Problem[]; partial: PartialFile | null } {
  const end = likelyEnd(lines);
  if (end < 0) {
    return { parsed: null, problems: [problem("BT002", { file, line: 1 }, "Front matter mở bằng --- ở dòng 1 nhưng không có dòng --- đóng lại. Thêm một dòng --- sau trường cuối cùng, trước nội dung bài.")], partial: null };
  }
  const missing = problem("BT002", { file, line: end + 1 }, `Front matter mở bằng --- ở dòng 1 nhưng không có dòng --- đóng lại. Có lẽ nó kết thúc ở dòng ${end}: thêm một dòng --- trước dòng ${end + 1}.`);
  let data: Record<string, unknown> | null;
  try {
    data = loadYaml(lines.slice(1, end).join("\n")) as Record<string, unknown>;
  } catch {
    // Not readable either: the body alone is checked.
    data = null;
  }
  const body = lines.slice(end).join("\n");
  return { parsed: null, problems: [missing], partial: { data, duplicated: new Set(), body, bodyLine: end + 1, keyLines: keysUpTo(lines, end) } };
}

function wholeBody(text: string): PartialFile {
  return { data: null, duplicated: new Set(), body: text, bodyLine: 1, keyLines: new Map() };
}

/** 1-based line of the first occurrence of each top-level key on lines 2…`closeAt`. */
function keysUpTo(lines: readonly string[], closeAt: number): Map<string, number> {
  const keyLines = new Map<string, number>();
  for (let i = 1; i < closeAt; i++) {
    const m = KEY.exec(lines[i] ?? "");
    if (m?.[1] && !keyLines.has(m[1])) keyLines.set(m[1], i + 1);
  }
  return keyLines;
}

/**
 * The line of each top-level front-matter key of normalised text, without reading the YAML; empty
 * when the file has no closed front matter. For pointing at a field of an article already built.
 * @example keyLinesOf('---\ntitle: "Tin"\ntags: [a]\n---\n').get("tags") // 3
 */
export function keyLinesOf(text: string): Map<string, number> {
  const lines = text.split("\n");
  if (!OPEN.test(lines[0] ?? "")) return new Map();
  const closeAt = lines.findIndex((l, i) => i > 0 && CLOSE.test(l));
  return closeAt < 0 ? new Map() : keysUpTo(lines, closeAt);
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
