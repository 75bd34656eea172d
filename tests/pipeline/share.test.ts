// Structural sharing: equal parts keep the previous build's objects, changed ones are new, nothing is mutated.
import { describe, expect, it } from "vitest";
import { share } from "../../src/pipeline/share.ts";

describe("share", () => {
  it("returns the previous object when everything is equal", () => {
    const prev = { a: [1, { b: "x" }], c: null };
    expect(share(prev, { a: [1, { b: "x" }], c: null })).toBe(prev);
  });

  it("keeps equal parts and takes the changed ones", () => {
    const prev = { same: { x: [1, 2] }, changed: { y: 1 }, list: [{ k: 1 }, { k: 2 }] };
    const next = { same: { x: [1, 2] }, changed: { y: 2 }, list: [{ k: 1 }, { k: 3 }] };
    const out = share(prev, next);
    expect(out).toEqual(next);
    expect(out).not.toBe(prev);
    expect(out.same).toBe(prev.same);
    expect(out.changed).toBe(next.changed);
    expect(out.list[0]).toBe(prev.list[0]);
    expect(out.list[1]).toBe(next.list[1]);
    expect(prev.changed.y).toBe(1);
  });

  it("compares objects that are not plain data (cached articles, maps) by identity only", () => {
    class Thing {
      constructor(readonly v: number) {}
    }
    const t = new Thing(1);
    expect(share({ t }, { t: new Thing(1) }).t).not.toBe(t);
    const prev = { t, m: new Map() };
    expect(share(prev, { t, m: prev.m })).toBe(prev);
  });

  it("sees a different key order, length or kind as a change", () => {
    expect(share({ a: 1, b: 2 }, { b: 2, a: 1 })).toEqual({ b: 2, a: 1 });
    expect(Object.keys(share({ a: 1, b: 2 }, { b: 2, a: 1 }))).toEqual(["b", "a"]);
    const prev = [1, 2, 3];
    expect(share(prev, [1, 2])).toEqual([1, 2]);
    expect(share([1], { 0: 1 })).toEqual({ 0: 1 });
  });
});
