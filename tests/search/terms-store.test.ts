import { mkdtempSync } from "node:fs";
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
});
