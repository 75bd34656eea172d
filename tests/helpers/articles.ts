/** Minimal typed articles for collection tests. */
import type { Article } from "../../src/types.ts";

export function makeArticle(over: Partial<Article> & { slug: string }): Article {
  const category = over.category ?? "tin-tuc";
  return {
    file: `content/${category}/${over.slug}.md`,
    url: `/${category}/${over.slug}/`,
    title: over.slug,
    category,
    published: "2021-01-12T16:14:00+07:00",
    updated: over.published ?? "2021-01-12T16:14:00+07:00",
    author: null,
    byline: null,
    source: null,
    summary: "",
    tags: [],
    image: null,
    draft: false,
    html: "<p>x</p>",
    text: "x",
    orphanCaptions: [],
    views: null,
    meta: { eventDate: null, location: null, attendees: [], speakers: [], awards: [], captions: [] },
    ...over,
  };
}
