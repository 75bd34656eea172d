import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteWriter } from "../../src/search/bytes.ts";

describe("ByteWriter", () => {
  it("writes numbers, ASCII and UTF-8 as JSON.stringify would, growing as needed", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(), fc.string()), { maxLength: 3000 }), (items) => {
        const w = new ByteWriter();
        w.ascii("[");
        items.forEach((x, i) => {
          if (i) w.ascii(",");
          if (typeof x === "number") w.uint(x);
          else w.utf8(JSON.stringify(x));
        });
        w.ascii("]");
        expect(w.take().toString("utf8")).toBe(JSON.stringify(items));
      }),
      { numRuns: 60 },
    );
  });
  it("starts empty again after take", () => {
    const w = new ByteWriter();
    w.uint(7);
    w.take();
    w.ascii("x");
    expect(w.take().toString()).toBe("x");
  });
});

describe("ByteWriter.bytes", () => {
  it("copies a range of bytes as they are", () => {
    const w = new ByteWriter();
    w.ascii("<");
    w.bytes(Buffer.from("abcdef"), 1, 4);
    w.uint(1234567890123);
    expect(w.take().toString()).toBe("<bcd1234567890123");
  });
});
