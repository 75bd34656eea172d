// Every problem of a file in one run: a missing, empty or mistyped field, unreadable YAML or a
// duplicated key never hides the problems of the other fields, of the body or of the images.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArticle, type ArticleContext } from "../../src/pipeline/article.ts";
import { parseCategories } from "../../src/content/categories.ts";
import { fixturePath, readFixture } from "../helpers/fixtures.ts";
import { makeProject, problemLines, runInProcess } from "../helpers/project.ts";

const BAD = fixturePath("bad");
const { categories } = parseCategories(readFixture("bad/_base/content/categories.yaml"), "content/categories.yaml");
const ctx: ArticleContext = { categories, images: new Map([["/images/anh.png", { width: 4, height: 3 }]]) };

/** [code, line, column, field] of each problem of one fixture file, in the order an editor reads them. */
function problemsOf(fixture: string, file: string): [string, number, number, string | null][] {
  const bytes = readFileSync(path.join(BAD, fixture, file));
  const { article, problems } = buildArticle(file, bytes, ctx);
  expect(article).toBeNull();
  return problems.map((p): [string, number, number, string | null] => [p.code, p.line, p.column, p.field]).sort((a, b) => a[1] - b[1] || a[2] - b[2]);
}

describe("every problem of a file in one run", () => {
  it("a missing date does not hide the category, the other dates, the image or the body", () => {
    expect(problemsOf("missing-date-and-more", "content/tin-tuc/2024/thieu-ngay.md")).toEqual([
      ["BT003", 1, 1, "date"],
      ["BT007", 3, 1, "category"],
      ["BT006", 4, 1, "updated"],
      ["BT006", 5, 1, "eventDate"],
      ["BT015", 6, 1, "tieu_de"],
      ["BT103", 7, 1, "image"],
      ["BT016", 7, 1, "image"],
      ["BT103", 12, 1, null],
      ["BT106", 14, 1, null],
    ]);
  });

  it("a mistyped title does not hide the category, the slug, the summary or the body, and adds no slug noise", () => {
    expect(problemsOf("mistyped-title-and-more", "content/tin-tuc/2024/sai-kieu.md")).toEqual([
      ["BT005", 2, 1, "title"],
      ["BT101", 3, 1, "date"],
      ["BT008", 4, 1, "category"],
      ["BT010", 5, 1, "slug"],
      ["BT106", 6, 1, "summary"],
      ["BT105", 10, 1, null],
      ["BT107", 12, 1, null],
    ]);
  });

  it("unreadable YAML still has its body and images checked, and no field reported missing", () => {
    expect(problemsOf("yaml-syntax-and-body", "content/tin-tuc/2024/yaml-va-bai.md")).toEqual([
      ["BT001", 2, 8, "title"],
      ["BT016", 8, 1, null],
      ["BT107", 10, 1, null],
    ]);
  });

  it("a front matter never closed is read up to its likely end: its fields, body and images are checked too", () => {
    expect(problemsOf("unclosed-front-matter-and-more", "content/tin-tuc/2024/khong-dong-va-loi.md")).toEqual([
      ["BT007", 4, 1, "category"],
      ["BT002", 5, 1, null],
      ["BT016", 7, 1, null],
    ]);
  });

  it("a file without front matter still has its body and images checked", () => {
    expect(problemsOf("no-front-matter-and-body", "content/tin-tuc/2024/khong-front-matter.md")).toEqual([
      ["BT002", 1, 1, null],
      ["BT103", 5, 1, null],
      ["BT016", 5, 1, null],
    ]);
  });

  it("a duplicated key does not hide the other fields, and is not reported as missing", () => {
    expect(problemsOf("duplicate-key-and-more", "content/tin-tuc/2024/trung-khoa-va-loi.md")).toEqual([
      ["BT007", 4, 1, "category"],
      ["BT014", 5, 1, "date"],
      ["BT006", 6, 1, "updated"],
      ["BT103", 10, 1, null],
    ]);
  });

  it("an article with only warnings is still published, and one with any error is not", () => {
    const src = (fm: string) => new TextEncoder().encode(`---\ntitle: "Tin"\ndate: "2024-05-04T08:00"\ncategory: tin-tuc\n${fm}---\n![](/images/anh.png)\n`);
    expect(buildArticle("content/a.md", src(""), ctx).article?.url).toBe("/tin-tuc/tin/");
    expect(buildArticle("content/a.md", src('eventDate: "2024-05-03"\n'), ctx).article?.meta.eventDate).toBe("2024-05-03");
    expect(buildArticle("content/a.md", src('eventDate: "03/05/2024"\n'), ctx).article).toBeNull();
  });

  it("bantin check prints them all at once, each with file:line:column, field and code", async () => {
    const dir = makeProject(path.join(BAD, "_base"), path.join(BAD, "missing-date-and-more"));
    const check = await runInProcess(["check", "--root", dir, "--now", "2026-11-27T12:00:00+07:00"]);
    expect(check.code).toBe(1);
    const f = "content/tin-tuc/2024/thieu-ngay.md";
    expect(problemLines(check.stdout).map((l) => l.slice(0, l.indexOf(": ") + 1))).toEqual([
      `${f}:1:1  date  BT003 lỗi:`,
      `${f}:3:1  category  BT007 lỗi:`,
      `${f}:4:1  updated  BT006 lỗi:`,
      `${f}:5:1  eventDate  BT006 lỗi:`,
      `${f}:6:1  tieu_de  BT015 cảnh báo:`,
      `${f}:7:1  image  BT103 cảnh báo:`,
      `${f}:7:1  image  BT016 lỗi:`,
      `${f}:12:1  -  BT103 cảnh báo:`,
      `${f}:14:1  -  BT106 cảnh báo:`,
    ]);
    expect(check.stdout).toContain("1 đã đăng, 0 bản nháp, 0 hẹn giờ, 1 lỗi");
  });
});
