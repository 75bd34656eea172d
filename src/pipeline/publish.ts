/** Which articles go out: drafts stay out of production, future-dated ones wait for their time. */
import type { Article } from "../types.ts";
import { epochMs } from "../text/dates.ts";

export type Status = "published" | "draft" | "scheduled";

export interface PublishOptions {
  /** The clock, ISO 8601 (tests and CI fix it with --now). */
  now: string;
  /** The dev server shows drafts, with a banner. */
  includeDrafts: boolean;
}

/**
 * The status of one article at time `now`.
 * @example statusOf({ draft: false, published: "2099-01-01T00:00:00+07:00" }, "2026-01-01T00:00:00+07:00") // "scheduled"
 */
export function statusOf(a: Pick<Article, "draft" | "published">, now: string): Status {
  if (a.draft) return "draft";
  return epochMs(a.published) > epochMs(now) ? "scheduled" : "published";
}

/** The articles that are published under these options, in the given order. */
export function selectPublished(articles: readonly Article[], options: PublishOptions): Article[] {
  return articles.filter((a) => {
    const s = statusOf(a, options.now);
    return s === "published" || (s === "draft" && options.includeDrafts);
  });
}
