/** The archive index: years and months with counts. */
import type { PageData } from "../components/page-data.ts";
import { Base } from "../components/Base.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";

export const data = { permalink: "/luu-tru/" };

export default function Archive({ bantin }: PageData): JSX.Element {
  return (
    <Base bantin={bantin} meta={{ title: "Lưu trữ", description: "Các bài viết theo năm và tháng.", url: "/luu-tru/" }}>
      <div class="wrap">
        <Breadcrumbs crumbs={[{ name: "Trang chủ", url: "/" }, { name: "Lưu trữ", url: "/luu-tru/" }]} />
        <h1>Lưu trữ</h1>
        {bantin.archive.map((y) => (
          <section class="archive-year" aria-labelledby={`nam-${y.year}`}>
            <h2 id={`nam-${y.year}`}><a href={y.url}>Năm {y.year}</a> <span class="count">({y.count} bài)</span></h2>
            <ul class="months">
              {y.months.map((m) => <li><a href={m.url}>{m.title}</a> <span class="count">({m.count})</span></li>)}
            </ul>
          </section>
        ))}
      </div>
    </Base>
  );
}
