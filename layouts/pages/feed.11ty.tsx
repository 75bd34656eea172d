/** Atom feeds: the site's and one per category. */
import type { FeedSpec } from "../../src/feeds/atom.ts";
import type { PaginatedData } from "../components/page-data.ts";
import { renderFeed } from "../../src/eleventy/feed.ts";

export const data = {
  pagination: { data: "bantin.feeds", size: 1, alias: "item" },
  permalink: (d: PaginatedData<FeedSpec>) => d.item.url,
  eleventyExcludeFromCollections: true,
};

export default function Feed({ bantin, item }: PaginatedData<FeedSpec>): Promise<string> {
  return renderFeed(item, bantin.site);
}
