/** Atom 1.0 feeds: the site's and one per category. */
import type { Article } from "../types.ts";
import { xmlEscape as x } from "./xml.ts";

/** A feed to write. */
export interface FeedSpec {
  /** Site-relative URL of the feed file, e.g. `/y-te/feed.xml`. */
  url: string;
  /** Site-relative URL of the HTML page it mirrors. */
  pageUrl: string;
  title: string;
  subtitle: string;
  articles: Article[];
}

export interface FeedEntry {
  article: Article;
  /** The body with absolute URLs. */
  html: string;
}

/**
 * Render an Atom document; `baseUrl` is absolute without trailing slash.
 * @example atomXml(spec, entries, "https://example.vn", "Quận Hoàn Kiếm")
 */
export function atomXml(spec: FeedSpec, entries: readonly FeedEntry[], baseUrl: string, author: string): string {
  const updated = entries.reduce((max, e) => (e.article.updated > max ? e.article.updated : max), entries[0]?.article.updated ?? "1970-01-01T07:00:00+07:00");
  const body = entries.map(({ article: a, html }) => `  <entry>
    <title>${x(a.title)}</title>
    <link href="${x(baseUrl + a.url)}"/>
    <id>${x(baseUrl + a.url)}</id>
    <published>${a.published}</published>
    <updated>${a.updated}</updated>
    <author><name>${x(a.author ?? author)}</name></author>
    <summary>${x(a.summary)}</summary>
    <content type="html">${x(html)}</content>
  </entry>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>${x(spec.title)}</title>
  <subtitle>${x(spec.subtitle)}</subtitle>
  <link href="${x(baseUrl + spec.url)}" rel="self"/>
  <link href="${x(baseUrl + spec.pageUrl)}"/>
  <id>${x(baseUrl + spec.url)}</id>
  <updated>${updated}</updated>
  <author><name>${x(author)}</name></author>
${body.join("\n")}
</feed>
`;
}
