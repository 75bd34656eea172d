/** Atom feeds: the site's and one per category. */
import type { FeedSpec } from "../../src/feeds/atom.ts";
import type { PaginatedData } from "../components/page-data.ts";
import { renderFeed } from "../../src/eleventy/feed.ts";
import { paged } from "../components/paged.ts";

export const data = {
  pagination: paged("feeds"),
  permalink: (d: PaginatedData<FeedSpec>) => d.item.url,
  eleventyExcludeFromCollections: true,
};

export default function Feed({ bantin, item }: PaginatedData<FeedSpec>): Promise<string> {
  return renderFeed(item, bantin.site);
}
