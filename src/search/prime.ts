/** Before a cold index: count the words of the articles the cache does not have, on worker threads when there are many. */
import type { Article } from "../types.ts";
import { countOnWorkers } from "./count-pool.ts";
import type { TermsStore } from "./terms-store.ts";
import { sortedTerms } from "./vocabulary.ts";

/** Below this many uncounted articles, starting threads costs more than it saves. */
const MIN_ON_WORKERS = 500;

/**
 * Mark the words of every article with a content key as used by this build, and count and cache
 * those `store` lacks. Returns how many were counted. With fewer than MIN_ON_WORKERS or no threads,
 * `siteSearchFiles` counts them itself.
 * @example await primeTerms(indexOrder(data.articles, articleKeyOf, null), store, 2) // 10000 on a cold cache
 */
export async function primeTerms(order: { articles: readonly Article[]; cacheKeys: readonly (string | null)[] }, store: TermsStore, threads: number): Promise<number> {
  const missing: { key: string; article: Article }[] = [];
  order.cacheKeys.forEach((key, i) => {
    if (key !== null && !store.keep(key)) missing.push({ key, article: order.articles[i]! });
  });
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
