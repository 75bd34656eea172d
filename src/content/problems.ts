/** Content problems: what is wrong, where (file:line:column, field), and how to fix it, in Vietnamese. */
import { CODES, type ProblemCode } from "./codes.ts";

export type Severity = "error" | "warning";

/** One problem found in a content file. */
export interface Problem {
  /** Stable code, documented in docs/errors.md, e.g. "BT006". */
  code: ProblemCode;
  severity: Severity;
  /** Path relative to the project root. */
  file: string;
  /** 1-based line, or 1 when the whole file is concerned. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The front-matter field concerned, or null for the file or the body. */
  field: string | null;
  /** What is wrong and how to fix it, in Vietnamese. */
  message: string;
}

/** Where a problem is. */
export interface Where {
  file: string;
  line?: number;
  column?: number;
  field?: string | null;
}

/**
 * Make a problem from its code; the severity comes from the catalogue.
 * @example problem("BT006", { file: "content/a.md", line: 3, field: "date" }, `"32/13/2021" không phải ngày hợp lệ`)
 */
export function problem(code: ProblemCode, where: Where, message: string): Problem {
  return {
    code,
    severity: CODES[code].severity,
    file: where.file,
    line: where.line ?? 1,
    column: where.column ?? 1,
    field: where.field ?? null,
    message,
  };
}

/** `content/a.md:3:1  date  BT006 …` — the one-line form editors and CI read. */
export function formatProblem(p: Problem): string {
  const label = p.severity === "error" ? "lỗi" : "cảnh báo";
  return `${p.file}:${p.line}:${p.column}  ${p.field ?? "-"}  ${p.code} ${label}: ${p.message}`;
}

export function isError(p: Problem): boolean {
  return p.severity === "error";
}

/** Sort by file, then line, then column: the order an editor fixes them in. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
