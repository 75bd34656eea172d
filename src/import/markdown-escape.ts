/** Escapes plain text so Markdown renders it back as the same text: an imported paragraph never turns into markup. */
import MarkdownIt from "markdown-it";

/** ASCII characters that start inline Markdown (emphasis, code, links, autolinks, strikethrough, escapes). */
const INLINE = /[\\`*_[\]<>~]/g;
/** "&name;" and "&#123;" would be decoded as character references. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
/** What makes a line a heading, quote, list item, rule, setext underline or fenced block. */
const BLOCK_START = /^(#|>|[-+=]|\d{1,9}[.)])/;

/** The same URL detection the renderer uses (markdown-it with linkify): a URL is read raw, so it must stay raw. */
const linkify = new MarkdownIt({ linkify: true }).linkify;

const escapeInline = (s: string) => s.replace(INLINE, (c) => `\\${c}`).replace(ENTITY, "\\&");

/**
 * Make one paragraph of plain text safe to write as a Markdown paragraph; markdown-it renders it
 * back to exactly the same text. URLs are left as they are, since the renderer links them.
 *
 * @example
 *   escapeParagraph("1. Tin *mới* <b>") // "1\\. Tin \\*mới\\* \\<b\\>"
 */
export function escapeParagraph(text: string): string {
  let out = "";
  let at = 0;
  for (const m of linkify.match(text) ?? []) {
    out += escapeInline(text.slice(at, m.index)) + text.slice(m.index, m.lastIndex);
    at = m.lastIndex;
  }
  out += escapeInline(text.slice(at));
  return out.replace(BLOCK_START, (m) => (/^\d/.test(m) ? `${m.slice(0, -1)}\\${m.slice(-1)}` : `\\${m}`));
}
