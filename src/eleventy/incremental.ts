/**
 * Incremental rendering: each build renders only the pages whose data changed since the previous
 * build into the same folder (see src/cache/page-deps.ts), then removes the files no page writes any more.
 */
import { existsSync, readdirSync, rmdirSync, rmSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { codeVersionOf } from "../cache/key.ts";
import { currentSession, RenderSession, setCurrentSession, type PagesState } from "../cache/page-deps.ts";
import type { BuildOptions } from "../pipeline/run.ts";

/** Passthrough copies: output folder → source folder, so files whose source is gone can be removed. */
export type Copies = Record<string, string>;

let previous: PagesState | null = null;
let finished: PagesState | null = null;

/** Render against this state (a build into a folder that already holds its pages); null renders everything. */
export function usePreviousState(state: PagesState | null): void {
  previous = state;
}

/** The state of the last finished build in this process, to save for the next `--incremental`. */
export function finishedState(): PagesState | null {
  return finished;
}

/** What the pages depend on besides their data: bantin's code, the layouts (re-read: the dev server edits them) and the options. */
function pagesVersion(options: BuildOptions): string {
  return [codeVersionOf(["src"]), codeVersionOf(["layouts"], { fresh: true }), options.root, options.includeDrafts].join(":");
}

/** Start the build's session once its data is known (called by the `bantin` global data). */
export function beginSession(data: object, options: BuildOptions): void {
  setCurrentSession(new RenderSession(data as Record<string, unknown>, pagesVersion(options), previous));
}

/** Remove `file` and the folders it leaves empty, up to `root`. */
function removeFile(root: string, rel: string): void {
  const file = path.join(root, rel);
  rmSync(file, { force: true });
  for (let dir = path.dirname(file); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    if (!existsSync(dir) || readdirSync(dir).length) break;
    rmdirSync(dir);
  }
}

/** Remove copies whose source file is gone (Eleventy copies, it never deletes). */
function pruneCopies(outDir: string, copies: Copies): void {
  for (const [to, from] of Object.entries(copies)) {
    const dir = path.join(outDir, to);
    if (!existsSync(dir)) continue;
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      const rel = path.relative(dir, path.join(e.parentPath, e.name));
      if (!existsSync(path.resolve(from, rel))) removeFile(outDir, path.join(to, rel));
    }
  }
}

/** Registers the end-of-build step. Register before any plugin whose `eleventy.after` reads the output (search). */
export default function incremental(eleventyConfig: UserConfig, copies: Copies): void {
  eleventyConfig.on("eleventy.after", ({ directories }: { directories: { output: string } }) => {
    const session = currentSession();
    if (!session) return;
    // Synchronous on purpose: listeners start in order, so later ones see the folder already cleaned.
    const { state, stale } = session.finish();
    const outDir = path.resolve(directories.output);
    for (const rel of stale) removeFile(outDir, rel);
    if (previous) pruneCopies(outDir, copies);
    previous = state;
    finished = state;
    setCurrentSession(null);
  });
}
