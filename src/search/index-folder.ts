/** The index folder on disk: write only the files whose bytes change, remove the ones no longer part of it, and keep a copy in the cache. */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What a write changed, to do the same to a copy of the folder. */
export interface FolderChanges {
  written: Map<string, Buffer>;
  removed: string[];
}

/** The id in a folder's meta.json, or null. */
export function indexIdOf(dir: string): string | null {
  try {
    const id = (JSON.parse(readFileSync(path.join(dir, "meta.json"), "utf8")) as { id?: unknown }).id;
    return typeof id === "string" ? id : null;
  } catch {
    return null;
  }
}

/**
 * Write `files` into `dir`, skipping files whose bytes are already there. A whole index (`partial`
 * false) also removes the `.json` files it does not name.
 * @example writeIndexFolder("/site/tim-kiem/chi-muc", files, false).written.size
 */
export function writeIndexFolder(dir: string, files: Iterable<[string, Buffer]>, partial: boolean): FolderChanges {
  // A partial write names few files: each is read where it is, the folder (hundreds of files) is not listed.
  const existing = !partial && existsSync(dir) ? new Set(readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => f.split(path.sep).join("/"))) : null;
  const written = new Map<string, Buffer>();
  const made = new Set<string>();
  const kept = new Set<string>();
  for (const [rel, bytes] of files) {
    kept.add(rel);
    const file = path.join(dir, rel);
    if ((existing === null || existing.has(rel)) && readIfThere(file)?.equals(bytes)) continue;
    const sub = path.dirname(file);
    if (!made.has(sub)) {
      mkdirSync(sub, { recursive: true });
      made.add(sub);
    }
    writeFileSync(file, bytes);
    written.set(rel, bytes);
  }
  const removed = existing === null ? [] : [...existing].filter((rel) => !kept.has(rel) && rel.endsWith(".json"));
  for (const rel of removed) rmSync(path.join(dir, rel), { force: true });
  return { written, removed };
}

function readIfThere(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/**
 * Make `copy` hold what `dir` holds: by replaying `changes` when `copy` held the same as `dir`
 * before them (`inStep`), else by copying the whole folder.
 */
export function mirrorFolder(dir: string, copy: string, changes: FolderChanges, inStep: boolean): void {
  if (inStep) {
    // meta.json comes last (the index files are made in that order): until then the copy's id is the old one.
    for (const [rel, bytes] of changes.written) {
      mkdirSync(path.dirname(path.join(copy, rel)), { recursive: true });
      writeFileSync(path.join(copy, rel), bytes);
    }
    for (const rel of changes.removed) rmSync(path.join(copy, rel), { force: true });
    return;
  }
  // Copied beside it, then swapped in: a build reading the copy meanwhile sees the old one or the new one.
  const fresh = `${copy}.tmp-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(path.dirname(copy), { recursive: true });
  cpSync(dir, fresh, { recursive: true });
  rmSync(copy, { recursive: true, force: true });
  renameSync(fresh, copy);
}
