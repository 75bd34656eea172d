/** NewsArticle JSON-LD for an article page: author by name only, dates with +07:00, people as Person. */
import type { ArticlePage } from "../../src/pipeline/site-data.ts";
import type { SiteConfig } from "../../src/config/site.ts";
import type { Person } from "../../src/types.ts";
import { nameKey, personUrl, type PersonUrls } from "../../src/collections/people-url.ts";

export function articleJsonLd(page: ArticlePage, site: SiteConfig, urls: PersonUrls): object {
  const a = page.article;
  // Each person links to their page on the portal, so search engines can tie mentions together.
  const person = (p: Person) => ({ "@type": "Person", name: p.name, url: site.baseUrl + personUrl(urls, p.name), ...(p.role ? { jobTitle: p.role } : {}) });
  const everyone = [...a.meta.attendees, ...a.meta.speakers].filter((p, i, all) => all.findIndex((q) => nameKey(q.name) === nameKey(p.name)) === i);
  const images = a.image ? [{ "@type": "ImageObject", url: site.baseUrl + a.image.src, description: a.image.alt }] : [];
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.title,
    description: a.summary,
    datePublished: a.published,
    dateModified: a.updated,
    inLanguage: "vi",
    url: site.baseUrl + a.url,
    mainEntityOfPage: site.baseUrl + a.url,
    articleSection: page.category.name,
    ...(a.tags.length ? { keywords: a.tags.join(", ") } : {}),
    ...(a.author ? { author: { "@type": "Person", name: a.author } } : { author: { "@type": "Organization", name: site.publisher } }),
    publisher: { "@type": "GovernmentOrganization", name: site.publisher, url: site.baseUrl + "/" },
    ...(a.source ? { sourceOrganization: { "@type": "Organization", name: a.source } } : {}),
    image: [...images, ...a.meta.captions.map((c) => ({ "@type": "ImageObject", caption: c, description: c }))],
    ...(a.meta.eventDate || a.meta.location
      ? { about: { "@type": "Event", name: a.title, ...(a.meta.eventDate ? { startDate: a.meta.eventDate } : {}), ...(a.meta.location ? { location: { "@type": "Place", name: a.meta.location } } : {}), ...(a.meta.attendees.length ? { attendee: a.meta.attendees.map(person) } : {}), ...(a.meta.speakers.length ? { performer: a.meta.speakers.map(person) } : {}) } }
      : {}),
    ...(everyone.length ? { mentions: everyone.map(person) } : {}),
  };
}
