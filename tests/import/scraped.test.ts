import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScraped, ScrapedFormatError } from "../../src/import/scraped.ts";

const IMPORT = join(import.meta.dirname, "..", "fixtures", "import");
const EXTRACT = join(import.meta.dirname, "..", "fixtures", "extract");
const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");

/** The parse error of a fixture, for assertions. */
function failure(file: string): ScrapedFormatError {
  try {
    parseScraped(read(IMPORT, file), file);
  } catch (e) {
    if (e instanceof ScrapedFormatError) return e;
    throw e;
  }
  throw new Error(`${file} parsed without error`);
}

describe("parseScraped", () => {
  it("reads the seed: category once, title, ISO time, views, body, captions, byline and source", () => {
    const a = parseScraped(read(EXTRACT, "seed-hoan-kiem-mttq-2020.txt"), "seed.txt");
    expect(a.category).toBe("Thông tin hoạt động Đảng- Tổ chức chính trị xã hội");
    expect(a.title).toBe("Ủy ban MTTQ quận Hoàn Kiếm tổng kết công tác năm 2020, triển khai chương trình năm 2021");
    expect(a.published).toBe("2021-01-12T16:14:00+07:00");
    expect(a.views).toBe(15);
    expect(a.paragraphs.map((p) => p.line)).toEqual([6, 8, 10, 12, 14, 16, 18, 20]);
    expect(a.captions.map((p) => p.line)).toEqual([22, 24, 26, 28, 30, 32, 34]);
    expect(a.paragraphs[0]?.text.startsWith("Sáng ngày 08/01/2021 tại hội trường")).toBe(true);
    expect([a.author, a.bylineLabel, a.source]).toEqual(["Bích Ngọc", "Tin", "UBMTTQ quận"]);
  });

  it("drops the poll and everything after it", () => {
    const a = parseScraped(read(EXTRACT, "seed-hoan-kiem-mttq-2020.txt"));
    const all = [...a.paragraphs, ...a.captions].map((p) => p.text).join("\n");
    expect(all).not.toContain("Bình chọn");
    expect(all).not.toContain("thành phố thông minh");
  });

  it("reads NFD, CRLF and a BOM exactly as NFC, LF without BOM, with the same line numbers", () => {
    const raw = read(EXTRACT, "hang-dao-nfd-crlf.txt");
    expect(raw.startsWith("\uFEFF")).toBe(true);
    expect(raw).toContain("\r\n");
    expect(raw).not.toBe(raw.normalize("NFC"));
    const clean = raw.slice(1).normalize("NFC").replace(/\r\n/gu, "\n");
    expect(parseScraped(raw)).toEqual(parseScraped(clean));
    expect(parseScraped(raw).title).toBe("Phường Hàng Đào tổng kết công tác dân vận năm 2021".normalize("NFC"));
  });

  it("turns no-break spaces into plain spaces in the date line and in the text", () => {
    const a = parseScraped(read(EXTRACT, "phuc-tan-ngay-hoi-so-chu.txt"));
    expect(a.published).toBe("2020-10-20T08:30:00+07:00");
    expect(a.paragraphs.every((p) => !p.text.includes("\u00a0"))).toBe(true);
  });

  it("reads each byline form: 'Tin, ảnh:', 'Tác giả bài viết:', a bare indented name", () => {
    const byline = (f: string) => {
      const a = parseScraped(read(EXTRACT, f));
      return [a.bylineLabel, a.author];
    };
    expect(byline("phuc-tan-ngay-hoi-so-chu.txt")).toEqual(["Tin, ảnh", "Minh Châu"]);
    expect(byline("ngo-si-lien-huan-chuong.txt")).toEqual(["Tác giả bài viết", "Quỳnh Anh"]);
    expect(byline("ba-dinh-ccb-so-dem-0.txt")).toEqual([null, "Hoàng Lan"]);
  });

  it("accepts the source before the byline and views with a thousands dot", () => {
    const a = parseScraped(read(IMPORT, "source-before-byline.txt"));
    expect([a.source, a.bylineLabel, a.author, a.views]).toEqual(["Phường Hàng Bạc", "Tin, ảnh", "Hồng Minh", 1204]);
    expect(a.captions.map((c) => c.text)).toEqual([
      "Đồng chí Lê Văn An – Chủ tịch UBND phường tặng quà cho các cháu thiếu nhi.",
      "Các đại biểu chụp ảnh lưu niệm cùng các cháu.",
    ]);
  });

  it("gives null views, author and source when the file has none", () => {
    const a = parseScraped(read(IMPORT, "no-byline-no-views.txt"));
    expect([a.views, a.author, a.bylineLabel, a.source, a.captions]).toEqual([null, null, null, null, []]);
    expect(a.paragraphs).toHaveLength(2);
  });

  it.each(readdirSync(EXTRACT).filter((f) => f.endsWith(".txt")))("never loses a line of %s", (file) => {
    const text = read(EXTRACT, file);
    const a = parseScraped(text, file);
    const lines = text.replace(/^\uFEFF/u, "").normalize("NFC").split(/\r\n|\r|\n/u);
    const poll = lines.findIndex((l) => l.startsWith("Bình chọn"));
    const end = poll < 0 ? lines.length : poll;
    const kept = new Set([...a.paragraphs, ...a.captions].map((p) => p.line));
    const closing = [a.author, a.source].filter((x) => x !== null).length;
    const content = lines.slice(4, end).map((l, i) => ({ l, n: i + 5 })).filter((x) => x.l.trim() !== "");
    expect(content.filter((x) => !kept.has(x.n))).toHaveLength(closing);
  });
});

describe("ScrapedFormatError", () => {
  it("says the file, the line and the missing date line, in Vietnamese and English", () => {
    const e = failure("bad-no-date.txt");
    expect(e.line).toBe(4);
    expect(e.file).toBe("bad-no-date.txt");
    expect(e.message).toMatch(/^bad-no-date\.txt:4: thiếu dòng ngày đăng .*\(expected the date line after the title\)$/u);
  });

  it("rejects an impossible publication date", () => {
    const e = failure("bad-impossible-date.txt");
    expect(e.line).toBe(4);
    expect(e.message).toContain("không phải ngày giờ hợp lệ");
  });

  it("reports a missing title when the date line follows the category", () => {
    const e = failure("bad-no-title.txt");
    expect(e.line).toBe(3);
    expect(e.message).toContain("thiếu tiêu đề");
  });

  it("reports an empty file at line 1 and keeps a cause", () => {
    expect(() => parseScraped("", "empty.txt")).toThrow(/^empty\.txt:1: tệp rỗng/u);
    const cause = new RangeError("x");
    expect(new ScrapedFormatError("a.txt", 2, "vi", "en", { cause }).cause).toBe(cause);
  });

  it("is the only error parseScraped throws, on any input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.array(fc.constantFrom("Tin Tin", "Tiêu đề", "12/01/2021 | 16:14 | Lượt xem: 15", "31/02/2021 | 10:00", "", "Tin: A", "(B)", "Bình chọn", "Đồng chí A phát biểu.")).map((ls) => ls.join("\n"))), (text) => {
        try {
          parseScraped(text);
        } catch (e) {
          if (!(e instanceof ScrapedFormatError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });
});
