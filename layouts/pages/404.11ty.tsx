/** The 404 page: what happened and where to go. */
import type { PageData } from "../components/page-data.ts";
import { Base } from "../components/Base.tsx";
import { ArticleList } from "../components/ArticleList.tsx";

export const data = { permalink: "/404.html" };

export default function NotFound({ bantin }: PageData): JSX.Element {
  return (
    <Base bantin={bantin} meta={{ title: "Không tìm thấy trang", description: "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.", url: "/404.html", noindex: true }}>
      <div class="wrap">
        <h1>Không tìm thấy trang</h1>
        <p class="lede">Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Hãy thử <a href="/tim-kiem/">tìm kiếm</a>, xem <a href="/luu-tru/">lưu trữ</a> hoặc quay về <a href="/">trang chủ</a>.</p>
        <h2>Tin mới</h2>
        <ArticleList articles={bantin.home.latest.slice(0, 5)} headingLevel={3} showSummary={false} />
      </div>
    </Base>
  );
}
