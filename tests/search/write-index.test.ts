import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { INDEX_DIR, writeSearchIndex } from "../../src/search/write-index.ts";
import type { Article, Category } from "../../src/types.ts";

const categories = [{ slug: "tin-tuc", name: "Tin tức", description: "", order: 1 }] as Category[];

function article(i: number, text: string): Article {
  return { url: `/tin-tuc/bai-${i}/`, title: `Bài ${i}`, category: "tin-tuc", published: `2024-0${1 + i}-01T08:00:00+07:00`, summary: text, text } as Article;
}

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json")).sort();
}

describe("writeSearchIndex", () => {
  it("writes only the files whose bytes change, and removes the ones an article no longer needs", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "bantin-search-"));
    const dir = path.join(out, INDEX_DIR);
    const first = [article(1, "Hoàn Kiếm phố cổ"), article(2, "Ba Đình quảng trường")];
    expect(await writeSearchIndex(out, first, categories, null)).toBe(listing(dir).length);
    const before = new Map(listing(dir).map((f) => [f, statSync(path.join(dir, f)).mtimeMs]));
    const again = await writeSearchIndex(out, first, categories, null);
    expect(again).toBe(0);
    for (const f of listing(dir)) expect(statSync(path.join(dir, f)).mtimeMs).toBe(before.get(f));
    // A stray file goes when the index is written whole (here: an article more).
    writeFileSync(path.join(dir, "w", "zz.json"), "{}");
    const edited = [article(1, "Hoàn Kiếm phố cổ"), article(2, "Ba Đình quảng trường mới"), article(3, "Tây Hồ")];
    expect(await writeSearchIndex(out, edited, categories, null)).toBeGreaterThan(0);
    expect(listing(dir)).not.toContain("w/zz.json");
    const fresh = mkdtempSync(path.join(os.tmpdir(), "bantin-search-"));
    await writeSearchIndex(fresh, edited, categories, null);
    const freshDir = path.join(fresh, INDEX_DIR);
    expect(listing(dir)).toEqual(listing(freshDir));
    for (const f of listing(dir)) expect(readFileSync(path.join(dir, f), "utf8")).toBe(readFileSync(path.join(freshDir, f), "utf8"));
  });
  it("writes an empty index for a site without articles", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "bantin-search-"));
    mkdirSync(out, { recursive: true });
    await writeSearchIndex(out, [], categories, null);
    expect(JSON.parse(readFileSync(path.join(out, INDEX_DIR, "meta.json"), "utf8"))).toMatchObject({ n: 0, shards: [] });
  });
  it("starts a build into an empty folder from the cache's copy of the last index, and gives the same bytes", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "bantin-search-root-"));
    const outs = [1, 2, 3, 4].map(() => mkdtempSync(path.join(os.tmpdir(), "bantin-search-")));
    const first = [article(1, "Hoàn Kiếm phố cổ"), article(2, "Ba Đình quảng trường")];
    await writeSearchIndex(outs[0]!, first, categories, root);
    // Nothing changed: everything comes from the copy.
    expect(await writeSearchIndex(outs[1]!, first, categories, root)).toBe(0);
    const edited = [article(1, "Hoàn Kiếm phố cổ về đêm"), article(2, "Ba Đình quảng trường")];
    await writeSearchIndex(outs[2]!, edited, categories, root);
    await writeSearchIndex(outs[3]!, edited, categories, null);
    const files = (out: string) => listing(path.join(out, INDEX_DIR)).map((f) => [f, readFileSync(path.join(out, INDEX_DIR, f), "utf8")]);
    expect(files(outs[1]!)).toEqual(files(outs[0]!));
    expect(files(outs[2]!)).toEqual(files(outs[3]!));
    const copy = path.join(root, ".cache/bantin/search/index");
    expect(readFileSync(path.join(copy, "meta.json"), "utf8")).toBe(readFileSync(path.join(outs[2]!, INDEX_DIR, "meta.json"), "utf8"));
  });
});
