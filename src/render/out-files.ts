/**
 * The files of an output folder besides the rendered pages: passthrough copies (editors' images,
 * the portal's assets) and the removal of files no page writes any more. Used by Eleventy's
 * incremental step and by the direct render path alike.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/** Passthrough copies: output folder → source folder, so files whose source is gone can be removed. */
export type Copies = Record<string, string>;

/**
 * What is copied as it is: `content/images` of the content root and `layouts/assets` of bantin.
 * Paths are relative to the working folder when under it (the dev server emulates those), else absolute.
 * @example passthroughCopies("/site", "/site") // { images: "content/images", assets: "layouts/assets" }
 */
export function passthroughCopies(contentRoot: string, codeRoot: string, cwd = process.cwd()): Copies {
  const under = (p: string) => {
    const rel = path.relative(cwd, p);
    return rel.startsWith("..") || path.isAbsolute(rel) ? p : rel;
  };
  return { images: under(path.join(contentRoot, "content/images")), assets: under(path.join(codeRoot, "layouts/assets")) };
}

/** Remove `file` and the folders it leaves empty, up to `root`. */
export function removeFile(root: string, rel: string): void {
  const file = path.join(root, rel);
  rmSync(file, { force: true });
  for (let dir = path.dirname(file); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    if (!existsSync(dir) || readdirSync(dir).length) break;
    rmdirSync(dir);
  }
}

/** Remove copies whose source file is gone (Eleventy copies, it never deletes). */
export function pruneCopies(outDir: string, copies: Copies): void {
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

/**
 * Copy each source file that is new or changed (size, or a source newer than the copy) into the
 * output folder, as Eleventy's passthrough copy would; returns how many were copied.
 * @example syncCopies("_site", { assets: "layouts/assets" }) // 1 after site.css was edited
 */
export function syncCopies(outDir: string, copies: Copies): number {
  let copied = 0;
  for (const [to, from] of Object.entries(copies)) {
    if (!existsSync(from)) continue;
    for (const e of readdirSync(from, { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      const src = path.join(e.parentPath, e.name);
      const dest = path.join(outDir, to, path.relative(from, src));
      const s = statSync(src);
      const d = statSync(dest, { throwIfNoEntry: false });
      if (d && d.size === s.size && d.mtimeMs >= s.mtimeMs) continue;
      mkdirSync(path.dirname(dest), { recursive: true });
      copyFileSync(src, dest);
      copied++;
    }
  }
  return copied;
}
