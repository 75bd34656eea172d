/**
 * The part of `bantin build` that needs no Eleventy: flags, the report, and `--incremental` through
 * the direct render path. bin/bantin.js can run it from a one-file bundle (src/cli/bundle.ts),
 * before anything else is loaded; the Eleventy build is in build.ts.
 */
import path from "node:path";
import { formatProblem } from "../content/problems.ts";
import { formatCounts } from "../pipeline/run.ts";
import { buildDirect } from "../render/direct-build.ts";
import type { BuildResult, SiteBuildOptions } from "../render/site-build.ts";
import type { PageModule } from "../render/templates.ts";
import { parse } from "./args.ts";
import { buildOptionsFromFlags } from "./build-options.ts";

export const usage = "bantin build [--now 2026-01-01T08:00:00+07:00] [--drafts] [--out _site] [--root .] [--incremental]";

/** A parsed `bantin build` command line. */
export interface ParsedBuild {
  site: SiteBuildOptions;
  /** --out as the user wrote it, for messages. */
  out: string;
  started: number;
}

/** The build the flags ask for, or what is wrong with `--now` (an unknown flag throws, as `parse` does). */
export function parseBuild(argv: string[]): ParsedBuild | string {
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
  if (typeof build === "string") return build;
  const root = process.cwd();
  return { site: { root, outDir: path.resolve(root, values.out), build, incremental: values.incremental }, out: values.out, started: performance.now() };
}

/** Print what a build did (problems on stderr, like `bantin check`); the exit code. */
export function report(parsed: ParsedBuild, result: BuildResult): number {
  for (const p of result.problems) console.error(formatProblem(p));
  if (!result.ok) {
    if (result.error) console.error(result.error);
    console.error(`Không xuất bản: ${parsed.out}/ được giữ nguyên như trước.`);
    if (result.counts) console.error(formatCounts(result.counts));
    return 1;
  }
  const seconds = ((performance.now() - parsed.started) / 1000).toFixed(1);
  if (result.counts) console.log(formatCounts(result.counts));
  console.log(`Đã ghi ${result.pages} tệp vào ${parsed.out}/${result.incremental ? " (chỉ các trang thay đổi)" : ""} trong ${seconds} giây.`);
  return 0;
}

/**
 * `--incremental` without Eleventy; null when Eleventy must build (the reason printed).
 * `templates` are the page modules already loaded (the bundle holds them), by file name.
 */
export async function buildDirectly(parsed: ParsedBuild, templates?: ReadonlyMap<string, PageModule>): Promise<number | null> {
  const result = await buildDirect(parsed.site, templates);
  if ("fallback" in result) {
    console.log(`Dựng bằng Eleventy: ${result.fallback}.`);
    return null;
  }
  return report(parsed, result);
}

/**
 * The bundle's entry: `bantin build …` with the direct path, or null when the normal CLI must run it
 * (Eleventy must build, or the flags are wrong: the CLI reports those, with the usage line).
 */
export async function runBuildDirect(argv: string[], templates: ReadonlyMap<string, PageModule>): Promise<number | null> {
  let parsed: ParsedBuild | string;
  try {
    parsed = parseBuild(argv);
  } catch {
    return null;
  }
  if (typeof parsed === "string" || !parsed.site.incremental) return null;
  return buildDirectly(parsed, templates);
}
