/** Where each layout field of a scraped article sits in its file, for `bantin extract --explain`. */
import type { ScrapedArticle } from "./scraped.ts";

/** 1-based file lines of the layout fields; null when the article does not have the field. */
export interface ScrapedLines {
  category: number | null;
  title: number | null;
  /** The date line, which also holds the views. */
  published: number | null;
  author: number | null;
  source: number | null;
}

const SPACES = /[\s\u00A0\u2007\u202F\uFEFF]+/g;

/**
 * Find the layout lines again in the raw text (parseScraped keeps lines only for paragraphs and
 * captions): the first three non-blank lines, then the last lines holding the byline and source.
 *
 * @example scrapedLines(text, parseScraped(text)).published // 4
 */
export function scrapedLines(text: string, article: ScrapedArticle): ScrapedLines {
  const lines = text
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ text: t.replace(SPACES, " ").trim(), line: i + 1 }))
    .filter((l) => l.text !== "");
  const lastWith = (needle: string | null, from: number): number | null => {
    if (needle === null) return null;
    for (let i = lines.length - 1; i >= from; i--) if (lines[i]!.text.includes(needle)) return lines[i]!.line;
    return null;
  };
  return {
    category: lines[0]?.line ?? null,
    title: lines[1]?.line ?? null,
    published: lines[2]?.line ?? null,
    author: lastWith(article.author, 3),
    source: lastWith(article.source, 3),
  };
}
