/** The document shell of every page: head metadata, skip link, header, footer. */
import type { SiteData } from "../../src/pipeline/site-data.ts";
import { Header } from "./Header.tsx";
import { Footer } from "./Footer.tsx";
import { PAGE_POLICY, policy } from "../../src/quality/csp.ts";

export interface HeadMeta {
  /** The page's own title (the site name is appended). */
  title: string;
  description: string;
  /** Site-relative canonical URL. */
  url: string;
  /** Open Graph type. */
  ogType?: "website" | "article";
  /** Site-relative image for social cards. */
  image?: string | null;
  /** JSON-LD object(s), embedded safely. */
  jsonLd?: object | null;
  /** Feeds to advertise: [title, url]. */
  feeds?: [string, string][];
  /** Extra elements for <head> (article:published_time and the like). */
  extraHead?: JSX.Element;
  /** Search engines must not index this page (404, drafts). */
  noindex?: boolean;
}

/** JSON for a <script> element: "<" is escaped so no string can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function Base(props: { bantin: SiteData; meta: HeadMeta; children?: JSX.Children; current?: string }): JSX.Element {
  const { site } = props.bantin;
  const m = props.meta;
  const canonical = site.baseUrl + m.url;
  const fullTitle = m.url === "/" ? site.name : `${m.title} – ${site.shortName}`;
  return (
    <>
      {{ html: "<!DOCTYPE html>\n" }}
      <html lang="vi">
        <head>
          <meta charset="utf-8" />
          <meta http-equiv="Content-Security-Policy" content={policy(PAGE_POLICY)} />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{fullTitle}</title>
          <meta name="description" content={m.description} />
          <link rel="canonical" href={canonical} />
          {m.noindex ? <meta name="robots" content="noindex" /> : null}
          <meta name="color-scheme" content="light dark" />
          <meta property="og:site_name" content={site.name} />
          <meta property="og:locale" content="vi_VN" />
          <meta property="og:type" content={m.ogType ?? "website"} />
          <meta property="og:title" content={m.title} />
          <meta property="og:description" content={m.description} />
          <meta property="og:url" content={canonical} />
          {m.image ? <meta property="og:image" content={site.baseUrl + m.image} /> : null}
          {m.extraHead ?? null}
          <link rel="stylesheet" href="/assets/site.css" />
          <link rel="alternate" type="application/atom+xml" title={site.name} href="/feed.xml" />
          {(m.feeds ?? []).map(([title, href]) => <link rel="alternate" type="application/atom+xml" title={title} href={href} />)}
          <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
          {m.jsonLd ? <script type="application/ld+json">{{ html: jsonForScript(m.jsonLd) }}</script> : null}
        </head>
        <body>
          <a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
          <Header bantin={props.bantin} current={props.current ?? ""} />
          <main id="noi-dung" tabindex="-1">{props.children}</main>
          <Footer bantin={props.bantin} />
        </body>
      </html>
    </>
  );
}
