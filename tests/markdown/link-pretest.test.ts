import { describe, expect, it } from "vitest";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { mayLink, withLinkPretest } from "../../src/markdown/link-pretest.ts";

const plain = new MarkdownIt({ linkify: true });
/** linkify-it 6 finds "a.vn" only with fuzzyLink on: the pretest lets those through too. */
const fuzzy = new MarkdownIt({ linkify: true });
fuzzy.linkify.set({ fuzzyLink: true });

describe("mayLink", () => {
  it("lets through every text in which linkify-it finds a link", () => {
    for (const text of ["xem https://a.vn", "ghi mailto:a@b.vn", "//a.vn/x", "a@b.vn", "www.hoankiem.gov.vn", "site a.com nhé", "x.рф", "X.COM", "gõ xn--d1acj3b.xn--p1ai"]) {
      expect(fuzzy.linkify.test(text), text).toBe(true);
      expect(mayLink(text), text).toBe(true);
    }
  });

  it("never says no where linkify-it says yes (random text from link-ish pieces)", () => {
    const piece = fc.constantFrom("a", "Ư", "vn", "com", "рф", "xn--p1ai", ".", ". ", ":", "/", "//", "@", " ", "www", "localhost", "8", "192.168.1.1", "-", "_", "(", ")", "http", "mailto", "\u00a0", "TP.HCM", "19.10");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join("");
        if (plain.linkify.test(text) || fuzzy.linkify.test(text)) expect(mayLink(text)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it("skips the common paragraph", () => {
    expect(mayLink("Sáng 8/1, UBND phường Hàng Bạc tổ chức hội nghị. Tới dự có ông Nguyễn Văn A.")).toBe(false);
  });
});

describe("withLinkPretest", () => {
  it("renders what markdown-it renders without it", () => {
    const md = withLinkPretest(new MarkdownIt({ linkify: true }));
    const src = "Xem www.hoankiem.gov.vn, a@b.vn và https://x.vn/a?b=1.\n\nKhông có liên kết. Ngày 8/1.\n\n- [x](//a.vn) TP.HCM\n";
    expect(md.render(src)).toBe(new MarkdownIt({ linkify: true }).render(src));
  });
});
