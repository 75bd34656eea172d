import { describe, expect, it } from "vitest";
import { checkBody, htmlTags } from "../../src/content/body-checks.ts";

const codes = (body: string, first = 10) => checkBody(body, first, "content/a.md").map((p) => [p.code, p.line]);

describe("body checks", () => {
  it("warns about an image without alt text, at its line", () => {
    expect(codes("Đoạn.\n\n![](/images/a.jpg)\n")).toEqual([["BT103", 12]]);
  });

  it("accepts an image with alt text and a caption", () => {
    expect(codes('![Quang cảnh](/images/a.jpg "Quang cảnh hội nghị.")\n')).toEqual([]);
  });

  it("warns about an italic caption with no photo above it, not about one under a photo", () => {
    expect(codes("Đoạn.\n\n*Đồng chí Bí thư phát biểu.*\n")).toEqual([["BT105", 12]]);
    expect(codes("![Ảnh](/images/a.jpg)\n\n*Đồng chí Bí thư phát biểu.*\n")).toEqual([]);
    expect(codes("**Lịch tiếp công dân:**\n")).toEqual([]);
  });

  it("warns about raw HTML, naming <script> as code that never runs", () => {
    const [p] = checkBody('Đoạn <script>alert("x")</script> cuối.\n', 3, "content/a.md");
    expect(p).toMatchObject({ code: "BT106", line: 3, column: 6 });
    expect(p?.message).toContain("không bao giờ chạy");
    expect(codes("Xuống dòng<br>ở đây\n")).toEqual([["BT106", 10]]);
  });

  it("does not mistake autolinks, e-mails, comparisons or code for HTML", () => {
    expect(codes("Xem <https://hoankiem.hanoi.gov.vn> hoặc <ubnd@hoankiem.vn>; 3 < 5 và i<n.\n\n`<b>` là thẻ đậm.\n\n```\n<script>\n```\n")).toEqual([]);
  });

  it("warns about javascript:, vbscript: and data: links, even hidden by case or entities", () => {
    expect(codes("[a](javascript:alert(1))\n\n[b](JaVaScRiPt&#58;x)\n\n<vbscript:msgbox>\n\n[c]: data:text/html,x\n")).toEqual([
      ["BT107", 10],
      ["BT107", 12],
      ["BT107", 14],
      ["BT107", 16],
    ]);
    expect(codes("[ảnh](data:image/png;base64,AAAA) và [trang](https://a.vn)\n")).toEqual([]);
  });

  it("lists the tags in a text", () => {
    expect(htmlTags("<b>a</b> <!-- c --> <IFRAME src=x>")).toEqual(["b", "!--", "iframe"]);
  });
});
