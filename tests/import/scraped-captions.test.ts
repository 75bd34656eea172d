import { describe, expect, it } from "vitest";
import { looksLikeCaption, splitCaptions } from "../../src/import/scraped-captions.ts";

describe("looksLikeCaption", () => {
  it("accepts a short one-sentence photo description that opens with a person or a view", () => {
    expect(looksLikeCaption("Đồng chí Đàm Văn Huân – Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội phát biểu chỉ đạo hội nghị.")).toBe(true);
    expect(looksLikeCaption("Quang cảnh hội nghị.")).toBe(true);
    expect(looksLikeCaption("Các đại biểu chụp ảnh lưu niệm.")).toBe(true);
  });

  it("rejects body paragraphs: several sentences, report openers, attendance lists, long text", () => {
    expect(looksLikeCaption("Đồng chí A phát biểu. Đồng chí B trao quà.")).toBe(false);
    expect(looksLikeCaption("Hội nghị đã trao tặng Giấy khen cho 12 tập thể.")).toBe(false);
    expect(looksLikeCaption("Tham dự có ông A – Chủ tịch UBND phường; ông B – Tổ trưởng tổ dân phố.")).toBe(false);
    expect(looksLikeCaption(`Ghi nhận thành tích, tại hội nghị, 41 tập thể được tặng giấy khen ${"rất ".repeat(60)}.`)).toBe(false);
  });
});

describe("splitCaptions", () => {
  const p = (text: string, line: number) => ({ text, line });

  it("takes only the trailing run of captions and never the first paragraph", () => {
    const got = splitCaptions([p("Đồng chí A phát biểu khai mạc.", 1), p("Hội nghị kết thúc.", 3), p("Quang cảnh hội nghị.", 5), p("Đồng chí B trao quà.", 7)]);
    expect(got.paragraphs.map((x) => x.line)).toEqual([1, 3]);
    expect(got.captions.map((x) => x.line)).toEqual([5, 7]);
    expect(splitCaptions([p("Quang cảnh hội nghị.", 1)]).captions).toEqual([]);
  });
});
