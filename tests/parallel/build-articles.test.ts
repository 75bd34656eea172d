import { cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildArticle } from "../../src/pipeline/article.ts";
import { buildArticles, lastBuildStats, type SourceFile } from "../../src/parallel/build-articles.ts";
import { parseCategories } from "../../src/content/categories.ts";
import { ROOT } from "../helpers/fixtures.ts";

/** A copy of the demo content in a temp root, with its article files. */
function demo(): { root: string; files: SourceFile[]; ctx: Parameters<typeof buildArticle>[2] } {
  const root = mkdtempSync(path.join(os.tmpdir(), "bantin-par-"));
  cpSync(path.join(ROOT, "content"), path.join(root, "content"), { recursive: true, filter: (s) => !s.includes(`${path.sep}images`) });
  const files = readdirSync(path.join(root, "content"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => ({ abs: path.join(root, "content", f), file: `content/${f.split(path.sep).join("/")}` }));
  const { categories } = parseCategories(readFileSync(path.join(root, "content/categories.yaml"), "utf8"), "content/categories.yaml");
  return { root, files, ctx: { categories, images: new Map() } };
}

const inline = (d: ReturnType<typeof demo>) => d.files.map((f) => buildArticle(f.file, readFileSync(f.abs), d.ctx));
const json = (x: unknown) => JSON.stringify(x);

afterEach(() => {
  delete process.env["BANTIN_WORKERS"];
  delete process.env["BANTIN_CACHE"];
});

describe("buildArticles", () => {
  it("gives exactly what buildArticle gives, file by file, on worker threads", async () => {
    const d = demo();
    process.env["BANTIN_WORKERS"] = "2";
    const results = await buildArticles(d.files, d.ctx, d.root, { minParallel: 1 });
    expect(lastBuildStats()).toMatchObject({ built: d.files.length, threads: 2 });
    expect(json(results)).toBe(json(inline(d)));
  });

  it("takes unchanged files from the cache on the next build, and rebuilds an edited one", async () => {
    const d = demo();
    await buildArticles(d.files, d.ctx, d.root);
    // Old mtimes, so the stamps are trusted (a file modified within 2 s of its reading is re-read).
    for (const f of d.files) utimesSync(f.abs, new Date(2020, 0, 1), new Date(2020, 0, 1));
    await buildArticles(d.files, d.ctx, d.root);
    const edited = d.files[3] as SourceFile;
    writeFileSync(edited.abs, readFileSync(edited.abs, "utf8").replace(/\n$/, "\n\nMột đoạn mới.\n"));
    const results = await buildArticles(d.files, d.ctx, d.root);
    expect(lastBuildStats()).toMatchObject({ files: d.files.length, cached: d.files.length - 1, read: 1, built: 1 });
    expect(json(results)).toBe(json(inline(d)));
  });

  it("rebuilds everything when the context changes (a category renamed)", async () => {
    const d = demo();
    await buildArticles(d.files, d.ctx, d.root);
    const renamed = { ...d.ctx, categories: d.ctx.categories.map((c) => (c.slug === "y-te" ? { ...c, name: "Y tế – Sức khỏe" } : c)) };
    await buildArticles(d.files, renamed, d.root);
    expect(lastBuildStats()).toMatchObject({ cached: 0, built: d.files.length });
  });

  it("works without the cache (BANTIN_CACHE=0)", async () => {
    const d = demo();
    process.env["BANTIN_CACHE"] = "0";
    expect(json(await buildArticles(d.files, d.ctx, d.root))).toBe(json(inline(d)));
  });
});
