import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TermsStore } from "../../src/search/terms-store.ts";
import { wordWeights } from "../../src/search/terms.ts";

describe("TermsStore", () => {
  it("keeps the words of the articles a build used, and drops the others", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "bantin-terms-"));
    const a = wordWeights("Hoàn Kiếm", "", "phố cổ");
    const b = wordWeights("Ba Đình", "", "quảng trường");
    const first = TermsStore.open(root);
    expect(first.get("a")).toBeUndefined();
    const aIds = first.set("a", a);
    first.set("b", b);
    first.save();
    const second = TermsStore.open(root);
    expect(second.get("a")).toEqual(aIds);
    expect(second.vocabulary.words).toEqual(first.vocabulary.words);
    second.save();
    const third = TermsStore.open(root);
    expect(third.get("a")).toEqual(aIds);
    expect(third.get("b")).toBeUndefined();
  });
  it("hands the dev server's next build what this one used, without reading the disk", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "bantin-terms-"));
    const store = TermsStore.open(root);
    const ids = store.set("a", wordWeights("", "", "x"));
    expect(store.next().get("a")).toBe(ids);
  });
  it("starts empty from a damaged file", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "bantin-terms-"));
    const { mkdirSync, writeFileSync } = await import("node:fs");
    mkdirSync(path.join(root, ".cache/bantin/search"), { recursive: true });
    writeFileSync(path.join(root, ".cache/bantin/search/terms.v8"), "rác");
    expect(TermsStore.open(root).get("a")).toBeUndefined();
  });
  it("writes a few new entries to a journal, not the whole file, and reads both back", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "bantin-terms-"));
    const file = path.join(root, ".cache/bantin/search/terms.v8");
    const first = TermsStore.open(root);
    const ids = Array.from({ length: 30 }, (_, i) => first.set(`k${i}`, wordWeights(`Bài ${i}`, "", `phố ${i} cổ`)));
    first.save();
    const main = readFileSync(file);
    // One article edited: its old key unused, a new key with a new word.
    const second = TermsStore.open(root);
    for (let i = 1; i < 30; i++) expect(second.get(`k${i}`)).toEqual(ids[i]);
    const edited = second.set("k0-edited", wordWeights("Bài 0", "", "phố 0 cổ mới"));
    second.save();
    expect(readFileSync(file).equals(main)).toBe(true);
    expect(existsSync(`${file}.journal`)).toBe(true);
    const third = TermsStore.open(root);
    expect(third.vocabulary.words).toEqual(second.vocabulary.words);
    expect(third.get("k0-edited")).toEqual(edited);
    expect(third.get("k5")).toEqual(ids[5]);
    // Many new entries: the main file is rewritten with what was used, and the journal goes.
    for (let i = 0; i < 10; i++) third.set(`new${i}`, wordWeights("", "", `tin ${i}`));
    third.save();
    expect(existsSync(`${file}.journal`)).toBe(false);
    const fourth = TermsStore.open(root);
    expect(fourth.get("k0-edited")).toEqual(edited);
    expect(fourth.get("new9")).toEqual(third.get("new9"));
    expect(fourth.get("k0")).toBeUndefined();
  });
  it("ignores a journal written for another version of the main file", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "bantin-terms-"));
    const first = TermsStore.open(root);
    for (let i = 0; i < 20; i++) first.set(`k${i}`, wordWeights("", "", `phố ${i}`));
    first.save();
    const second = TermsStore.open(root);
    for (let i = 0; i < 20; i++) second.get(`k${i}`);
    second.set("extra", wordWeights("", "", "mới"));
    second.save();
    const file = path.join(root, ".cache/bantin/search/terms.v8");
    const journal = readFileSync(`${file}.journal`);
    expect(TermsStore.open(root).get("extra")).toBeDefined();
    // Another build rewrites the main file (a new version); an old journal put back must not count.
    const rewritten = TermsStore.open(root);
    for (let i = 0; i < 20; i++) rewritten.set(`z${i}`, wordWeights("", "", `khác ${i}`));
    rewritten.save();
    writeFileSync(`${file}.journal`, journal);
    expect(TermsStore.open(root).get("extra")).toBeUndefined();
    expect(TermsStore.open(root).get("z3")).toEqual(rewritten.get("z3"));
  });
});

describe("TermsStore.keep", () => {
  it("keeps the words of a key without reading them, and says whether the store has them", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "bantin-terms-"));
    const first = TermsStore.open(root);
    const ids = Array.from({ length: 30 }, (_, i) => first.set(`k${i}`, wordWeights("", "", `phố ${i}`)));
    first.save();
    // An edit: 29 articles kept as they were, one new key.
    const second = TermsStore.open(root);
    for (let i = 1; i < 30; i++) expect(second.keep(`k${i}`)).toBe(true);
    expect(second.keep("missing")).toBe(false);
    second.set("k0-edited", wordWeights("", "", "phố mới"));
    second.save();
    const third = TermsStore.open(root);
    expect(third.get("k7")).toEqual(ids[7]);
    expect(third.get("k0-edited")).toBeDefined();
    expect(third.peek("missing")).toBeUndefined();
    // The dev server's next store has what was kept, read now.
    expect(second.next().get("k9")).toEqual(ids[9]);
  });
});
