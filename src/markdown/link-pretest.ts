/** A cheap first look before linkify-it's test: text without any of these characters can hold no link. */
import type { MarkdownIt } from "markdown-it";

/**
 * What every link linkify-it (default options) finds has in it: a schema ("http:", "mailto:", "//"),
 * a fuzzy host ("a.vn": a dot right before an ASCII or Cyrillic "рф" top-level domain, found only with
 * fuzzyLink on, which markdown-it leaves off) or an e-mail ("@").
 * Most paragraphs have none, and the full test costs ~5 µs a paragraph (its regexes walk every position).
 */
const MAY_LINK = /[:@]|\/\/|\.[A-Za-z\u0440\u0420]/;

/**
 * Whether `text` may hold a link; false only when linkify-it's `test` would say false too.
 * @example mayLink("Sáng 8/1, hội nghị khai mạc.") // false
 */
export function mayLink(text: string): boolean {
  return MAY_LINK.test(text);
}

/**
 * Put `mayLink` in front of `md.linkify.test` (markdown-it calls it on every paragraph and text token).
 * Only for linkify-it's default schemas and options: the same answers, sooner.
 * @example withLinkPretest(new MarkdownIt({ linkify: true }))
 */
export function withLinkPretest(md: MarkdownIt): MarkdownIt {
  const linkify = md.linkify;
  const fullTest = linkify.test.bind(linkify);
  linkify.test = (text: string) => mayLink(text) && fullTest(text);
  return md;
}
