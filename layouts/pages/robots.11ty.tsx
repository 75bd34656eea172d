/** robots.txt, pointing at the sitemap. */
import type { PageData } from "../components/page-data.ts";
import { robotsTxt } from "../../src/feeds/sitemap.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true };

export default function Robots({ bantin }: PageData): string {
  return robotsTxt(bantin.site.baseUrl);
}
