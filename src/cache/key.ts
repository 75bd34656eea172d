/** Cache keys: an article is rebuilt only when its bytes, its path, bantin's code or the site context change. */
import { createHash, hash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Category } from "../types.ts";
import type { ImageSizes } from "../markdown/render.ts";

/** bantin's own folder (the one holding src/ and package-lock.json). */
const BANTIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** sha1 of the parts, each ended by a NUL (one-shot `crypto.hash` for strings: 10k article keys a build). */
const sha1 = (...parts: (string | Uint8Array)[]): string => {
  if (parts.every((p) => typeof p === "string")) return hash("sha1", parts.join("\0") + "\0");
  const h = createHash("sha1");
  for (const p of parts) h.update(p).update("\0");
  return h.digest("hex");
};

const versions = new Map<string, string>();

/**
 * A hash of bantin's source in `dirs` and its locked dependencies: any change to the code invalidates
 * what was cached with it. Articles depend on `src` only; rendered pages on `src` and `layouts`.
 * Computed once per process (the dev server restarts when src/ changes) unless `fresh` (layouts
 * change under a running dev server).
 * @example codeVersionOf(["src"]) // "3f2a…" (40 hex digits)
 */
export function codeVersionOf(dirs: readonly string[] = ["src"], options: { fresh?: boolean } = {}): string {
  const known = options.fresh ? undefined : versions.get(dirs.join());
  if (known) return known;
  const h = createHash("sha1");
  for (const dir of dirs) {
    const base = path.join(BANTIN, dir);
    const files = readdirSync(base, { recursive: true, encoding: "utf8" }).filter((f) => /\.(ts|tsx|mts|mjs|js|css|svg|json)$/.test(f)).sort();
    for (const f of files) h.update(`${dir}/${f}\0`).update(readFileSync(path.join(base, f))).update("\0");
  }
  try {
    h.update(readFileSync(path.join(BANTIN, "package-lock.json")));
  } catch {
    // No lockfile (an installed copy): the source hash alone still changes with every release.
  }
  const version = h.digest("hex");
  versions.set(dirs.join(), version);
  return version;
}

/**
 * What every article's build depends on besides its own bytes: categories and image sizes.
 * @example contextKey(categories, images) // changes when an image is resized or a category renamed
 */
export function contextKey(categories: readonly Category[], images: ImageSizes): string {
  const sizes = [...images].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return sha1(codeVersionOf(), JSON.stringify(categories), JSON.stringify(sizes));
}

/** Hash of a file's bytes. */
export function bytesHash(bytes: Uint8Array): string {
  return sha1(bytes);
}

/**
 * The key of one built article: context, path (it is part of the article) and bytes.
 * @example articleKey(ctxKey, "content/y-te/2024/a.md", bytesHash(bytes))
 */
export function articleKey(ctxKey: string, file: string, hashOfBytes: string): string {
  return sha1(ctxKey, file, hashOfBytes);
}
