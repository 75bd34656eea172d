/** sitemap.xml and robots.txt. */
import { xmlEscape as x } from "./xml.ts";

export interface SitemapEntry {
  /** Site-relative URL. */
  url: string;
  /** ISO 8601 date of the last change, when known. */
  lastmod?: string;
}

/** @example sitemapXml([{ url: "/" }], "https://example.vn") */
export function sitemapXml(entries: readonly SitemapEntry[], baseUrl: string): string {
  const urls = entries.map((e) => `  <url><loc>${x(baseUrl + e.url)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ""}</url>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join("\n")}
</urlset>
`;
}

export function robotsTxt(baseUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${baseUrl}/sitemap.xml\n`;
}
