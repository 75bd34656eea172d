import { describe, expect, it } from "vitest";
import { buildArticle, type ArticleContext } from "../../src/pipeline/article.ts";
import { checkSite } from "../../src/pipeline/site-checks.ts";
import { parseCategories } from "../../src/content/categories.ts";
import { readFixture } from "../helpers/fixtures.ts";

const { categories } = parseCategories(readFixture("../../content/categories.yaml"), "content/categories.yaml");
const ctx: ArticleContext = { categories, images: new Map([["/images/test.jpg", { width: 1200, height: 675 }]]) };
const bytes = (s: string) => new TextEncoder().encode(s);

describe("buildArticle", () => {
  it("builds a complete article with its URL, figures and front-matter overrides", () => {
    const { article, problems } = buildArticle("content/trat-tu-do-thi/full.md", bytes(readFixture("content/good/full.md")), ctx);
    expect(problems).toEqual([]);
    expect(article).toMatchObject({
      url: "/trat-tu-do-thi/hang-bac-lam-sach-ngo-pho/",
      published: "2024-03-09T07:30:00+07:00",
      author: "Minh Anh",
      byline: "Tin, ảnh",
      tags: ["vệ sinh môi trường", "Hàng Bạc"],
      image: { src: "/images/test.jpg", alt: "Người dân quét dọn ngõ phố" },
      orphanCaptions: ["Người dân phường Hàng Bạc thu gom rác thải."],
    });
    expect(article?.meta.location).toBe("ngõ 20 phố Hàng Bạc");
    expect(article?.meta.captions).toEqual(["Cán bộ phường tham gia dọn vệ sinh.", "Người dân phường Hàng Bạc thu gom rác thải."]);
    expect(article?.html).toContain('<figure><img src="/images/test.jpg" alt="Cán bộ phường nhặt rác"');
    expect(article?.html).toContain('width="1200" height="675"');
    expect(article?.html).toContain("<figcaption>Cán bộ phường tham gia dọn vệ sinh.</figcaption>");
  });

  it("reads a date without an offset as Asia/Ho_Chi_Minh and makes the slug from the title", () => {
    const { article } = buildArticle("content/thong-bao/m.md", bytes(readFixture("content/good/minimal.md")), ctx);
    expect(article?.published).toBe("2023-05-04T08:30:00+07:00");
    expect(article?.url).toBe("/thong-bao/thong-bao-lich-tiep-cong-dan-thang-5/");
  });

  it("gives the same article for NFD + CRLF + BOM input as for NFC + LF", () => {
    const nfc = readFixture("content/good/minimal.md");
    const messy = "\uFEFF" + nfc.normalize("NFD").replace(/\n/g, "\r\n");
    const a = buildArticle("x.md", bytes(nfc), ctx).article;
    const b = buildArticle("x.md", bytes(messy), ctx).article;
    expect(b).toEqual(a);
    expect(b?.title).toBe(b?.title.normalize("NFC"));
  });

  it("escapes raw HTML in the body: no script can come from an article", () => {
    const src = '---\ntitle: "A"\ndate: "2021-01-01"\ncategory: tin-tuc\n---\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n';
    const html = buildArticle("x.md", bytes(src), ctx).article?.html ?? "";
    expect(html).not.toMatch(/<script|<img src=x|href="javascript:/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("lists every problem of a file at once, with lines and fields", () => {
    const { article, problems } = buildArticle("content/bad.md", bytes(readFixture("content/bad/many-errors.md")), ctx);
    expect(article).toBeNull();
    // The empty title does not hide the bad date, the unknown category or the unsafe slug.
    expect(problems.map((p) => [p.code, p.line, p.field])).toEqual([
      ["BT004", 2, "title"],
      ["BT006", 3, "date"],
      ["BT007", 4, "category"],
      ["BT010", 5, "slug"],
    ]);
    const later = buildArticle("content/bad.md", bytes('---\ntitle: "A"\ndate: "hôm qua"\ncategory: khong-co\nslug: ../../etc\n---\nx\n'), ctx).problems;
    expect(later.map((p) => [p.code, p.line, p.field])).toEqual([
      ["BT006", 3, "date"],
      ["BT007", 4, "category"],
      ["BT010", 5, "slug"],
    ]);
  });

  it("suggests the category an editor meant when only accents or case differ", () => {
    const { problems } = buildArticle("c.md", bytes(readFixture("content/bad/category-diacritics.md")), ctx);
    expect(problems).toMatchObject([{ code: "BT008", field: "category", line: 4 }]);
    expect(problems[0]?.message).toContain('"y-te"');
  });
});

describe("checkSite", () => {
  it("reports two articles that claim one URL, naming both files, and publishes neither", () => {
    const src = '---\ntitle: "Tin trùng"\ndate: "2021-01-01"\ncategory: tin-tuc\n---\nx\n';
    const a = buildArticle("content/tin-tuc/a.md", bytes(src), ctx).article!;
    const b = buildArticle("content/tin-tuc/b.md", bytes(src.normalize("NFD")), ctx).article!;
    const result = checkSite([a, b]);
    expect(result.articles).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.file])).toEqual([["BT009", "content/tin-tuc/a.md"], ["BT009", "content/tin-tuc/b.md"]]);
    expect(result.problems[0]?.message).toContain("content/tin-tuc/b.md");
  });

  it("points a URL clash at the line the address comes from: the slug field, else the title", () => {
    const sources: Record<string, string> = {
      "content/tin-tuc/a.md": '---\ntitle: "Tin A"\ndate: "2021-01-01"\ncategory: tin-tuc\nslug: tin-trung\n---\nx\n',
      "content/tin-tuc/b.md": '---\ndate: "2021-01-01"\ntitle: "Tin trùng"\ncategory: tin-tuc\n---\nx\n',
    };
    const articles = Object.entries(sources).map(([file, src]) => buildArticle(file, bytes(src), ctx).article!);
    const read = (file: string) => sources[file] ?? "";
    expect(checkSite(articles, read).problems.map((p) => [p.code, p.file, p.line, p.field])).toEqual([
      ["BT009", "content/tin-tuc/a.md", 5, "slug"],
      ["BT009", "content/tin-tuc/b.md", 3, "title"],
    ]);
    const gone = () => {
      throw new Error("ENOENT");
    };
    expect(checkSite(articles, gone).problems.map((p) => [p.line, p.field])).toEqual([[1, "slug"], [1, "slug"]]);
  });

  it("points a tag spelt two ways at the tags line of each file", () => {
    const sources: Record<string, string> = {
      "content/tin-tuc/a.md": '---\ntitle: "Tin A"\ndate: "2021-01-01"\ncategory: tin-tuc\ntags: [Hoàn Kiếm]\n---\nx\n',
      "content/tin-tuc/b.md": '---\ntitle: "Tin B"\ntags:\n  - hoan kiem\ndate: "2021-01-01"\ncategory: tin-tuc\n---\nx\n',
    };
    const articles = Object.entries(sources).map(([file, src]) => buildArticle(file, bytes(src), ctx).article!);
    const { problems } = checkSite(articles, (file) => sources[file] ?? "");
    expect(problems.map((p) => [p.code, p.file, p.line, p.field])).toEqual([
      ["BT102", "content/tin-tuc/a.md", 5, "tags"],
      ["BT102", "content/tin-tuc/b.md", 3, "tags"],
    ]);
  });
});
