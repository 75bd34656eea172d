/** `bantin build [--now ISO] [--drafts] [--out DIR] [--root DIR] [--incremental]`: check content, then build the site atomically (or only what changed, in place). */
import path from "node:path";
import { formatProblem } from "../content/problems.ts";
import { formatCounts } from "../pipeline/run.ts";
import { buildSite } from "../eleventy/build.ts";
import { parse } from "./args.ts";
import { buildOptionsFromFlags } from "./build-options.ts";

export const usage = "bantin build [--now 2026-01-01T08:00:00+07:00] [--drafts] [--out _site] [--root .] [--incremental]";

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    now: { type: "string" },
    drafts: { type: "boolean" },
    out: { type: "string", default: "_site" },
    // The folder holding content/ (a fixture, another portal); layouts stay bantin's own.
    root: { type: "string" },
    // Render only what changed since the last build into --out, in place.
    incremental: { type: "boolean", default: false },
  });
  const build = buildOptionsFromFlags(values);
  if (typeof build === "string") {
    console.error(build);
    return 2;
  }
  const root = process.cwd();
  const started = performance.now();
  const result = await buildSite({ root, outDir: path.resolve(root, values.out), build, incremental: values.incremental });
  // The same lines as `bantin check`, on stderr.
  for (const p of result.problems) console.error(formatProblem(p));
  if (!result.ok) {
    if (result.error) console.error(result.error);
    console.error(`Không xuất bản: ${values.out}/ được giữ nguyên như trước.`);
    if (result.counts) console.error(formatCounts(result.counts));
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.counts) console.log(formatCounts(result.counts));
  console.log(`Đã ghi ${result.pages} tệp vào ${values.out}/${result.incremental ? " (chỉ các trang thay đổi)" : ""} trong ${seconds} giây.`);
  return 0;
}
