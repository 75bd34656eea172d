/** The awards ledger: totals by year, kind and grantor, every conferral linked to its article; unknown counts say so. */
import { countText, type AwardTotal, type PartialCount } from "../../src/collections/awards.ts";
import type { ArticleRef } from "../../src/collections/people.ts";
import type { PageData } from "../components/page-data.ts";
import { formatDay } from "../../src/text/dates.ts";
import { Base } from "../components/Base.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";

export const data = { permalink: "/khen-thuong/" };

/** The articles behind a line: listed when few, folded away when many. */
function Articles(props: { articles: readonly ArticleRef[] }): JSX.Element {
  const list = <ul class="plain">{props.articles.map((a) => <li><a href={a.url}>{a.title}</a></li>)}</ul>;
  if (props.articles.length <= 2) return list;
  return <details><summary>{props.articles.length} bài</summary>{list}</details>;
}

function TotalsTable(props: { caption: string; head: string; rows: readonly AwardTotal[]; note?: string }): JSX.Element {
  return (
    <div class="table-scroll">
      <table class="ledger">
        <caption>{props.caption}{props.note ? <span class="note"> {props.note}</span> : null}</caption>
        <thead>
          <tr><th scope="col">{props.head}</th><th scope="col" class="num">Lượt</th><th scope="col" class="num">Tập thể</th><th scope="col" class="num">Cá nhân</th><th scope="col">Bài viết</th></tr>
        </thead>
        <tbody>
          {props.rows.map((t) => (
            <tr id={t.id}>
              <th scope="row">{t.label}</th>
              <td class="num">{String(t.conferrals)}</td>
              <td class="num">{countText(t.collectives, t.conferrals)}</td>
              <td class="num">{countText(t.individuals, t.conferrals)}</td>
              <td><Articles articles={t.articles} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function Awards({ bantin }: PageData): JSX.Element {
  const l = bantin.awards;
  const t = l.total;
  const unknown = (c: PartialCount) => (c.unknown ? ` (thêm ${c.unknown} lượt không rõ số)` : "");
  return (
    <Base bantin={bantin} meta={{ title: "Khen thưởng", description: `Sổ khen thưởng: ${t.conferrals} lượt khen thưởng trong ${t.articles.length} bài viết, theo năm, hình thức và cấp khen.`, url: "/khen-thuong/" }}>
      <div class="wrap ledger-page">
        <Breadcrumbs crumbs={[{ name: "Trang chủ", url: "/" }, { name: "Khen thưởng", url: "/khen-thuong/" }]} />
        <h1>Khen thưởng</h1>
        {t.conferrals === 0 ? <p class="empty">Chưa có bài viết nào ghi nhận khen thưởng.</p> : (
          <>
            <p class="lede">
              {String(t.conferrals)} lượt khen thưởng trong {String(t.articles.length)} bài viết. Các bài ghi {String(t.collectives.known)} tập thể{unknown(t.collectives)} và {String(t.individuals.known)} cá nhân{unknown(t.individuals)} được khen thưởng.
              Số liệu được đọc tự động từ bài viết; “không rõ” là bài không ghi số, không được tính là 0.
            </p>
            <nav aria-label="Các bảng"><ul class="footer-links"><li><a href="#theo-nam">Theo năm</a></li><li><a href="#theo-hinh-thuc">Theo hình thức</a></li><li><a href="#theo-cap">Theo cấp khen thưởng</a></li><li><a href="#tat-ca">Tất cả các lượt</a></li></ul></nav>
            <section id="theo-nam"><TotalsTable caption="Theo năm" head="Năm" rows={l.byYear} /></section>
            <section id="theo-hinh-thuc"><TotalsTable caption="Theo hình thức" head="Hình thức" rows={l.byKind} /></section>
            <section id="theo-cap"><TotalsTable caption="Theo cấp khen thưởng" head="Cơ quan, người tặng" rows={l.byGrantor} note="(một lượt do nhiều cấp cùng tặng được tính ở mỗi cấp)" /></section>
            <section id="tat-ca">
              <div class="table-scroll">
                <table class="ledger">
                  <caption>Tất cả các lượt khen thưởng</caption>
                  <thead><tr><th scope="col">Ngày</th><th scope="col">Hình thức</th><th scope="col" class="num">Tập thể</th><th scope="col" class="num">Cá nhân</th><th scope="col">Cơ quan, người tặng</th><th scope="col">Bài viết</th></tr></thead>
                  <tbody>
                    {l.rows.map((r) => (
                      <tr>
                        <td><time datetime={r.date}>{formatDay(`${r.date}T12:00:00+07:00`)}</time></td>
                        <td>{r.kind}</td>
                        <td class="num">{String(r.award.collectives ?? "không rõ")}</td>
                        <td class="num">{String(r.award.individuals ?? "không rõ")}</td>
                        <td>{r.grantors.length ? r.grantors.join("; ") : "không rõ"}</td>
                        <td><a href={r.article.url}>{r.article.title}</a></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </>
        )}
      </div>
    </Base>
  );
}
