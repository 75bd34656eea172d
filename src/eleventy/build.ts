/** A production build: content checked first, Eleventy writes to a temporary folder, then it is swapped in. */
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Problem } from "../content/problems.ts";
import { buildOptionsFromEnv, loadBuild, primeBuild, type BuildCounts } from "../pipeline/run.ts";

export interface BuildResult {
  ok: boolean;
  problems: Problem[];
  counts: BuildCounts;
  /** Files written. */
  pages: number;
  /** Why the build failed, when it did not fail on content. */
  error?: string;
}

/**
 * Build into `<outDir>.tmp-<pid>`, then replace `outDir` in two renames. On any failure the old
 * `outDir` is left exactly as it was and the temporary folder is removed.
 */
export async function buildSite(options: { root: string; outDir: string }): Promise<BuildResult> {
  const buildOptions = buildOptionsFromEnv(options.root);
  const loaded = await loadBuild(buildOptions);
  if (!loaded.ok) return { ok: false, problems: loaded.problems, counts: loaded.counts, pages: 0 };
  primeBuild(buildOptions, loaded);
  const tmp = `${options.outDir}.tmp-${process.pid}`;
  const old = `${options.outDir}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(path.dirname(options.outDir), { recursive: true });
  try {
    const elev = new Eleventy(path.join(options.root, "layouts/pages"), tmp, {
      configPath: path.join(options.root, ".eleventy.ts"),
      quietMode: true,
    });
    const written = (await elev.write()) as unknown as [unknown[], unknown[]] | unknown[];
    const pages = Array.isArray(written[1]) ? (written[1] as unknown[]).length : 0;
    await rename(options.outDir, old).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== "ENOENT") throw e;
    });
    await rename(tmp, options.outDir);
    await rm(old, { recursive: true, force: true });
    return { ok: true, problems: loaded.problems, counts: loaded.counts, pages };
  } catch (cause) {
    await rm(tmp, { recursive: true, force: true });
    return { ok: false, problems: loaded.problems, counts: loaded.counts, pages: 0, error: (cause as Error).stack ?? String(cause) };
  }
}
