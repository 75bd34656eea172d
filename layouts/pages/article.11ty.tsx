/** An article page: title, category, Vietnamese date line, body with figures, byline, source, related. */
import type { ArticlePage } from "../../src/pipeline/site-data.ts";
import type { PaginatedData } from "../components/page-data.ts";
import { formatLong } from "../../src/text/dates.ts";
import { Base } from "../components/Base.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { ArticleList, Time } from "../components/ArticleList.tsx";
import { MetaPanel } from "../components/MetaPanel.tsx";
import { articleJsonLd } from "../components/article-ld.ts";
import { slugify } from "../../src/text/slug.ts";
import { paged } from "../components/paged.ts";

export const data = {
  pagination: paged("articlePages"),
  permalink: (d: PaginatedData<ArticlePage>) => d.item.article.url,
};

export default function ArticleView({ bantin, item }: PaginatedData<ArticlePage>): JSX.Element {
  const { article: a, category, related } = item;
  return (
    <Base
      bantin={bantin}
      current={category.slug}
      meta={{
        title: a.title,
        description: a.summary,
        url: a.url,
        ogType: "article",
        image: a.image?.src ?? null,
        jsonLd: articleJsonLd(item, bantin.site, bantin.personUrls),
        noindex: a.draft,
        feeds: [[category.name, `/${category.slug}/feed.xml`]],
        extraHead: <>
          <meta property="article:published_time" content={a.published} />
          <meta property="article:section" content={category.name} />
          <script type="module" src="/assets/print.js"></script>
        </>,
      }}
    >
      <div class="wrap">
        {a.draft ? <p class="draft-banner" role="note"><strong>BẢN NHÁP</strong> – bài này chưa được đăng và chỉ hiện trên máy chủ thử.</p> : null}
        <Breadcrumbs crumbs={[{ name: "Trang chủ", url: "/" }, { name: category.name, url: `/${category.slug}/` }, { name: a.title, url: a.url }]} />
        <div class="article-layout">
        <article class="article">
          <header>
            <p class="kicker"><a href={`/${category.slug}/`}>{category.name}</a></p>
            <h1>{a.title}</h1>
            <p class="dateline"><Time iso={a.published} text={formatLong(a.published)} />{a.views !== null ? <> | Lượt xem: {a.views}</> : null}</p>
          </header>
          {a.image ? (
            <figure class="lead-image">
              <img src={a.image.src} alt={a.image.alt} width="1200" height="675" fetchpriority="high" />
            </figure>
          ) : null}
          <div class="body">{{ html: a.html }}</div>
          {a.orphanCaptions.length ? (
            <section class="captions" aria-label="Chú thích ảnh">
              {a.orphanCaptions.map((c) => <figure class="no-photo"><figcaption>{c}</figcaption></figure>)}
            </section>
          ) : null}
          <footer class="byline">
            {a.author ? <p class="author">{a.byline ?? "Tin"}: {a.author}</p> : null}
            {a.source ? <p class="source">({a.source})</p> : null}
            {a.tags.length ? <p class="tags">Thẻ: {a.tags.map((t, i) => <>{i ? ", " : ""}<a href={`/the/${slugify(t)}/`}>{t}</a></>)}</p> : null}
            <p class="tools">
              <button type="button" class="print-link" data-print hidden>In bài viết</button>
              <a class="share-mail" href={`mailto:?subject=${encodeURIComponent(a.title)}&body=${encodeURIComponent(bantin.site.baseUrl + a.url)}`}>Gửi bài qua thư điện tử</a>
            </p>
            <p class="print-url">Địa chỉ bài viết: {bantin.site.baseUrl + a.url}</p>
          </footer>
        </article>
        <div class="sidebar">
          <MetaPanel meta={a.meta} urls={bantin.personUrls} />
          {related.length ? (
            <section class="related" aria-labelledby="bai-lien-quan">
              <h2 id="bai-lien-quan">Bài viết liên quan</h2>
              <ArticleList articles={related} headingLevel={3} showSummary={false} />
            </section>
          ) : null}
        </div>
        </div>
      </div>
    </Base>
  );
}
