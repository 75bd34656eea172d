/** The home page: the latest stories, then a block per category. */
import type { PageData } from "../components/page-data.ts";
import { Base } from "../components/Base.tsx";
import { ArticleList, Time } from "../components/ArticleList.tsx";

export const data = { permalink: "/" };

export default function Home({ bantin }: PageData): JSX.Element {
  const { site, home, categories } = bantin;
  const lead = home.latest[0];
  return (
    <Base
      bantin={bantin}
      current="/"
      meta={{
        title: site.name,
        description: `Tin tức, thông báo và sự kiện của ${site.district}, ${site.city}.`,
        url: "/",
        jsonLd: { "@context": "https://schema.org", "@type": "WebSite", name: site.name, url: site.baseUrl + "/", inLanguage: "vi",
          potentialAction: { "@type": "SearchAction", target: `${site.baseUrl}/tim-kiem/?q={q}`, "query-input": "required name=q" } },
      }}
    >
      <div class="wrap">
        <h1 class="visually-hidden">{site.name}</h1>
        <section class="latest" aria-labelledby="tin-moi">
          <h2 id="tin-moi">Tin mới</h2>
          {lead ? (
            <article class="lead-story">
              {lead.image ? <img src={lead.image.src} alt={lead.image.alt} width="1200" height="675" fetchpriority="high" /> : null}
              <div>
                <h3><a href={lead.url}>{lead.title}</a></h3>
                <p class="teaser-meta"><Time iso={lead.published} /></p>
                <p>{lead.summary}</p>
              </div>
            </article>
          ) : null}
          <ArticleList articles={home.latest.slice(1)} categories={categories} headingLevel={3} showSummary={false} />
        </section>
        <div class="blocks">
          {home.blocks.map((b) => (
            <section class="block" aria-labelledby={`cm-${b.category.slug}`}>
              <h2 id={`cm-${b.category.slug}`}><a href={b.url}>{b.category.name}</a></h2>
              <ArticleList articles={b.articles} headingLevel={3} showSummary={false} />
              <p class="more"><a href={b.url}>Xem tất cả<span class="visually-hidden"> {b.category.name}</span> →</a></p>
            </section>
          ))}
        </div>
      </div>
    </Base>
  );
}
