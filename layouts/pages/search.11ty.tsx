/** The search page `/tim-kiem/`: a form that pagefind answers in the browser, and a useful page without JavaScript. */
import type { PageData } from "../components/page-data.ts";
import { Base } from "../components/Base.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";

export const data = { permalink: "/tim-kiem/" };

export default function Search({ bantin }: PageData): JSX.Element {
  const { categories, archive } = bantin;
  return (
    <Base
      bantin={bantin}
      meta={{
        title: "Tìm kiếm",
        description: "Tìm bài viết trên cổng thông tin theo từ khóa, chuyên mục và năm.",
        url: "/tim-kiem/",
        extraHead: <script type="module" src="/assets/search.js"></script>,
      }}
    >
      <div class="wrap search-page">
        <Breadcrumbs crumbs={[{ name: "Trang chủ", url: "/" }, { name: "Tìm kiếm", url: "/tim-kiem/" }]} />
        <h1>Tìm kiếm</h1>
        <form class="search-form" role="search" aria-label="Tìm theo từ khóa, chuyên mục và năm" action="/tim-kiem/" method="get" id="tim-kiem">
          <p class="field field-q">
            <label for="q">Từ khóa</label>
            <input id="q" type="search" name="q" autocomplete="off" placeholder="Ví dụ: Hoàn Kiếm, phố đi bộ" />
          </p>
          <p class="field">
            <label for="chuyen-muc">Chuyên mục</label>
            <select id="chuyen-muc" name="chuyen-muc">
              <option value="">Tất cả chuyên mục</option>
              {categories.map((c) => <option value={c.slug} data-filter={c.name}>{c.name}</option>)}
            </select>
          </p>
          <p class="field">
            <label for="nam">Năm</label>
            <select id="nam" name="nam">
              <option value="">Tất cả các năm</option>
              {archive.map((y) => <option value={String(y.year)}>{y.year}</option>)}
            </select>
          </p>
          <p class="field field-submit"><button type="submit" class="button">Tìm</button></p>
        </form>
        <p id="trang-thai" class="search-status" role="status" aria-live="polite"></p>
        <ol id="ket-qua" class="article-list search-results"></ol>
        <p><button type="button" id="xem-them" class="button" hidden>Xem thêm kết quả</button></p>
        <noscript>
          <div class="no-js">
            <p>Ô tìm kiếm chạy ngay trong trình duyệt nên cần JavaScript. Khi JavaScript bị tắt, bạn vẫn tìm được bài viết theo:</p>
            <ul>
              <li><a href="/luu-tru/">Lưu trữ theo năm và tháng</a></li>
              <li><a href="/the/">Thẻ bài viết</a></li>
              {categories.map((c) => <li>Chuyên mục <a href={`/${c.slug}/`}>{c.name}</a></li>)}
            </ul>
          </div>
        </noscript>
      </div>
    </Base>
  );
}
