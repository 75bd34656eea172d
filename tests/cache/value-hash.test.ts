import { describe, expect, it } from "vitest";
import { hashOf } from "../../src/cache/value-hash.ts";

describe("hashOf", () => {
  it("gives equal values one hash and tells apart values that differ anywhere", () => {
    const category = () => ({ slug: "tin-tuc", name: "Tin tức" });
    const item = (over: Record<string, unknown> = {}) => ({ title: "Hội nghị", n: 3, category: category(), tags: ["a"], ...over });
    expect(hashOf(item())).toBe(hashOf(item()));
    const variants = [
      item({ title: "Hội nghị " }),
      item({ n: "3" }),
      item({ category: { slug: "tin-tuc", name: "Tin tức – Sự kiện" } }),
      item({ tags: ["a", "b"] }),
      item({ extra: null }),
      item({ tags: [] }),
      { category: category(), title: "Hội nghị", n: 3, tags: ["a"] },
    ];
    const hashes = new Set([hashOf(item()), ...variants.map(hashOf)]);
    expect(hashes.size).toBe(variants.length + 1);
  });

  it("treats a field holding undefined as absent, as JSON does (a template reads undefined either way)", () => {
    expect(hashOf({ a: 1, b: undefined, c: [1] })).toBe(hashOf({ a: 1, c: [1] }));
    expect(hashOf({ a: 1, b: undefined, c: [{ x: 1 }] })).toBe(hashOf({ a: 1, c: [{ x: 1 }] }));
  });

  it("hashes an object once: later changes to a frozen-by-contract value are not seen (site data is never mutated)", () => {
    const o = { a: 1 };
    const h = hashOf(o);
    o.a = 2;
    expect(hashOf(o)).toBe(h);
    expect(hashOf({ a: 2 })).not.toBe(h);
  });
});
