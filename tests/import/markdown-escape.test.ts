// Escaping imported paragraphs: whatever the old portal printed comes back as the same text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { escapeParagraph } from "../../src/import/markdown-escape.ts";
import { renderBody } from "../../src/markdown/render.ts";

/** What the build reads back from one escaped paragraph. */
function roundTrip(text: string): string[] {
  return renderBody(escapeParagraph(text) + "\n", 1).paragraphs.map((p) => p.text);
}

describe("escapeParagraph", () => {
  it.each([
    "1. Sáng 14/12, hội nghị tổng kết.",
    "2) Mục thứ hai.",
    "# Không phải tiêu đề",
    "> Không phải trích dẫn",
    "- Không phải danh sách",
    "+ Cũng không phải",
    "=== không phải gạch chân",
    "Chữ *nghiêng* và **đậm** và _gạch_ và `mã` và ~~gạch ngang~~",
    "Thẻ <b>đậm</b> và <script>alert(1)</script> chỉ là chữ",
    "Liên kết [ảnh](x.jpg) và ![ảnh](y.jpg) chỉ là chữ",
    "Ký tự &amp; và &#65; và HĐND&UBND giữ nguyên",
    "Đường dẫn \\ và dấu \\* giữ nguyên",
    "Xem https://hoankiem.example.vn/a_b_c*d và <https://example.vn> rồi www.example.vn/x_y",
  ])("gives back %j unchanged", (text) => {
    expect(roundTrip(text)).toEqual([text]);
  });

  it("keeps ordinary Vietnamese text readable (nothing to escape)", () => {
    const text = "Tới dự hội nghị có các đồng chí: Đàm Văn Huân – Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội; 41 tập thể.";
    expect(escapeParagraph(text)).toBe(text);
  });

  it("gives back any one-line text unchanged (property)", () => {
    const chars = fc.constantFrom(..."ab Đđ ệ1.2)#>-+=*_`[]()<>!~&;\\/:|\"'h t p s w x y z%".split(""));
    const line = fc
      .array(chars, { minLength: 1, maxLength: 60 })
      .map((cs) => cs.join("").replace(/\s+/g, " ").trim())
      .filter((s) => s.length > 0);
    fc.assert(fc.property(line, (text) => { expect(roundTrip(text)).toEqual([text]); }), { numRuns: 2000 });
  });
});
