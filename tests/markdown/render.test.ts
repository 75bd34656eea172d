import { describe, expect, it } from "vitest";
import { renderBody } from "../../src/markdown/render.ts";

describe("renderBody", () => {
  const body = "Đoạn một.\n\n## Tiêu đề phụ\n\nĐoạn **hai**\ncó hai dòng.\n\n![Ảnh](/images/a.jpg \"Chú thích ảnh.\")\n\n- mục danh sách\n";

  it("gives plain paragraphs with the line they start on in the file", () => {
    const r = renderBody(body, 10);
    expect(r.paragraphs).toEqual([
      { text: "Đoạn một.", line: 10 },
      { text: "Đoạn hai có hai dòng.", line: 14 },
      { text: "mục danh sách", line: 19 },
    ]);
  });

  it("turns an image alone in a paragraph into a figure with its caption", () => {
    const r = renderBody(body, 10);
    expect(r.captions).toEqual([{ text: "Chú thích ảnh.", line: 17 }]);
    expect(r.images).toEqual([{ text: "/images/a.jpg", line: 17 }]);
    expect(r.html).toContain("<figcaption>Chú thích ảnh.</figcaption>");
  });

  it("sets width and height from the image sizes, so nothing shifts while loading", () => {
    const r = renderBody(body, 1, new Map([["/images/a.jpg", { width: 800, height: 450 }]]));
    expect(r.html).toContain('width="800" height="450"');
  });

  it("refuses javascript: links and renders raw HTML as text", () => {
    const r = renderBody('[bấm](javascript:alert(1))\n\n<iframe src="x"></iframe>\n', 1);
    expect(r.html).not.toContain("href=");
    expect(r.html).not.toContain("<iframe");
    expect(r.links).toEqual([]);
  });
});
