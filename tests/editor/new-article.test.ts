import { describe, expect, it } from "vitest";
import { freeSlug, frontMatterText, planNewArticle, takenSlugs } from "../../src/editor/new-article.ts";
import { parseFrontMatter } from "../../src/content/frontmatter.ts";
import { validateFrontMatter } from "../../src/content/validate.ts";
import type { Category } from "../../src/types.ts";

const category: Category = { slug: "tin-tuc", name: "Tin tức", description: "", order: 1, aliases: [] };
const now = "2026-12-31T23:30:15.123+07:00";

describe("new article", () => {
  it("names the file by category, local year and slug", () => {
    const plan = planNewArticle({ title: "Phường Hàng Bạc ra quân", category, now, taken: new Map() });
    expect(plan).toMatchObject({ ok: true, file: "content/tin-tuc/2026/phuong-hang-bac-ra-quan.md", url: "/tin-tuc/phuong-hang-bac-ra-quan/" });
  });

  it("writes complete front matter that validates: date with +07:00, empty author, draft", () => {
    const plan = planNewArticle({ title: 'Tin "nóng": #1', category, now, taken: new Map() });
    if (!plan.ok) throw new Error(plan.message);
    const parsed = parseFrontMatter(plan.text, plan.file).parsed;
    expect(parsed?.data).toMatchObject({ title: 'Tin "nóng": #1', date: "2026-12-31T23:30:15+07:00", category: "tin-tuc", author: "", draft: true, tags: [] });
    expect(validateFrontMatter(parsed?.data ?? {}, plan.file, parsed?.keyLines ?? new Map()).problems).toEqual([]);
  });

  it("refuses a slug that is taken and proposes the next free one", () => {
    const taken = new Map([["hop-bao", "content/tin-tuc/2024/hop-bao.md"], ["hop-bao-2", "content/tin-tuc/2025/hop-bao-2.md"]]);
    const plan = planNewArticle({ title: "Họp báo", category, now, taken });
    expect(plan).toMatchObject({ ok: false, suggestion: "hop-bao-3" });
    if (!plan.ok) expect(plan.message).toContain("content/tin-tuc/2024/hop-bao.md");
  });

  it("writes the slug into the front matter when it differs from the title's", () => {
    const plan = planNewArticle({ title: "Họp báo", category, now, slug: "hop-bao-3", taken: new Map() });
    expect(plan.ok && plan.text).toContain("slug: hop-bao-3");
    expect(plan.ok && plan.file).toBe("content/tin-tuc/2026/hop-bao-3.md");
  });

  it("refuses an empty title, an invalid slug and a list-page slug", () => {
    expect(planNewArticle({ title: "  ", category, now, taken: new Map() }).ok).toBe(false);
    expect(planNewArticle({ title: "Tin", category, now, slug: "../x", taken: new Map() })).toMatchObject({ ok: false, suggestion: "x" });
    expect(planNewArticle({ title: "Trang 2", category, now, taken: new Map() })).toMatchObject({ ok: false, suggestion: "trang-2-2" });
  });

  it("knows the slugs of a category from titles, slug fields and file names", () => {
    const taken = takenSlugs(
      [
        { file: "content/tin-tuc/2024/a.md", text: '---\ntitle: "Họp báo"\ncategory: tin-tuc\n---\n' },
        { file: "content/y-te/2024/b.md", text: "---\ntitle: X\ncategory: tin-tuc\nslug: rieng\n---\n" },
        { file: "content/y-te/2024/c.md", text: "---\ntitle: Y\ncategory: y-te\n---\n" },
      ],
      "tin-tuc",
    );
    expect([...taken.keys()].sort()).toEqual(["a", "b", "hop-bao", "rieng"]);
  });

  it("numbers free slugs from 2", () => {
    expect(freeSlug("tin", new Map())).toBe("tin");
    expect(freeSlug("tin", new Map([["tin", "a.md"]]))).toBe("tin-2");
  });

  it("quotes the title so YAML reads it back exactly", () => {
    const text = frontMatterText({ title: "Tin: a\\b", date: "2026-01-01T08:00:00+07:00", category: "tin-tuc", slug: null });
    expect(parseFrontMatter(text, "a.md").parsed?.data["title"]).toBe("Tin: a\\b");
  });
});
