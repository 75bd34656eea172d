/** The index of officials: everyone named as attending or speaking, in Vietnamese order by given name, with counts. */
import type { Page } from "../../src/collections/paginate.ts";
import type { PersonEntry } from "../../src/collections/people.ts";
import type { PaginatedData } from "../components/page-data.ts";
import { Base } from "../components/Base.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { Pager } from "../components/Pager.tsx";
import { paged } from "../components/paged.ts";

export const data = {
  pagination: paged("peopleIndex"),
  permalink: (d: PaginatedData<Page<PersonEntry>>) => d.item.url,
};

/** The role last seen, the one a reader most likely looks for. */
const latestRole = (p: PersonEntry) => [...p.roles].sort((x, y) => y.last.localeCompare(x.last))[0]?.role ?? "";

export default function PeopleIndex({ bantin, item }: PaginatedData<Page<PersonEntry>>): JSX.Element {
  const total = bantin.people.length;
  const suffix = item.totalPages > 1 ? ` – Trang ${item.pageNumber}` : "";
  return (
    <Base bantin={bantin} meta={{ title: `Nhân vật${suffix}`, description: `${total} đại biểu, lãnh đạo được nêu tên trong các bài viết, xếp theo tên.`, url: item.url }}>
      <div class="wrap">
        <Breadcrumbs crumbs={[{ name: "Trang chủ", url: "/" }, { name: "Nhân vật", url: "/nhan-vat/" }]} />
        <h1>Nhân vật{item.totalPages > 1 ? <span class="page-of"> · Trang {item.pageNumber}/{item.totalPages}</span> : null}</h1>
        <p class="lede">{total} đại biểu, lãnh đạo được nêu tên là người tham dự hoặc phát biểu trong các bài viết, xếp theo tên (A–Z).</p>
        <div class="table-scroll">
          <table class="people-table">
            <thead>
              <tr><th scope="col">Họ và tên</th><th scope="col">Chức danh gần nhất</th><th scope="col" class="num">Bài viết</th><th scope="col" class="num">Tham dự</th><th scope="col" class="num">Phát biểu</th><th scope="col" class="num">Chú thích ảnh</th></tr>
            </thead>
            <tbody>
              {item.items.map((p) => (
                <tr>
                  <th scope="row"><a href={p.url}>{p.name}</a></th>
                  <td>{latestRole(p)}</td>
                  <td class="num">{String(p.counts.articles)}</td>
                  <td class="num">{String(p.counts.attendee)}</td>
                  <td class="num">{String(p.counts.speaker)}</td>
                  <td class="num">{String(p.counts.caption)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager page={item} />
      </div>
    </Base>
  );
}
