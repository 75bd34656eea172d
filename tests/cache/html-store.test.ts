import { mkdtempSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HtmlStore } from "../../src/cache/html-store.ts";

const entry = (pack: string, at: [number, number]) => ({ output: "a/index.html", reads: ["site"], readsHash: "h", pack, at });

describe("HtmlStore", () => {
  it("keeps the pages of a build for the next one, and forgets those whose pack is gone or short", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bantin-html-store-"));
    const name = `x-${process.pid}-1-a.pack`;
    writeFileSync(path.join(dir, name), "<p>một</p><p>hai</p>");
    const store = HtmlStore.open(dir);
    store.beginBuild();
    store.put("k1", entry(name, [0, 12]));
    store.put("k2", entry(name, [12, 999]));
    store.save();
    const again = HtmlStore.open(dir);
    expect(again.get("k1")).toMatchObject({ output: "a/index.html", at: [0, 12] });
    expect(again.get("k2")).toBeUndefined();
    unlinkSync(path.join(dir, name));
    expect(HtmlStore.open(dir).get("k1")).toBeUndefined();
  });

  it("deletes packs no page points to, unless a running build is writing them", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bantin-html-store-"));
    const mine = `x-${process.pid}-1-a.pack`;
    const dead = "x-999999999-1-b.pack";
    const running = `x-${process.ppid}-1-c.pack`;
    for (const f of [mine, dead, running]) writeFileSync(path.join(dir, f), "<p></p>");
    const store = HtmlStore.open(dir);
    store.beginBuild();
    store.save();
    expect(readdirSync(dir).filter((f) => f.endsWith(".pack"))).toEqual([running]);
  });
});

describe("HtmlStore size", () => {
  it("drops the pages a build did not use once the packs hold more than twice what it used", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bantin-html-store-"));
    const big = 40 * 1024 * 1024;
    const old = `a-${process.pid}-1-old.pack`;
    const fresh = `b-${process.pid}-1-new.pack`;
    writeFileSync(path.join(dir, old), Buffer.alloc(big));
    const store = HtmlStore.open(dir);
    store.beginBuild();
    store.put("old", entry(old, [0, big]));
    store.save();
    // The next build renders everything anew (say, a layout changed): the old pack is dead weight.
    writeFileSync(path.join(dir, fresh), Buffer.alloc(big));
    // An incremental build (it looks up only the pages it renders) keeps the others.
    const incremental = HtmlStore.open(dir);
    incremental.beginBuild();
    incremental.put("new", entry(fresh, [0, big]));
    incremental.save();
    expect(HtmlStore.open(dir).get("old")).toBeDefined();
    const next = HtmlStore.open(dir);
    next.beginBuild();
    next.put("new", entry(fresh, [0, big]));
    next.save({ everyPage: true });
    const after = HtmlStore.open(dir);
    expect(after.get("new")).toBeDefined();
    expect(after.get("old")).toBeUndefined();
    expect(readdirSync(dir).filter((f) => f.endsWith(".pack"))).toEqual([fresh]);
  });
});
