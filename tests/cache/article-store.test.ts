import { mkdtempSync, readdirSync, rmSync, unlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleStore } from "../../src/cache/article-store.ts";
import { articleKeyOf, fromEntry } from "../../src/cache/lazy-article.ts";
import { makeArticle } from "../helpers/articles.ts";

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "bantin-store-"));

describe("ArticleStore", () => {
  it("gives back an article equal to the one stored, with HTML and text read from the pack", () => {
    const store = ArticleStore.open(tempDir());
    store.beginBuild();
    const article = makeArticle({ slug: "a", html: "<p>Đàm Văn Huân</p>", text: "Đàm Văn Huân" });
    const entry = store.put("k1", { article, problems: [] });
    expect(entry.article).not.toHaveProperty("html");
    const back = fromEntry(store, "k1", entry).article;
    expect(JSON.stringify(back)).toBe(JSON.stringify(article));
    expect(back?.html).toBe("<p>Đàm Văn Huân</p>");
    expect(articleKeyOf(back as object)).toBe("k1");
  });

  it("keeps results and file stamps across processes (a reopened index)", () => {
    const dir = tempDir();
    const first = ArticleStore.open(dir);
    first.beginBuild();
    first.put("k1", { article: makeArticle({ slug: "a", html: "<p>một</p>" }), problems: [] });
    first.stamp("content/a.md", 10, 1000, "h1", 1_000_000);
    first.save();
    const second = ArticleStore.open(dir);
    second.beginBuild();
    const entry = second.get("k1");
    expect(entry && fromEntry(second, "k1", entry).article?.html).toBe("<p>một</p>");
    expect(second.knownHash("content/a.md", 10, 1000)).toBe("h1");
    expect(second.knownHash("content/a.md", 11, 1000)).toBeNull();
  });

  it("keeps a file's article key with its stamp, for its bytes and context only", () => {
    const dir = tempDir();
    const first = ArticleStore.open(dir);
    first.stamp("content/a.md", 10, 1000, "h1", 1_000_000);
    first.rememberKey("content/a.md", "h1", "ctx1", "key1");
    first.rememberKey("content/b.md", "h9", "ctx1", "key9");
    first.save();
    const second = ArticleStore.open(dir);
    expect(second.knownKey("content/a.md", "h1", "ctx1")).toBe("key1");
    expect(second.knownKey("content/a.md", "h1", "ctx2")).toBeNull();
    expect(second.knownKey("content/a.md", "h2", "ctx1")).toBeNull();
    expect(second.knownKey("content/b.md", "h9", "ctx1")).toBeNull();
    // New bytes: a new stamp, without the old key.
    second.stamp("content/a.md", 11, 2000, "h2", 1_000_000);
    expect(second.knownKey("content/a.md", "h2", "ctx1")).toBeNull();
    expect(second.knownHash("content/a.md", 11, 2000)).toBe("h2");
  });

  it("does not trust the stamp of a file modified just before it was read (racy mtime)", () => {
    const store = ArticleStore.open(tempDir());
    store.stamp("content/a.md", 10, 5_000, "h1", 5_500);
    expect(store.knownHash("content/a.md", 10, 5_000)).toBeNull();
  });

  it("stores a file with errors as its problems, with no article", () => {
    const store = ArticleStore.open(tempDir());
    const problems = [{ code: "BT006" as const, severity: "error" as const, file: "content/a.md", line: 3, column: 1, field: "date", message: "sai ngày" }];
    const entry = store.put("bad", { article: null, problems });
    expect(fromEntry(store, "bad", entry)).toEqual({ article: null, problems });
  });

  it("forgets entries whose pack file is gone instead of reading garbage", () => {
    const dir = tempDir();
    const store = ArticleStore.open(dir);
    store.beginBuild();
    store.put("k1", { article: makeArticle({ slug: "a" }), problems: [] });
    store.save();
    for (const f of readdirSync(store.folder).filter((f) => f.endsWith(".pack"))) unlinkSync(path.join(store.folder, f));
    expect(ArticleStore.open(dir).get("k1")).toBeUndefined();
  });

  it("drops entries no build has used for a while", () => {
    const dir = tempDir();
    const store = ArticleStore.open(dir);
    store.beginBuild();
    store.put("old", { article: makeArticle({ slug: "a" }), problems: [] });
    for (let i = 0; i < 5; i++) {
      store.beginBuild();
      store.put(`new${i}`, { article: makeArticle({ slug: `b${i}` }), problems: [] });
      store.save({ full: true });
    }
    expect(ArticleStore.open(dir).get("old")).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes a few changes to a small journal, read back with the index", () => {
    const dir = tempDir();
    const store = ArticleStore.open(dir);
    store.beginBuild();
    store.put("k1", { article: makeArticle({ slug: "a", html: "<p>một</p>" }), problems: [] });
    store.save({ full: true });
    store.put("k2", { article: makeArticle({ slug: "b", html: "<p>hai</p>" }), problems: [] });
    store.stamp("content/b.md", 3, 1000, "hb", 1_000_000);
    store.save();
    expect(readdirSync(store.folder)).toContain("journal.v8");
    const again = ArticleStore.open(dir);
    const k2 = again.get("k2");
    expect(k2 && fromEntry(again, "k2", k2).article?.html).toBe("<p>hai</p>");
    expect(again.get("k1")).toBeDefined();
    expect(again.knownHash("content/b.md", 3, 1000)).toBe("hb");
  });

  it("keeps each code version in its own folder: a build reads only its version's entries, and switching back finds its own again", () => {
    const dir = tempDir();
    const a = ArticleStore.open(dir, { version: "a".repeat(40) });
    a.beginBuild();
    a.put("ka", { article: makeArticle({ slug: "a", html: "<p>A</p>" }), problems: [] });
    a.stamp("content/a.md", 10, 1000, "ha", 1_000_000);
    a.save({ full: true });
    // Another branch's code: none of a's entries or stamps are read, and its builds do not age them.
    const b = ArticleStore.open(dir, { version: "b".repeat(40) });
    expect(b.get("ka")).toBeUndefined();
    expect(b.knownHash("content/a.md", 10, 1000)).toBeNull();
    for (let i = 0; i < 6; i++) {
      b.beginBuild();
      b.put(`kb${i}`, { article: makeArticle({ slug: `b${i}` }), problems: [] });
      b.save({ full: true });
    }
    expect(b.folder).not.toBe(a.folder);
    expect(readdirSync(dir).sort()).toEqual(["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"]);
    // Back on the first branch: everything it had is there.
    const again = ArticleStore.open(dir, { version: "a".repeat(40) });
    again.beginBuild();
    const ka = again.get("ka");
    expect(ka && fromEntry(again, "ka", ka).article?.html).toBe("<p>A</p>");
    expect(again.knownHash("content/a.md", 10, 1000)).toBe("ha");
    expect(again.get("kb0")).toBeUndefined();
  });

  it("keeps meta out of the index: a reopened store's article reads it from the pack once, equal and in its place", () => {
    const dir = tempDir();
    const first = ArticleStore.open(dir);
    first.beginBuild();
    const article = makeArticle({ slug: "a", html: "<p>một</p>", text: "một" });
    article.meta = { ...article.meta, attendees: [{ name: "Đàm Văn Huân", role: "Chủ tịch UBND phường" }] };
    first.put("k1", { article, problems: [] });
    first.save({ full: true });
    const second = ArticleStore.open(dir);
    const entry = second.get("k1");
    expect(entry?.article).not.toHaveProperty("meta");
    const back = entry && fromEntry(second, "k1", entry).article;
    expect(JSON.stringify(back)).toBe(JSON.stringify(article));
    expect(Object.keys(back ?? {})).toEqual(Object.keys(article));
    expect(back?.meta.attendees[0]?.name).toBe("Đàm Văn Huân");
    // One object: collections and memo keys may rely on its identity.
    expect(back?.meta).toBe(back?.meta);
  });

  it("finds meta in the journal after a small save, and in the pack when metas.v8 is gone", () => {
    const dir = tempDir();
    const store = ArticleStore.open(dir);
    store.beginBuild();
    const a = makeArticle({ slug: "a" });
    a.meta = { ...a.meta, eventDate: "2024-05-01" };
    const b = makeArticle({ slug: "b" });
    b.meta = { ...b.meta, location: "Nhà văn hóa phường" };
    store.put("ka", { article: a, problems: [] });
    store.save({ full: true });
    store.put("kb", { article: b, problems: [] });
    store.save();
    const again = ArticleStore.open(dir);
    const meta = (key: string, s: ArticleStore) => {
      const e = s.get(key);
      return e && fromEntry(s, key, e).article?.meta;
    };
    expect(meta("kb", again)).toEqual(b.meta);
    expect(meta("ka", again)).toEqual(a.meta);
    unlinkSync(path.join(store.folder, "metas.v8"));
    const third = ArticleStore.open(dir);
    expect(meta("ka", third)).toEqual(a.meta);
  });

  it("reads the first metas of a reopened store from their packs and the rest from metas.v8, all equal", () => {
    const dir = tempDir();
    const store = ArticleStore.open(dir);
    store.beginBuild();
    const articles = Array.from({ length: 80 }, (_, i) => {
      const a = makeArticle({ slug: `a${i}` });
      a.meta = { ...a.meta, location: `Nhà văn hóa tổ dân phố ${i}` };
      store.put(`k${i}`, { article: a, problems: [] });
      return a;
    });
    store.save({ full: true });
    const again = ArticleStore.open(dir);
    articles.forEach((a, i) => {
      const e = again.get(`k${i}`);
      expect(e && fromEntry(again, `k${i}`, e).article?.meta).toEqual(a.meta);
    });
  });
});
