/** `bantin check [--root DIR] [--now ISO]`: validate every content file without building (Eleventy is never loaded). */
import { formatProblem, isError } from "../content/problems.ts";
import { formatCounts, loadBuild } from "../pipeline/run.ts";
import { parse } from "./args.ts";
import { buildOptionsFromFlags } from "./build-options.ts";

export const usage = "bantin check [--root .] [--now 2026-01-01T08:00:00+07:00]";

/** Prints every problem as `file:line:column  field  code: message`; exits 1 on errors, 0 on warnings only. */
export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    now: { type: "string" },
    root: { type: "string" },
  });
  const options = buildOptionsFromFlags({ ...values, drafts: false });
  if (typeof options === "string") {
    console.error(options);
    return 2;
  }
  const result = await loadBuild(options);
  for (const p of result.problems) console.log(formatProblem(p));
  const errors = result.problems.filter(isError).length;
  const warnings = result.problems.length - errors;
  const c = result.counts;
  const files = c.published + c.drafts + c.scheduled + c.errors;
  console.log(formatCounts(c));
  if (errors) {
    console.log(`Có ${errors} lỗi và ${warnings} cảnh báo trong ${files} tệp. Sửa các lỗi trên rồi chạy lại bantin check; mã lỗi được giải thích trong docs/errors.md.`);
    return 1;
  }
  console.log(warnings ? `Không có lỗi, ${warnings} cảnh báo trong ${files} tệp (cảnh báo không chặn việc đăng bài).` : `Không có lỗi trong ${files} tệp.`);
  return 0;
}
