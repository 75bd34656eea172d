import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isBlank, readUtf8 } from "../../src/text/utf8.ts";

const strict = new TextDecoder("utf-8", { fatal: true });
/** What bantin did before: TextDecoder, and a NUL refused. */
function reference(bytes: Uint8Array): string | null {
  try {
    const text = strict.decode(bytes);
    return text.includes("\u0000") ? null : text;
  } catch {
    return null;
  }
}

describe("readUtf8", () => {
  it("reads UTF-8, drops one BOM, refuses NUL and broken bytes", () => {
    expect(readUtf8(new TextEncoder().encode("\uFEFF\uFEFFHoàn"))).toBe("\uFEFFHoàn");
    expect(readUtf8(new Uint8Array([0x61, 0x00]))).toBeNull();
    expect(readUtf8(new Uint8Array([0xc3, 0x28]))).toBeNull();
    expect(readUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBeNull(); // a UTF-16 surrogate written as UTF-8
    expect(readUtf8(new Uint8Array([0xc0, 0xaf]))).toBeNull(); // overlong "/"
    expect(readUtf8(new Uint8Array(0))).toBe("");
  });

  it("answers as TextDecoder (fatal) does, on any bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => { expect(readUtf8(bytes)).toBe(reference(bytes)); }), { numRuns: 20000 });
    const text = fc.string({ unit: "binary", maxLength: 30 });
    fc.assert(fc.property(text, (s) => { const b = new TextEncoder().encode(s); expect(readUtf8(b)).toBe(reference(b)); }), { numRuns: 5000 });
  });

  it("reads a view into a larger buffer", () => {
    const whole = new TextEncoder().encode("xxHoànyy");
    expect(readUtf8(whole.subarray(2, whole.length - 2))).toBe("Hoàn");
  });
});

describe("isBlank", () => {
  it("answers as /^\\s*$/ on the Latin-1 reading of the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 6 }).map((b) => b.map((x) => [9, 10, 11, 12, 13, 32, 0xa0, 0x85, 0x20, 0x41, 0xc2, x][x % 12] as number)), (bytes) => {
        expect(isBlank(bytes)).toBe(/^\s*$/.test(Buffer.from(bytes).toString("latin1")));
      }),
      { numRuns: 20000 },
    );
  });
});
