/** The words of one article as the search index needs them: each spelling once, with its weight. */
import { IN_TITLE, isWordUnit, MAX_WORD, TF_MAX, words } from "../../layouts/assets/search-core.js";

/** Add the words of `text` to `counts` (the same words as `words()` gives, without the array). */
function countInto(counts: Map<string, number>, text: string): void {
  const s = text.toLowerCase();
  const n = s.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    if (i < n && isWordUnit(s.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start <= MAX_WORD) {
        const w = s.slice(start, i);
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
      start = -1;
    }
  }
}

/**
 * Each spelling of an article with its weight: occurrences in the summary and text (at most
 * TF_MAX), plus IN_TITLE when the title has it.
 * @example wordWeights("Đà Nẵng", "", "Đoàn đến Đà Nẵng").get("đà") // 1 + IN_TITLE
 */
export function wordWeights(title: string, summary: string, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  countInto(counts, summary);
  countInto(counts, text);
  for (const [w, c] of counts) if (c > TF_MAX) counts.set(w, TF_MAX);
  for (const w of new Set(words(title))) counts.set(w, (counts.get(w) ?? 0) + IN_TITLE);
  return counts;
}
