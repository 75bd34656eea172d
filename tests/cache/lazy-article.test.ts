import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleStore } from "../../src/cache/article-store.ts";
import { articleKeyOf, asKeysJson, fromEntry, fromThreadSafe, sourceOf, toThreadSafe } from "../../src/cache/lazy-article.ts";
import { makeArticle } from "../helpers/articles.ts";

function cached(slug: string, html: string) {
  const store = ArticleStore.open(mkdtempSync(path.join(os.tmpdir(), "bantin-lazy-")));
  const original = makeArticle({ slug, html, text: `${slug} text` });
  return { original, lazy: fromEntry(store, `key-${slug}`, store.put(`key-${slug}`, { article: original, problems: [] })).article };
}

describe("lazy articles", () => {
  it("write each cached article as its key in fingerprint JSON, and in full elsewhere", () => {
    const { original, lazy } = cached("a", "<p>một</p>");
    expect(asKeysJson({ article: lazy, n: 1 })).toBe('{"article":"§key-a","n":1}');
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(original));
  });

  it("keep their key to themselves: a copy or an object made from one is not the cached article", () => {
    const { original, lazy } = cached("c", "<p>ba</p>");
    const article = lazy as NonNullable<typeof lazy>;
    expect(articleKeyOf(article)).toBe("key-c");
    expect(articleKeyOf({ ...article })).toBeNull();
    expect(articleKeyOf(Object.create(article) as object)).toBeNull();
    expect(sourceOf(Object.create(article) as object)).toBeNull();
    expect({ ...article }).toEqual({ ...original });
    // Fields in the order of the original, the lazy ones in place; meta read once and kept.
    expect(Object.keys(article)).toEqual(Object.keys(original));
    expect(article.meta).toBe(article.meta);
  });

  it("cross to another thread as references and come back equal, HTML read from the pack", () => {
    const { original, lazy } = cached("b", "<p>hai</p>");
    const posted = structuredClone(toThreadSafe({ article: lazy, related: [lazy], title: "x" }));
    expect(JSON.stringify(posted)).not.toContain("<p>hai</p>");
    const back = fromThreadSafe(posted) as { article: { html: string }; related: unknown[] };
    expect(back.article.html).toBe("<p>hai</p>");
    expect(JSON.stringify(back)).toBe(JSON.stringify({ article: original, related: [original], title: "x" }));
  });
});
