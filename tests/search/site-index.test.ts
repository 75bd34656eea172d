import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { siteSearchFiles } from "../../src/search/site-index.ts";
import { TermsStore } from "../../src/search/terms-store.ts";
import { wordWeights } from "../../src/search/terms.ts";
import type { Article, Category } from "../../src/types.ts";

const categories = [{ slug: "tin-tuc", name: "Tin tức", description: "", order: 1 }] as Category[];
const WORDS = ["hoàn", "kiếm", "phố", "cổ", "đình", "dinh", "ba", "quảng", "trường", "tây", "hồ", "mới"];

interface Doc {
  title: string;
  text: string;
}

function articles(docs: readonly Doc[]): Article[] {
  return docs.map((d, i) => ({ url: `/tin-tuc/bai-${i}/`, title: d.title, category: "tin-tuc", published: `2024-01-${String(1 + i).padStart(2, "0")}T08:00:00+07:00`, summary: "", text: d.text }) as Article);
}

/** Content keys as the article cache gives them: a function of the article's words. */
const keyOf = (a: Article) => `${a.url}|${a.title}|${a.text}`;

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(" "));
const doc = fc.record({ title: text, text });

describe("siteSearchFiles after an edit", () => {
  it("writes only changed files, and those laid over the last index give the whole index", () => {
    let partials = 0;
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 40 }), fc.nat(), doc, (docs, at, replacement) => {
        const store = TermsStore.open(null);
        const first = siteSearchFiles(articles(docs), categories, store, keyOf, null);
        const files = new Map(first.files);
        // One article edited: a word repeated (a weight alone changes), added, removed, or a new title.
        const edited = [...docs];
        edited[at % docs.length] = replacement;
        // Shards are patched from their last version, read from the files as they were.
        let reads = 0;
        const readOld = (rel: string) => (reads++, files.get(rel) ?? null);
        const next = siteSearchFiles(articles(edited), categories, store.next(), keyOf, first.state, readOld);
        const written = [...next.files];
        const whole = new Map(siteSearchFiles(articles(edited), categories, TermsStore.open(null), keyOf, null).files);
        expect(next.partial).toBe(true);
        partials++;
        for (const [rel, bytes] of written) files.set(rel, bytes);
        expect([...files.keys()].sort()).toEqual([...whole.keys()].sort());
        for (const [rel, bytes] of whole) expect(files.get(rel)?.toString(), rel).toBe(bytes.toString());
        // Shards are made only for words whose weight changed: none when the edit leaves every weight as it was.
        const weights = (d: Doc) => JSON.stringify([...wordWeights(d.title, "", d.text)].sort());
        const shards = written.filter(([rel]) => rel.startsWith("w/")).length;
        expect(shards === 0).toBe(weights(docs[at % docs.length]!) === weights(replacement));
        expect(reads).toBe(shards);
      }),
      { numRuns: 300 },
    );
    expect(partials).toBe(300);
  });
});

describe("siteSearchFiles after edits to a site of many shards", () => {
  const cats = [...categories, { slug: "thong-bao", name: "Thông báo", description: "", order: 2 }] as Category[];
  const SYLLABLES = ["ba", "bà", "cổ", "đà", "hồ", "kiếm", "một", "câu", "sửa", "quận", "giao", "phố", "phường", "thông", "thành", "trường", "tây", "năm", "số"];
  /** A deterministic word list: enough articles and words for the index to split into many shards. */
  const wordAt = (n: number) => `${SYLLABLES[n % SYLLABLES.length]!}${n % 7 ? "" : String(n % 50)}`;
  const base: Article[] = Array.from({ length: 500 }, (_, i) => ({
    url: `/tin-tuc/bai-${String(i).padStart(3, "0")}/`,
    title: `Bài ${wordAt(i * 7)}`,
    category: cats[i % 2]!.slug,
    published: `20${String(10 + (i >> 5)).padStart(2, "0")}-01-${String(1 + (i % 28)).padStart(2, "0")}T08:00:00+07:00`,
    summary: wordAt(i),
    text: Array.from({ length: 150 }, (_, k) => wordAt((i * 31 + k * k) % 700)).join(" "),
  })) as Article[];
  /** Content keys: one key, one article (its time and category included). */
  const keyOf = (a: Article) => JSON.stringify([a.url, a.title, a.category, a.published, a.summary, a.text]);
  const store = TermsStore.open(null);
  const first = siteSearchFiles(base, cats, store, keyOf, null);
  const files = new Map(first.files);
  const edit = fc.record({
    at: fc.nat({ max: 499 }),
    words: fc.array(fc.nat({ max: 800 }), { maxLength: 12 }),
    append: fc.boolean(),
    category: fc.boolean(),
    day: fc.option(fc.integer({ min: 1, max: 28 }), { freq: 4 }),
  });
  it("writes files that, laid over the last index, give the whole index", () => {
    expect(first.state.plan.split(",").length).toBeGreaterThan(5);
    let partials = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.option(fc.nat(), { freq: 4 }), (edits, shuffle, damage) => {
        const edited = base.map((a) => ({ ...a }));
        for (const e of edits) {
          const a = edited[e.at]!;
          const added = e.words.map(wordAt).join(" ");
          a.text = e.append ? `${a.text} ${added}` : added;
          if (e.category) a.category = a.category === "tin-tuc" ? "thong-bao" : "tin-tuc";
          if (e.day !== null) a.published = `${a.published.slice(0, 8)}${String(e.day).padStart(2, "0")}T09:00:00+07:00`;
        }
        // The list may come in another order: ids follow publication, whatever the list.
        const given = shuffle ? [...edited].reverse() : edited;
        // A shard damaged in the folder is made again from every article's words.
        const shards = [...files.keys()].filter((f) => f.startsWith("w/"));
        const broken = damage === null ? null : shards[damage % shards.length]!;
        const readOld = (rel: string) => (rel === broken ? Buffer.from("{}") : (files.get(rel) ?? null));
        const next = siteSearchFiles(given, cats, store.next(), keyOf, first.state, readOld);
        const folder = new Map(files);
        const written = new Map(next.files);
        for (const [rel, bytes] of written) folder.set(rel, bytes);
        if (!next.partial) for (const rel of [...folder.keys()]) if (!written.has(rel)) folder.delete(rel);
        else partials++;
        const whole = siteSearchFiles(edited, cats, TermsStore.open(null), keyOf, null);
        const wholeFiles = new Map(whole.files);
        expect([...folder.keys()].sort()).toEqual([...wholeFiles.keys()].sort());
        for (const [rel, bytes] of wholeFiles) expect(folder.get(rel)?.toString(), rel).toBe(bytes.toString());
        expect(next.state.id).toBe(whole.state.id);
        // The state after the edit serves the next one as a whole build's would.
        const { id: _a, hashes: ha, given: _g, ...rest } = next.state;
        const { id: _b, hashes: hb, given: _h, ...wholeRest } = whole.state;
        expect(rest.keys).toEqual(wholeRest.keys);
        expect([...ha].sort()).toEqual([...hb].sort());
        expect(Array.from(rest.years)).toEqual(Array.from(wholeRest.years));
        expect(Array.from(rest.categoryOf)).toEqual(Array.from(wholeRest.categoryOf));
        expect(rest.plan).toBe(wholeRest.plan);
        expect(rest.basis).toEqual(wholeRest.basis);
      }),
      { numRuns: 120 },
    );
    expect(partials).toBeGreaterThan(60);
  });
});

describe("siteSearchFiles when the categories change with an edit", () => {
  it("writes the whole index, and the next edit's files are right for the new categories", () => {
    const before = [{ slug: "tin-tuc", name: "Tin tức" }, { slug: "thong-bao", name: "Thông báo" }] as Category[];
    const after = [{ slug: "su-kien", name: "Sự kiện" }, ...before] as Category[];
    const keyOf = (a: Article) => JSON.stringify([a.url, a.title, a.category, a.published, a.text]);
    const list = (edit: string, third: string) =>
      Array.from({ length: 40 }, (_, i) => ({ url: `/a/${i}/`, title: `Bài ${i}`, category: i === 3 ? third : before[i % 2]!.slug, published: `2024-01-${String(1 + (i % 28)).padStart(2, "0")}T0${i % 10}:00:00+07:00`, summary: "", text: i === 7 ? edit : `phố ${i} quận` }) as Article);
    const store = TermsStore.open(null);
    const first = siteSearchFiles(list("một", "tin-tuc"), before, store, keyOf, null);
    const files = new Map(first.files);
    // An edit and a new category list: every file is made.
    const next = store.next();
    const second = siteSearchFiles(list("một câu", "su-kien"), after, next, keyOf, first.state, (rel) => files.get(rel) ?? null);
    const secondFiles = new Map(second.files);
    expect(second.partial).toBe(false);
    // Another edit with the same categories: only what changed, from the second state.
    const third = siteSearchFiles(list("một câu sửa", "su-kien"), after, next.next(), keyOf, second.state, (rel) => secondFiles.get(rel) ?? null);
    const folder = new Map(secondFiles);
    for (const [rel, bytes] of third.files) folder.set(rel, bytes);
    expect(third.partial).toBe(true);
    const whole = new Map(siteSearchFiles(list("một câu sửa", "su-kien"), after, TermsStore.open(null), keyOf, null).files);
    expect([...folder.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [rel, bytes] of whole) expect(folder.get(rel)?.toString(), rel).toBe(bytes.toString());
  });
});
