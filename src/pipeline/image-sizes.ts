/** Width and height of the images under content/images, read with sharp only when an image is new or changed since the last process read it. */
import { readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomically } from "../cache/atomic-file.ts";

/** An image's size and the file's size and mtime when it was read. */
interface KnownSize {
  bytes: number;
  mtimeMs: number;
  readAt: number;
  size: { width: number; height: number };
}

const IMAGE_EXT = /\.(jpe?g|png|webp|avif|gif|svg)$/i;
/** An image modified this close to its reading may change again within the same mtime: read it again. */
const RACY_MS = 2000;
/** Bump when the saved layout changes. */
const FORMAT = 1;

/** Sizes read in this process, by absolute file: the dev server re-reads only changed images. */
const known = new Map<string, KnownSize>();
/** Saved files already merged into `known`. */
const merged = new Set<string>();

async function listImages(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile() && IMAGE_EXT.test(e.name)).map((e) => path.join(e.parentPath, e.name));
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw cause;
  }
}

/** The site path of an image, "/images/a/b.jpg". */
function sitePath(imagesDir: string, file: string): string {
  return "/images/" + path.relative(imagesDir, file).split(path.sep).join("/");
}

/** Merge what an earlier process saved in `savedFile` (keyed by site path) into `known`. */
function mergeSaved(imagesDir: string, savedFile: string): void {
  if (merged.has(savedFile)) return;
  merged.add(savedFile);
  try {
    const saved = JSON.parse(readFileSync(savedFile, "utf8")) as { format: number; images: Record<string, KnownSize> };
    if (saved.format !== FORMAT) return;
    for (const [key, k] of Object.entries(saved.images)) {
      const file = path.join(imagesDir, ...key.slice("/images/".length).split("/"));
      if (!known.has(file)) known.set(file, k);
    }
  } catch {
    // Nothing saved yet, or unreadable: every image is read.
  }
}

/**
 * Width and height of each image under `imagesDir`, keyed by its site path. With `savedFile`, the
 * sizes are kept there too, so a fresh process does not load sharp (about 0.1 s) for unchanged images.
 * @example await readImageSizes("/site/content/images", "/site/.cache/bantin/images.json") // Map { "/images/a.jpg" => { width: 1200, height: 800 } }
 */
export async function readImageSizes(imagesDir: string, savedFile?: string): Promise<Map<string, { width: number; height: number }>> {
  if (savedFile) mergeSaved(imagesDir, savedFile);
  const sizes = new Map<string, { width: number; height: number }>();
  const entries: Record<string, KnownSize> = {};
  let changed = false;
  for (const file of (await listImages(imagesDir)).sort()) {
    const key = sitePath(imagesDir, file);
    const st = await stat(file);
    let k = known.get(file);
    if (!k || k.bytes !== st.size || k.mtimeMs !== st.mtimeMs || k.readAt - st.mtimeMs <= RACY_MS) {
      const readAt = Date.now();
      let size = { width: 0, height: 0 };
      try {
        // Loaded only here: most builds have no new or changed image.
        const { default: sharp } = await import("sharp");
        const m = await sharp(file).metadata();
        size = { width: m.width ?? 0, height: m.height ?? 0 };
      } catch {
        // Unreadable: no size, as before.
      }
      k = { bytes: st.size, mtimeMs: st.mtimeMs, readAt, size };
      known.set(file, k);
      changed = true;
    }
    sizes.set(key, k.size);
    entries[key] = k;
  }
  if (savedFile && changed) {
    writeFileAtomically(savedFile, JSON.stringify({ format: FORMAT, images: entries }));
  }
  return sizes;
}
