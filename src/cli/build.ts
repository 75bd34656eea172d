/** `bantin build [--now ISO] [--drafts] [--out DIR] [--root DIR]`: check content, then build the site atomically. */
import path from "node:path";
import { readDate } from "../text/dates.ts";
import { formatProblem } from "../content/problems.ts";
import { formatReport } from "../pipeline/run.ts";
import { buildSite } from "../eleventy/build.ts";
import { parse } from "./args.ts";

export const usage = "bantin build [--now 2026-01-01T08:00:00+07:00] [--drafts] [--out _site] [--root .]";

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    now: { type: "string" },
    drafts: { type: "boolean", default: false },
    out: { type: "string", default: "_site" },
    root: { type: "string" },
  });
  const root = process.cwd();
  // --root: the folder holding content/ (a fixture, another portal); layouts stay bantin's own.
  if (values.root !== undefined) process.env["BANTIN_ROOT"] = path.resolve(values.root);
  if (values.now !== undefined) {
    const now = readDate(values.now);
    if (!now.ok) {
      console.error(`--now "${values.now}" không phải thời điểm hợp lệ (ví dụ 2026-01-01T08:00:00+07:00).`);
      return 2;
    }
    process.env["BANTIN_NOW"] = now.iso;
  }
  if (values.drafts) process.env["BANTIN_DRAFTS"] = "1";
  const started = performance.now();
  const result = await buildSite({ root, outDir: path.resolve(root, values.out) });
  for (const p of result.problems) console.error(formatProblem(p));
  if (!result.ok) {
    console.error(result.error ?? "");
    console.error(`Không xuất bản: ${values.out}/ được giữ nguyên như trước.`);
    console.error(formatReport([], result.counts).trim());
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${result.counts.published} đã đăng, ${result.counts.drafts} bản nháp, ${result.counts.scheduled} hẹn giờ, ${result.counts.errors} lỗi`);
  console.log(`Đã ghi ${result.pages} tệp vào ${values.out}/ trong ${seconds} giây.`);
  return 0;
}
