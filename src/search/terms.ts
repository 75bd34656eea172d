/** The words of one article as the search index needs them: each spelling once, with its weight. */
import { IN_TITLE, TF_MAX, words } from "../../layouts/assets/search-core.js";

/**
 * An article's indexed words: `variants` are its distinct lowercase spellings, sorted and joined
 * by spaces; `weights` holds one character per spelling (code 32 + weight), the weight being
 * occurrences in the summary and text (at most TF_MAX) plus IN_TITLE when the title has it.
 * Two strings, not arrays, so 100k articles stay small in memory and in the cache.
 */
export interface DocTerms {
  variants: string;
  weights: string;
}

/**
 * Count the words of an article.
 * @example docTerms("Đà Nẵng", "", "Đoàn đến Đà Nẵng") // { variants: "nẵng đoàn đà đến", weights: … }
 */
export function docTerms(title: string, summary: string, text: string): DocTerms {
  const counts = new Map<string, number>();
  for (const w of words(summary)) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const w of words(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const inTitle = new Set(words(title));
  for (const w of inTitle) if (!counts.has(w)) counts.set(w, 0);
  const sorted = [...counts.keys()].sort();
  let weights = "";
  for (const w of sorted) weights += String.fromCharCode(32 + Math.min(counts.get(w) ?? 0, TF_MAX) + (inTitle.has(w) ? IN_TITLE : 0));
  return { variants: sorted.join(" "), weights };
}

/**
 * The (spelling, weight) pairs of a DocTerms.
 * @example [...termPairs(docTerms("Hà Nội", "", ""))] // [["hà", 64], ["nội", 64]]
 */
export function* termPairs(terms: DocTerms): Generator<[string, number]> {
  if (!terms.variants) return;
  const variants = terms.variants.split(" ");
  for (let i = 0; i < variants.length; i++) yield [variants[i] ?? "", terms.weights.charCodeAt(i) - 32];
}
