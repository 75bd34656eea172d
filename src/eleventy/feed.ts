/** Feed bodies with absolute URLs, through @11ty/eleventy-plugin-rss. */
import { atomXml, type FeedSpec } from "../feeds/atom.ts";
import type { SiteConfig } from "../config/site.ts";

/** Render one Atom feed; relative links and images in bodies become absolute. */
export async function renderFeed(spec: FeedSpec, site: SiteConfig): Promise<string> {
  // Loaded when a feed is rendered (its HTML parser is a fifth of the start of `bantin build --incremental`, which mostly renders none).
  const { convertHtmlToAbsoluteUrls } = await import("@11ty/eleventy-plugin-rss");
  const entries = await Promise.all(
    spec.articles.map(async (article) => ({
      article,
      html: await convertHtmlToAbsoluteUrls(article.html, site.baseUrl + article.url),
    })),
  );
  return atomXml(spec, entries, site.baseUrl, site.publisher);
}
