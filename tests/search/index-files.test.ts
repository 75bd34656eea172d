import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, searchEngine, words } from "../../layouts/assets/search-core.js";
import { planIndex, planShards, searchIndexFiles as indexFiles, type SearchDoc } from "../../src/search/index-files.ts";
import { wordWeights } from "../../src/search/terms.ts";
import { siteSearchFiles, type IndexState } from "../../src/search/site-index.ts";
import { TermsStore } from "../../src/search/terms-store.ts";
import type { Article, Category } from "../../src/types.ts";

/** The engine the search page runs, over files held in memory. */
function engineOver(files: Map<string, Buffer>) {
  return searchEngine(async (file: string) => {
    const bytes = files.get(file);
    if (bytes === undefined) throw new Error(`no ${file}`);
    return JSON.parse(bytes.toString("utf8")) as unknown;
  });
}

const CATS = [
  { slug: "tin-tuc", name: "Tin tức" },
  { slug: "thong-bao", name: "Thông báo" },
] as Category[];

/** Article i, published on 1 January of `year` (ids follow publication time). */
function doc(i: number, title: string, text: string, year = 2020 + i, category = i % 2): Article {
  const published = `${year}-01-01T08:${String(i % 60).padStart(2, "0")}:00+07:00`;
  return { url: `/tin-tuc/bai-${String(i).padStart(3, "0")}/`, title, category: CATS[category]!.slug, published, summary: text.slice(0, 60), text } as Article;
}

/** The index files of articles, keyed by their text (as content keys are), and the state after. */
function build(articles: Article[], store = TermsStore.open(null), previous: IndexState | null = null) {
  return siteSearchFiles(articles, CATS, store, (a) => `${a.url}|${a.title}|${a.text}`, previous);
}

function searchIndexFiles(articles: Article[]): Map<string, Buffer> {
  return new Map(build(articles).files);
}

describe("planShards", () => {
  it("keeps a small index in one shard and splits a big one by letters", () => {
    expect([...planShards(new Map([["an", 10], ["ba", 10]]), 100).keys()]).toEqual([""]);
    const big = planShards(new Map([["tha", 60], ["thi", 60], ["t", 5], ["an", 5]]), 50);
    expect([...big.keys()].sort()).toEqual(["a", "t", "tha", "thi"]);
    expect(big.get("t")).toEqual(["t"]);
  });
  it("puts every word in exactly one shard", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-d]{1,4}$/), fc.integer({ min: 1, max: 40 })), fc.integer({ min: 5, max: 60 }), (sizes, limit) => {
        const plan = planShards(new Map(Object.entries(sizes)), limit);
        const placed = [...plan.values()].flat().sort();
        expect(placed).toEqual(Object.keys(sizes).sort());
      }),
    );
  });
});

describe("searchIndexFiles + the search page's engine", () => {
  const docs = [
    doc(0, "Đoàn công tác học tập tại Đà Nẵng", "Đoàn cán bộ quận đến Đà Nẵng học tập kinh nghiệm."),
    doc(1, "Giao lưu văn nghệ", "Đoàn nghệ sĩ đến từ Da Nang biểu diễn tại phố đi bộ."),
    doc(2, "Quận Hoàn Kiếm tổng kết năm", "Hoàn Kiếm tổng kết công tác năm, Hoàn Kiếm khen thưởng."),
    doc(3, "Kiểm tra trật tự đô thị", "Phường kiểm tra vỉa hè trên phố Hàng Bài."),
  ];
  const files = searchIndexFiles(docs);

  it("finds words with or without diacritics, đ included, exact spelling first", async () => {
    const e = engineOver(files);
    expect(await e.find("hoan kiem")).toEqual([2]);
    expect(await e.find("HOÀN KIẾM")).toEqual([2]);
    expect(await e.find("da nang")).toEqual(expect.arrayContaining([0, 1]));
    expect((await e.find("Đà Nẵng"))[0]).toBe(0);
  });
  it("matches the last word as a prefix while it is typed, earlier words whole", async () => {
    const e = engineOver(files);
    expect(await e.find("kiem tr")).toEqual([3]);
    expect(await e.find("ki")).toEqual(expect.arrayContaining([2, 3]));
    expect(await e.find("kie phố")).toEqual([]);
  });
  it("filters by category and year, and lists newest first without words", async () => {
    const e = engineOver(files);
    expect(await e.find("", { category: "tin-tuc" })).toEqual([2, 0]);
    expect(await e.find("", { year: "2021" })).toEqual([1]);
    expect(await e.find("", { year: "1999" })).toEqual([]);
    expect(await e.find("đoàn", { category: "thong-bao" })).toEqual([1]);
  });
  it("files an article under its year in Hà Nội, whatever offset its time was written with", async () => {
    const utc = { ...doc(9, "Đêm giao thừa", "Bắn pháo hoa"), published: "2020-12-31T17:30:00Z" } as Article;
    const e = engineOver(searchIndexFiles([utc]));
    expect(await e.find("", { year: "2021" })).toEqual([0]);
    expect((await e.doc(0))[2]).toBe("01/01/2021");
  });
  it("gives each document's url, title, date, category name and summary", async () => {
    expect(await engineOver(files).doc(1)).toEqual(["/tin-tuc/bai-001/", "Giao lưu văn nghệ", "01/01/2021", "Thông báo", docs[1]!.summary]);
  });
  it("finds every document holding a word that starts like the query, whatever the words", async () => {
    const vocab = ["hoàn", "hoan", "hoàng", "kiếm", "kiểm", "đường", "duong", "phố", "phó", "tổ", "to", "năm", "nam", "nằm", "đà", "da", "dạ"];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 30 }), fc.constantFrom(...vocab), async (texts, query) => {
        const ds = texts.map((t, i) => doc(i, "", t.join(" "), 2020));
        const e = engineOver(searchIndexFiles(ds));
        // One word is the word being typed: it matches as a prefix (a small index is one shard).
        const found = new Set(await e.find(query));
        const expected = ds.flatMap((_, i) => (words(texts[i]!.join(" ")).some((w) => fold(w).startsWith(fold(query))) ? [i] : []));
        expect([...found].sort((a, b) => a - b)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe("writing shards in groups", () => {
  it("gives the same files whatever the group size", () => {
    const store = TermsStore.open(null);
    const docs: SearchDoc[] = Array.from({ length: 3000 }, (_, i) => ({
      url: `/a/${i}/`,
      title: `Bài ${i}`,
      published: "2024-01-01T08:00:00+07:00",
      year: 2024,
      category: 0,
      summary: "",
      terms: store.set(null, wordWeights(`Bài ${i}`, "", `phường ${i % 9} phố ${i % 13} quận ${i} năm`)),
    }));
    const index = planIndex(docs, store.vocabulary);
    const whole = new Map(indexFiles(docs, store.vocabulary, index, [["tin-tuc", "Tin tức"]], () => "x"));
    expect(index.plan.size).toBeGreaterThan(3);
    const grouped = new Map(indexFiles(docs, store.vocabulary, index, [["tin-tuc", "Tin tức"]], () => "x", 50));
    expect(grouped).toEqual(whole);
  });
});

describe("after an edit", () => {
  const vocab = ["hoàn", "kiếm", "phố", "cổ", "đường", "tàu", "vỉa", "hè", "năm", "mới", "quận", "phường"];
  it("makes only the files the edit changes, each as a full build makes it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 20 }), { minLength: 2, maxLength: 80 }),
        fc.nat(),
        fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 20 }),
        (texts, at, edit) => {
          const before = texts.map((t, i) => doc(i, `Bài ${i}`, t.join(" "), 2020 + (i >> 4)));
          const store = TermsStore.open(null);
          const first = build(before, store);
          const firstFiles = new Map(first.files);
          const i = at % before.length;
          const after = before.map((a, j) => (j === i ? { ...a, text: edit.join(" ") } : a));
          const incremental = build(after, store.next(), first.state);
          const fullBuild = build(after);
          const full = new Map(fullBuild.files);
          const made = new Map(incremental.files);
          // The folder after the incremental write: the first index, overwritten with what it made.
          const folder = new Map(firstFiles);
          for (const [f, text] of made) folder.set(f, text);
          if (!incremental.partial) for (const f of [...folder.keys()]) if (!made.has(f)) folder.delete(f);
          expect(folder).toEqual(full);
          expect(incremental.state.id).toBe(fullBuild.state.id);
        },
      ),
      { numRuns: 120 },
    );
  });
  it("gives the same bytes whether the words came from the cache or not", () => {
    const articles = Array.from({ length: 40 }, (_, i) => doc(i, `Bài ${i}`, `phường ${i % 7} phố cổ ${i}`, 2000 + i));
    const cached = new Map(build(articles).files);
    const uncached = new Map(siteSearchFiles(articles, CATS, TermsStore.open(null), () => null, null).files);
    expect(uncached).toEqual(cached);
  });
  it("makes few files when one article of many changes", () => {
    const many = Array.from({ length: 300 }, (_, i) => doc(i, `Bài ${i}`, `quận phường năm ${i} phố số ${i % 17}`, 2000 + (i >> 5)));
    const store = TermsStore.open(null);
    const first = build(many, store);
    const all = [...first.files].length;
    const edited = many.map((a, j) => (j === 150 ? { ...a, text: `${a.text} vỉa hè` } : a));
    const next = build(edited, store.next(), first.state);
    expect(next.partial).toBe(true);
    const made = new Map(next.files);
    expect(made.size).toBeLessThan(all);
    expect([...made.keys()]).toContain("d/4.json");
  });
});
