import { describe, expect, it } from "vitest";
import { checkSite } from "../../src/pipeline/site-checks.ts";
import { makeArticle } from "../helpers/articles.ts";

describe("checkSite", () => {
  it("reports every file of each URL clash, clashes in the order of their first file, and keeps the others", () => {
    const at = (slug: string, url: string) => makeArticle({ slug, url });
    const articles = [at("a1", "/b/"), at("ok", "/ok/"), at("c1", "/c/"), at("a2", "/b/"), at("c2", "/c/"), at("a3", "/b/")];
    const { articles: kept, problems } = checkSite(articles);
    expect(kept.map((a) => a.slug)).toEqual(["ok"]);
    expect(problems.map((p) => [p.code, p.file])).toEqual([
      ["BT009", "content/tin-tuc/a1.md"],
      ["BT009", "content/tin-tuc/a2.md"],
      ["BT009", "content/tin-tuc/a3.md"],
      ["BT009", "content/tin-tuc/c1.md"],
      ["BT009", "content/tin-tuc/c2.md"],
    ]);
    expect(problems[0]?.message).toContain("content/tin-tuc/a2.md, content/tin-tuc/a3.md");
  });

  it("reports nothing for distinct URLs and one spelling per tag", () => {
    const articles = [makeArticle({ slug: "x", tags: ["Y tế"] }), makeArticle({ slug: "y", tags: ["Y tế", "Giáo dục"] })];
    expect(checkSite(articles)).toEqual({ articles, problems: [] });
  });
});
