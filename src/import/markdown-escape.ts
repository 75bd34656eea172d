/** Escapes plain text so Markdown renders it back as the same text: an imported paragraph never turns into markup. */

/** ASCII characters that start inline Markdown (emphasis, code, links, autolinks, strikethrough, escapes). */
const INLINE = /[\\`*_[\]<>~]/g;
/** "&name;" and "&#123;" would be decoded as character references. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
/** What makes a line a heading, quote, list item, rule, setext underline or fenced block. */
const BLOCK_START = /^(#|>|[-+=]|\d{1,9}[.)])/;

/**
 * Make one paragraph of plain text safe to write as a Markdown paragraph; markdown-it renders it
 * back to exactly the same text.
 *
 * @example
 *   escapeParagraph("1. Tin *mới* <b>") // "1\\. Tin \\*mới\\* \\<b\\>"
 */
export function escapeParagraph(text: string): string {
  const inline = text.replace(INLINE, (c) => `\\${c}`).replace(ENTITY, "\\&");
  return inline.replace(BLOCK_START, (m) => (/^\d/.test(m) ? `${m.slice(0, -1)}\\${m.slice(-1)}` : `\\${m}`));
}
