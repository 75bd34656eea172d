/** Before a cold index: count the words of the articles the cache does not have, on worker threads when there are many. */
import type { Article } from "../types.ts";
import { countOnWorkers } from "./count-pool.ts";
import type { TermsStore } from "./terms-store.ts";
import { sortedTerms } from "./vocabulary.ts";

/** Below this many uncounted articles, starting threads costs more than it saves. */
const MIN_ON_WORKERS = 500;

/**
 * Count and cache the words of every article with a content key that `store` lacks. Returns how
 * many were counted. With fewer than MIN_ON_WORKERS or no threads, `siteSearchFiles` counts them itself.
 * @example await primeTerms(data.articles, store, articleKeyOf, 2) // 10000 on a cold cache
 */
export async function primeTerms(articles: readonly Article[], store: TermsStore, keyOf: (a: Article) => string | null, threads: number): Promise<number> {
  const missing: { key: string; article: Article }[] = [];
  for (const article of articles) {
    const key = keyOf(article);
    if (key !== null && !store.peek(key)) missing.push({ key, article });
  }
  if (missing.length < MIN_ON_WORKERS || threads < 1) return 0;
  await countOnWorkers(
    missing.length,
    (i) => {
      const a = missing[i]!.article;
      return [a.title, a.summary, a.text];
    },
    threads,
    (word) => store.vocabulary.id(word),
    (i, counted) => store.setTerms(missing[i]!.key, sortedTerms(counted.ids, counted.weights)),
  );
  return missing.length;
}
