import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalizeText, squashSpaces } from "../../src/text/normalize.ts";

describe("squashSpaces", () => {
  it("collapses and trims every kind of white space", () => {
    expect(squashSpaces("  Hoàn\u00A0 Kiếm\n")).toBe("Hoàn Kiếm");
    expect(squashSpaces("a\u2003b\u3000c\ufeff")).toBe("a b c");
    expect(squashSpaces("")).toBe("");
    expect(squashSpaces(" ")).toBe("");
  });

  it("gives what the regex gives, for any mix of letters and white space", () => {
    const chars = fc.constantFrom("a", "ố", " ", "  ", "\t", "\n", "\r", "\u000b", "\u000c", "\u00a0", "\u0085", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", ".");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (parts) => {
        const s = parts.join("");
        expect(squashSpaces(s)).toBe(s.replace(/[\s\u00A0]+/g, " ").trim());
      }),
      { numRuns: 5000 },
    );
  });
});

describe("normalizeText", () => {
  it("drops a BOM, turns CRLF into LF and composes to NFC", () => {
    expect(normalizeText("\uFEFFHoa\u0300n\r\nx\ry")).toBe("Hoàn\nx\ny");
  });
});
