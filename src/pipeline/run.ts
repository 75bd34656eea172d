/** One build's data: load content, stop on errors with a full report, else compute every page. */
import { site } from "../config/site.ts";
import { formatProblem, isError, type Problem } from "../content/problems.ts";
import { nowIso, readDate } from "../text/dates.ts";
import { loadContent } from "./load.ts";
import { selectPublished, statusesOf, type Status } from "./publish.ts";
import { buildSiteData, type SiteData } from "./site-data.ts";
import type { SiteDataMemo } from "./site-data-memo.ts";
import { StoredCollections } from "./stored-collections.ts";

export interface BuildOptions {
  root: string;
  /** The clock, ISO 8601 with offset. */
  now: string;
  /** Show drafts (dev server). */
  includeDrafts: boolean;
}

/** How many content files ended up where: every file is in exactly one bucket. */
export interface BuildCounts {
  published: number;
  drafts: number;
  scheduled: number;
  errors: number;
}

export type LoadedBuild =
  | { ok: true; data: SiteData; problems: Problem[]; counts: BuildCounts }
  | {
      ok: false;
      report: string;
      problems: Problem[];
      counts: BuildCounts;
      /** The site without the files that have errors: the dev server starts on it rather than not at all. */
      partial(): SiteData;
    };

/** Options from the environment the CLI sets for Eleventy: BANTIN_NOW, BANTIN_DRAFTS, BANTIN_ROOT (the folder holding content/, from `--root`). */
export function buildOptionsFromEnv(root: string, env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const now = env["BANTIN_NOW"] ? readDate(env["BANTIN_NOW"]) : null;
  return { root: env["BANTIN_ROOT"] || root, now: now?.ok ? now.iso : nowIso(), includeDrafts: env["BANTIN_DRAFTS"] === "1" };
}

/** "40 đã đăng, 2 bản nháp, 1 hẹn giờ, 0 lỗi": where every content file went. */
export function formatCounts(counts: BuildCounts): string {
  return `${counts.published} đã đăng, ${counts.drafts} bản nháp, ${counts.scheduled} hẹn giờ, ${counts.errors} lỗi`;
}

/** "N lỗi" report: every problem on its own line, then the counts. */
export function formatReport(problems: readonly Problem[], counts: BuildCounts): string {
  return [...problems.map(formatProblem), formatCounts(counts)].join("\n");
}

/**
 * Load content and compute the site, or report every error at once. A process that rebuilds (the
 * dev server) passes the same `memo` each time: what no changed article touches is reused.
 * @example const r = await loadBuild({ root, now: "2026-01-01T00:00:00+07:00", includeDrafts: false });
 */
export async function loadBuild(options: BuildOptions, memo?: SiteDataMemo): Promise<LoadedBuild> {
  const loaded = await loadContent({ root: options.root });
  const statuses = statusesOf(loaded.articles, options.now);
  const errorFiles = new Set(loaded.problems.filter(isError).map((p) => p.file));
  const count = (s: Status) => statuses.filter((v) => v === s).length;
  const counts: BuildCounts = {
    published: count("published"),
    drafts: count("draft"),
    scheduled: count("scheduled"),
    // Files that did not become an article (a URL clash's files are errors), plus files with errors that are not articles (categories.yaml).
    errors: new Set([...loaded.unbuilt, ...errorFiles]).size,
  };
  const siteData = (): SiteData => {
    const published = selectPublished(loaded.articles, options, statuses);
    if (memo) return memo.build(site, loaded.categories, published, options.now);
    // A fresh process: the costly collections come from the last build's when no article changed what they read.
    if (process.env["BANTIN_CACHE"] === "0") return buildSiteData(site, loaded.categories, published, options.now);
    const stored = new StoredCollections(options.root);
    const data = buildSiteData(site, loaded.categories, published, options.now, stored.collections);
    stored.save();
    return data;
  };
  if (loaded.problems.some(isError)) {
    return { ok: false, report: formatReport(loaded.problems, counts), problems: loaded.problems, counts, partial: siteData };
  }
  return { ok: true, data: siteData(), problems: loaded.problems, counts };
}

let primed: { key: string; result: LoadedBuild } | null = null;
const keyOf = (o: BuildOptions) => JSON.stringify([o.root, o.now, o.includeDrafts]);

/** Hand an already loaded build to the next `loadBuildPrimed` with the same options (one load per CLI build). */
export function primeBuild(options: BuildOptions, result: LoadedBuild): void {
  primed = { key: keyOf(options), result };
}

/** The primed build if it matches, else a fresh load (the dev server reloads on every change, with its `memo`). */
export async function loadBuildPrimed(options: BuildOptions, memo?: SiteDataMemo): Promise<LoadedBuild> {
  if (primed?.key === keyOf(options)) {
    const { result } = primed;
    primed = null;
    return result;
  }
  return loadBuild(options, memo);
}
