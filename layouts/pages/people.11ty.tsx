/** One page per official: the roles they were named with over time, and every article that mentions them. */
import type { MentionKind, PersonEntry } from "../../src/collections/people.ts";
import type { PaginatedData } from "../components/page-data.ts";
import { formatDay } from "../../src/text/dates.ts";
import { Base } from "../components/Base.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { Time } from "../components/ArticleList.tsx";
import { paged } from "../components/paged.ts";

export const data = {
  pagination: paged("people"),
  permalink: (d: PaginatedData<PersonEntry>) => d.item.url,
};

const KIND_LABEL: Record<MentionKind, string> = { attendee: "tham dự", speaker: "phát biểu", caption: "chú thích ảnh" };

/** A calendar day ("2021-01-08") as "08/01/2021". */
const day = (d: string) => formatDay(`${d}T12:00:00+07:00`);

function summary(p: PersonEntry): string {
  const parts = [
    p.counts.attendee ? `${p.counts.attendee} lần tham dự` : null,
    p.counts.speaker ? `${p.counts.speaker} lần phát biểu` : null,
    p.counts.caption ? `${p.counts.caption} lần trong chú thích ảnh` : null,
  ].filter(Boolean);
  return `Được nhắc đến trong ${p.counts.articles} bài viết${parts.length ? `: ${parts.join(", ")}` : ""}.`;
}

export default function Person({ bantin, item: p }: PaginatedData<PersonEntry>): JSX.Element {
  const latestRole = [...p.roles].sort((x, y) => y.last.localeCompare(x.last))[0]?.role ?? null;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Person",
    name: p.name,
    url: bantin.site.baseUrl + p.url,
    ...(latestRole ? { jobTitle: latestRole } : {}),
    subjectOf: p.mentions.map((m) => ({ "@type": "NewsArticle", headline: m.article.title, url: bantin.site.baseUrl + m.article.url, datePublished: m.article.published })),
  };
  return (
    <Base bantin={bantin} meta={{ title: p.name, description: `${p.name}${latestRole ? ` – ${latestRole}` : ""}. ${summary(p)}`, url: p.url, jsonLd }}>
      <div class="wrap person">
        <Breadcrumbs crumbs={[{ name: "Trang chủ", url: "/" }, { name: "Nhân vật", url: "/nhan-vat/" }, { name: p.name, url: p.url }]} />
        <h1>{p.name}</h1>
        <p class="lede">{summary(p)}</p>
        {p.variants.length ? <p class="variants">Cũng được viết là: {p.variants.join("; ")}.</p> : null}

        <section aria-labelledby="chuc-danh">
          <h2 id="chuc-danh">Chức danh qua các bài viết</h2>
          {p.roles.length === 0 ? (
            <p class="empty">Các bài viết không ghi chức danh.</p>
          ) : (
            <div class="table-scroll">
              <table>
                <thead><tr><th scope="col">Chức danh (như bài viết ghi)</th><th scope="col">Lần đầu</th><th scope="col">Lần cuối</th><th scope="col">Bài viết</th></tr></thead>
                <tbody>
                  {p.roles.map((r) => (
                    <tr>
                      <td>{r.role}</td>
                      <td><time datetime={r.first}>{day(r.first)}</time></td>
                      <td><time datetime={r.last}>{day(r.last)}</time></td>
                      <td><ul class="plain">{r.articles.map((a) => <li><a href={a.url}>{a.title}</a></li>)}</ul></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section aria-labelledby="bai-viet">
          <h2 id="bai-viet">Bài viết nhắc đến {p.name}</h2>
          <ul class="article-list mentions">
            {p.mentions.map((m) => (
              <li>
                <p class="teaser-title"><a href={m.article.url}>{m.article.title}</a></p>
                <p class="teaser-meta">
                  <Time iso={m.article.published} /> · {m.as.map((k) => KIND_LABEL[k]).join(", ")}
                  {m.roles.length ? <> · {m.roles.join("; ")}</> : null}
                </p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Base>
  );
}
