/** One cache folder per code version: a build reads only its own version's entries, and old versions' folders are pruned. */
import { mkdirSync, readdirSync, rmSync, statSync, utimesSync } from "node:fs";
import path from "node:path";

/** Code versions whose folders are kept (the current one included), so switching branches back and forth stays cached. */
export const KEEP_VERSIONS = 4;
/** A version folder used this recently is never removed: a process running that code may still be reading its packs. */
export const VERSION_IDLE_MS = 15 * 60 * 1000;
/** Files of the layout before per-version folders (one index for every version), removed when found. */
const FLAT_LAYOUT = /^(index\.v8|journal\.v8|.*\.pack)$/;

/**
 * The folder of `version` under `base`, created if needed and marked as used now (its mtime), since
 * a build that changes nothing writes nothing in it.
 * @example openVersionFolder("/site/.cache/bantin/articles", codeVersionOf()) // "/site/.cache/bantin/articles/3f2a9c01d4e5b6a7"
 */
export function openVersionFolder(base: string, version: string): string {
  const dir = path.join(base, version.slice(0, 16));
  mkdirSync(dir, { recursive: true });
  const now = new Date();
  utimesSync(dir, now, now);
  return dir;
}

/**
 * Remove the folders under `base` of all but the `KEEP_VERSIONS` most recently used versions (the
 * `current` one always stays), except those used within `VERSION_IDLE_MS`, and the files an older
 * bantin's flat layout left. Meant for a full save (a new version's first build), not every build.
 * @example pruneVersions("/site/.cache/bantin/articles", "/site/.cache/bantin/articles/3f2a9c01d4e5b6a7")
 */
export function pruneVersions(base: string, current: string, now = Date.now()): void {
  const others: { dir: string; used: number }[] = [];
  for (const e of readdirSync(base, { withFileTypes: true })) {
    const full = path.join(base, e.name);
    if (e.isDirectory()) {
      if (full !== current) others.push({ dir: full, used: statSync(full, { throwIfNoEntry: false })?.mtimeMs ?? 0 });
    } else if (FLAT_LAYOUT.test(e.name)) rmSync(full, { force: true });
  }
  others.sort((a, b) => b.used - a.used);
  for (const o of others.slice(KEEP_VERSIONS - 1)) if (now - o.used > VERSION_IDLE_MS) rmSync(o.dir, { recursive: true, force: true });
}
