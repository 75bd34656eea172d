import { describe, expect, it } from "vitest";
import { byTag, tagIndex } from "../../src/collections/by-tag.ts";
import { makeArticle } from "../helpers/articles.ts";

describe("tags", () => {
  it("merges spellings that differ by accents or case, naming the tag by its most used spelling", () => {
    const articles = [
      makeArticle({ slug: "a", tags: ["Hội nghị"] }),
      makeArticle({ slug: "b", tags: ["hội nghị"] }),
      makeArticle({ slug: "c", tags: ["hội nghị", "Y tế"] }),
      makeArticle({ slug: "d", tags: ["Hoi nghi".normalize("NFD")] }),
    ];
    const tags = tagIndex(articles);
    expect(tags).toEqual([
      { slug: "hoi-nghi", name: "hội nghị", count: 4, url: "/the/hoi-nghi/" },
      { slug: "y-te", name: "Y tế", count: 1, url: "/the/y-te/" },
    ]);
    expect(byTag(articles, tags, 20)[0]?.items).toHaveLength(4);
  });
});
