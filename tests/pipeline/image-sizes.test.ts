// Image sizes are read once and kept beside the cache: a fresh process reads only new or changed images.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readImageSizes } from "../../src/pipeline/image-sizes.ts";
import { ROOT } from "../helpers/fixtures.ts";

const DEMO = path.join(ROOT, "content/images/ho-guom.jpg");
const LONG_AGO = new Date(2020, 0, 1);

/** A root with one demo image (old mtime, so its size is trusted later) at `/images/<name>`. */
function root(name = "a.jpg"): { images: string; saved: string; file: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bantin-images-"));
  const images = path.join(dir, "content/images");
  mkdirSync(images, { recursive: true });
  const file = path.join(images, name);
  copyFileSync(DEMO, file);
  utimesSync(file, LONG_AGO, LONG_AGO);
  return { images, saved: path.join(dir, ".cache/bantin/images.json"), file };
}

describe("readImageSizes", () => {
  it("reads each image's width and height and saves them", async () => {
    const r = root();
    const sizes = await readImageSizes(r.images, r.saved);
    const size = sizes.get("/images/a.jpg");
    expect(size?.width).toBeGreaterThan(0);
    expect(size?.height).toBeGreaterThan(0);
    const saved = JSON.parse(readFileSync(r.saved, "utf8")) as { images: Record<string, { size: unknown }> };
    expect(saved.images["/images/a.jpg"]?.size).toEqual(size);
  });

  it("takes an unchanged image's size from what an earlier process saved, and reads a changed one again", async () => {
    const r = root("b.jpg");
    const real = (await readImageSizes(r.images)).get("/images/b.jpg");
    // What an earlier process saved for another root holding the same file, with a size no reader
    // would give: used as long as the file's size and mtime are the same.
    const other = root("b.jpg");
    const stamp = { bytes: readFileSync(other.file).length, mtimeMs: LONG_AGO.getTime(), readAt: Date.now() };
    mkdirSync(path.dirname(other.saved), { recursive: true });
    writeFileSync(other.saved, JSON.stringify({ format: 1, images: { "/images/b.jpg": { ...stamp, size: { width: 7, height: 3 } } } }));
    expect((await readImageSizes(other.images, other.saved)).get("/images/b.jpg")).toEqual({ width: 7, height: 3 });
    // Touched since: read again, and saved.
    const later = new Date(2021, 0, 1);
    utimesSync(other.file, later, later);
    expect((await readImageSizes(other.images, other.saved)).get("/images/b.jpg")).toEqual(real);
    expect(readFileSync(other.saved, "utf8")).toContain(`"width":${real?.width}`);
  });
});
