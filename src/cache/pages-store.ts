/** The page fingerprints of the last build into an output folder, kept in `<root>/.cache/bantin/pages/` for `bantin build --incremental`. */
import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { PagesState } from "./page-deps.ts";
import { writeFileAtomically } from "./atomic-file.ts";
import { codeVersionOf } from "./key.ts";
import type { BuildOptions } from "../pipeline/run.ts";

/** The state file of one output folder. */
function stateFile(root: string, outDir: string): string {
  const id = createHash("sha1").update(path.resolve(outDir)).digest("hex").slice(0, 16);
  return path.join(root, ".cache", "bantin", "pages", `${id}.v8`);
}

/**
 * The state saved by the last successful build into `outDir`, or null.
 * @example readPagesState(root, "/site/_site")?.templates.size
 */
export function readPagesState(root: string, outDir: string): PagesState | null {
  try {
    const state = deserialize(readFileSync(stateFile(root, outDir))) as PagesState;
    return typeof state.version === "string" && state.templates instanceof Map ? state : null;
  } catch {
    return null;
  }
}

/** Save the state of a build that just succeeded (atomically). */
export function writePagesState(root: string, outDir: string, state: PagesState): void {
  writeFileAtomically(stateFile(root, outDir), serialize(state));
}

/** Forget the state (a failed in-place build): the next incremental build will be a full one. */
export function removePagesState(root: string, outDir: string): void {
  rmSync(stateFile(root, outDir), { force: true });
}

/** What the pages depend on besides their data: bantin's code, the layouts (re-read: the dev server edits them) and the options. */
export function pagesVersion(options: BuildOptions): string {
  return [codeVersionOf(["src"]), codeVersionOf(["layouts"], { fresh: true }), options.root, options.includeDrafts].join(":");
}
