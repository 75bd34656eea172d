import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { passthroughCopies, pruneCopies, removeFile, syncCopies } from "../../src/render/out-files.ts";
import { tempDir } from "../helpers/project.ts";

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

describe("passthrough copies", () => {
  it("names the sources relative to the working folder when under it, else absolute", () => {
    expect(passthroughCopies("/p", "/p", "/p")).toEqual({ images: "content/images", assets: "layouts/assets" });
    expect(passthroughCopies("/site", "/p", "/p")).toEqual({ images: "/site/content/images", assets: "layouts/assets" });
  });

  it("copies new and changed files only, and removes copies whose source is gone", () => {
    const dir = tempDir();
    const src = path.join(dir, "images");
    const out = path.join(dir, "_site");
    write(path.join(src, "a.jpg"), "a");
    write(path.join(src, "sub/b.jpg"), "b");
    const copies = { images: src };
    expect(syncCopies(out, copies)).toBe(2);
    expect(syncCopies(out, copies)).toBe(0);
    // Same size, newer source: copied again.
    write(path.join(src, "a.jpg"), "A");
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(src, "a.jpg"), later, later);
    expect(syncCopies(out, copies)).toBe(1);
    expect(readFileSync(path.join(out, "images/a.jpg"), "utf8")).toBe("A");
    removeFile(src, "sub/b.jpg");
    pruneCopies(out, copies);
    expect(existsSync(path.join(out, "images/sub"))).toBe(false);
    expect(existsSync(path.join(out, "images/a.jpg"))).toBe(true);
  });
});
