import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { decodeIndex, encodeIndex, makerOf, type IndexFile } from "../../src/cache/article-index.ts";
import type { IndexData, StoredEntry } from "../../src/cache/article-store-types.ts";

const entry = (article: Record<string, unknown> | null, over: Partial<StoredEntry> = {}): StoredEntry =>
  ({ article, problems: [], pack: "a.pack", htmlAt: 0, htmlBytes: 10, textAt: 10, textBytes: 5, slimAt: 15, slimBytes: 7, used: 3, ...over }) as StoredEntry;

describe("article index columns", () => {
  it("read back equal to what was written: articles of two shapes, none, problems, packs, stamps", () => {
    const tags = ["y tế"];
    const problem = { code: "BT006", severity: "error", file: "content/b.md", line: 3, column: 1, field: "date", message: "sai ngày" };
    const index: IndexData = {
      format: 6,
      id: "abc",
      build: 7,
      fields: ["file", "title", "tags"],
      entries: new Map([
        ["k1", entry({ file: "content/a.md", title: "Tiêu đề", tags, views: null })],
        ["k2", entry(null, { problems: [problem] as StoredEntry["problems"], pack: "b.pack", htmlBytes: 0, used: 5 })],
        ["k3", entry({ title: "Khác", file: "content/c.md", tags: [], "odd-name": 1 })],
        ["k4", entry({ file: "content/d.md", title: "Bốn", tags, views: 12 }, { htmlAt: 2 ** 33, htmlBytes: 9 })],
      ]),
      stamps: new Map([
        ["content/a.md", { size: 10, mtimeMs: 1795779659014.9624, hash: "a".repeat(40) }],
        ["content/b.md", { size: 0, mtimeMs: 1, hash: "b".repeat(40), key: "k2", keyContext: "ctx" }],
        ["content/c.md", { size: 3, mtimeMs: 2, hash: "c".repeat(40), key: "k3", keyContext: "ctx" }],
      ]),
    };
    const back = decodeIndex(deserialize(serialize(encodeIndex(index, 6))) as IndexFile);
    expect(back.format).toBe(6);
    expect(back.id).toBe("abc");
    expect(back.build).toBe(7);
    expect(back.fields).toEqual(index.fields);
    expect([...back.entries.keys()]).toEqual(["k1", "k2", "k3", "k4"]);
    for (const [k, e] of index.entries) {
      const b = back.entries.get(k);
      expect(JSON.stringify(b)).toBe(JSON.stringify(e));
      // Same keys in the same order: JSON of an article does not depend on how it was stored.
      expect(Object.keys(b?.article ?? {})).toEqual(Object.keys(e.article ?? {}));
    }
    expect([...back.stamps]).toEqual([...index.stamps]);
  });

  it("keeps repeated strings once, in a table per field, and reads them back in place", () => {
    const entries = new Map<string, StoredEntry>();
    for (let i = 0; i < 80; i++) {
      const article = { file: `content/${i}.md`, category: i % 2 ? "y-te" : "giao-duc", author: i % 3 ? null : "Ngọc Diệp", tags: i % 5 ? ["cây xanh", "Covid-19"] : [], orphanCaptions: [`chú thích ${i}`], views: i % 4 ? null : i };
      entries.set(`k${i}`, entry(article));
    }
    const index: IndexData = { format: 6, id: "x", build: 1, fields: [], entries, stamps: new Map() };
    const encoded = encodeIndex(index, 6);
    expect(encoded.tables.map(([field, kind]) => `${field}:${kind}`).sort()).toEqual(["author:one", "category:one", "tags:list"]);
    const back = decodeIndex(deserialize(serialize(encoded)) as IndexFile);
    expect(JSON.stringify([...back.entries])).toBe(JSON.stringify([...entries]));
  });

  it("makes objects with their keys in order, plain names or not", () => {
    expect(JSON.stringify(makerOf(["b", "a"])([0, 1, 2], 1))).toBe('{"b":1,"a":2}');
    const odd = makerOf(["x-y", "z"])(["1", "2"], 0);
    expect(JSON.stringify(odd)).toBe('{"x-y":"1","z":"2"}');
  });
});
