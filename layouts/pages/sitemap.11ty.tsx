/** sitemap.xml: every article and list page. */
import type { PageData } from "../components/page-data.ts";
import { sitemapXml } from "../../src/feeds/sitemap.ts";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

export default function Sitemap({ bantin }: PageData): string {
  return sitemapXml(bantin.sitemap, bantin.site.baseUrl);
}
