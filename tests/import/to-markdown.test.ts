// Scraped article → Markdown text: front matter that round-trips, every paragraph kept, stable paths.
import { describe, expect, it } from "vitest";
import { importPath, importSlug, toMarkdown } from "../../src/import/to-markdown.ts";
import { parseFrontMatter } from "../../src/content/frontmatter.ts";
import { validateFrontMatter } from "../../src/content/validate.ts";
import type { ScrapedArticle } from "../../src/import/scraped.ts";

function scraped(over: Partial<ScrapedArticle> = {}): ScrapedArticle {
  return {
    category: "Tin tức",
    title: "Phường Hàng Trống ra quân",
    published: "2021-01-01T00:30:00+07:00",
    views: null,
    paragraphs: [{ text: "Sáng nay, phường ra quân.", line: 5 }],
    captions: [],
    author: null,
    bylineLabel: null,
    source: null,
    ...over,
  };
}

function frontMatterOf(markdown: string) {
  const { parsed } = parseFrontMatter(markdown, "a.md");
  if (!parsed) throw new Error("front matter did not parse");
  const { value, problems } = validateFrontMatter(parsed.data, "a.md", parsed.keyLines);
  expect(problems).toEqual([]);
  return { fm: value!, body: parsed.body };
}

describe("toMarkdown", () => {
  it("writes title, date, category, author, byline, source, views and captions, in that order", () => {
    const text = toMarkdown(
      scraped({ author: "Bích Ngọc", bylineLabel: "Tin, ảnh", source: "UBMTTQ quận", views: 15, captions: [{ text: "Đồng chí A phát biểu.", line: 7 }] }),
      "tin-tuc",
    );
    expect(text).toBe(
      [
        "---",
        'title: "Phường Hàng Trống ra quân"',
        'date: "2021-01-01T00:30:00+07:00"',
        'category: "tin-tuc"',
        'author: "Bích Ngọc"',
        'byline: "Tin, ảnh"',
        'source: "UBMTTQ quận"',
        "views: 15",
        "captions:",
        '  - "Đồng chí A phát biểu."',
        "---",
        "Sáng nay, phường ra quân.",
        "",
      ].join("\n"),
    );
  });

  it("leaves out what the scraped article does not have", () => {
    const { parsed } = parseFrontMatter(toMarkdown(scraped(), "tin-tuc"), "a.md");
    expect(Object.keys(parsed?.data ?? {})).toEqual(["title", "date", "category"]);
  });

  it.each([
    ["a title that YAML would read as a number", "2021"],
    ["a title that YAML would read as a boolean or null", "yes"],
    ["a title with a colon and a hash", "Hội nghị: tổng kết # 1"],
    ["a title with quotes and a backslash", 'Chủ đề “Kỷ cương” và "hành động" \\ 2021'],
    ["a title that starts with a dash or a bracket", "- [Thông báo] {khẩn}"],
    ["a title with a line separator", "Dòng\u2028mới"],
  ])("round-trips %s", (_label, title) => {
    const captions = [{ text: title, line: 9 }];
    const { fm } = frontMatterOf(toMarkdown(scraped({ title, captions, author: title, source: title }), "tin-tuc"));
    expect(fm.title).toBe(title);
    expect(fm.captions).toEqual([title]);
    expect(fm.author).toBe(title);
    expect(fm.source).toBe(title);
  });

  it("writes every paragraph, separated by blank lines", () => {
    const paragraphs = ["Một.", "Hai.", "Ba."].map((text, i) => ({ text, line: i + 5 }));
    expect(frontMatterOf(toMarkdown(scraped({ paragraphs }), "tin-tuc")).body).toBe("Một.\n\nHai.\n\nBa.\n");
  });

  it("writes a slug only for the second article with the same title", () => {
    const a = scraped();
    expect(frontMatterOf(toMarkdown(a, "tin-tuc")).fm.slug).toBeUndefined();
    expect(frontMatterOf(toMarkdown(a, "tin-tuc", importSlug(a, 2))).fm.slug).toBe("phuong-hang-trong-ra-quan-2");
  });
});

describe("importPath", () => {
  it("files the article under its category and its year in Hà Nội time", () => {
    // 00:30 on 1 January in Hà Nội is still 31 December in UTC: the year must be 2021.
    expect(importPath(scraped(), "tin-tuc", importSlug(scraped()))).toBe("tin-tuc/2021/phuong-hang-trong-ra-quan.md");
  });

  it("gives an untitled article a usable slug", () => {
    expect(importSlug(scraped({ title: "…" }))).toBe("bai-viet");
  });
});
