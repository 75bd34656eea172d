/** What a site build is asked and what it answers: the same for the Eleventy build and the direct render path. */
import type { Problem } from "../content/problems.ts";
import type { BuildCounts, BuildOptions } from "../pipeline/run.ts";

export interface BuildResult {
  ok: boolean;
  problems: Problem[];
  /** Where every content file went; null when the build stopped before reading content (unsafe --out). */
  counts: BuildCounts | null;
  /** Files written. */
  pages: number;
  /** Why the build failed, when it did not fail on content. */
  error?: string;
  /** True when only the changed pages were rendered, in place (`incremental` with a previous build). */
  incremental?: boolean;
  /** True when the pages were rendered without Eleventy (src/render/direct-build.ts). */
  direct?: boolean;
}

export interface SiteBuildOptions {
  /** bantin's own root: layouts/pages and .eleventy.ts. */
  root: string;
  outDir: string;
  /** Content root, clock and drafts; from BANTIN_ROOT, BANTIN_NOW and BANTIN_DRAFTS when left out. */
  build?: BuildOptions;
  /**
   * Render only the pages whose data changed since the last build into `outDir`, in place (not
   * atomic), and delete the pages that are gone. Without a usable last build it is a full build.
   */
  incremental?: boolean;
}
