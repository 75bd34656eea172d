/** The copy of a page that pagefind indexes: the page as written, plus a folded copy of its đ-words. */
import { foldedDWords } from "./fold.ts";

/**
 * Opens the folded copy in the indexed text. It is not a word, so it is never searched, but it
 * stays in pagefind's excerpt text, where layouts/assets/search.js cuts the excerpt at it.
 */
export const FOLD_MARK = "⁂";

/** Weight of the folded title words: a little under a heading's 7, so exact spellings still win. */
export const TITLE_FOLD_WEIGHT = 5;
/** Weight of the folded body words: low, so excerpts come from the real text, not the folded copy. */
export const BODY_FOLD_WEIGHT = 0.5;

const BODY = /(<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>)([\s\S]*?)(<\/article>)/i;
const H1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i;
const IGNORED = /<([a-z]+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/gi;

/** Text of an HTML fragment bantin wrote: tags dropped, the entities bantin's escaping makes decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", apos: "'" })[e] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Add, inside the `data-pagefind-body` article, two weighted blocks holding its đ-words folded to d,
 * so "da nang" finds "Đà Nẵng". Readers never see these blocks: only pagefind reads this copy.
 * Pages without a `data-pagefind-body` article are returned unchanged.
 * @example withFoldedCopy('<article data-pagefind-body><h1>Đà Nẵng</h1></article>')
 * // '<article data-pagefind-body><h1>Đà Nẵng</h1><p>⁂</p><p data-pagefind-weight="5">Dà</p></article>'
 */
export function withFoldedCopy(html: string): string {
  const m = BODY.exec(html);
  if (!m) return html;
  const [whole, open, inner = "", close] = m;
  const visible = inner.replace(IGNORED, " ");
  const titleHtml = H1.exec(visible)?.[1] ?? "";
  const title = foldedDWords(textOf(titleHtml));
  const body = foldedDWords(textOf(visible.replace(H1, " ")));
  if (!title.length && !body.length) return html;
  const blocks =
    `<p>${FOLD_MARK}</p>` +
    (title.length ? `<p data-pagefind-weight="${TITLE_FOLD_WEIGHT}">${title.join(" ")}</p>` : "") +
    (body.length ? `<p data-pagefind-weight="${BODY_FOLD_WEIGHT}">${body.join(" ")}</p>` : "");
  return html.slice(0, m.index) + open + inner + blocks + close + html.slice(m.index + whole.length);
}
