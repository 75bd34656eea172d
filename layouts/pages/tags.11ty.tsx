/** The tag index: every tag with its count. */
import type { PageData } from "../components/page-data.ts";
import { Base } from "../components/Base.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";

export const data = { permalink: "/the/" };

export default function Tags({ bantin }: PageData): JSX.Element {
  return (
    <Base bantin={bantin} meta={{ title: "Thẻ", description: "Tất cả các thẻ bài viết.", url: "/the/" }}>
      <div class="wrap">
        <Breadcrumbs crumbs={[{ name: "Trang chủ", url: "/" }, { name: "Thẻ", url: "/the/" }]} />
        <h1>Thẻ</h1>
        <ul class="tag-cloud">
          {bantin.tags.map((t) => <li><a href={t.url}>{t.name}</a> <span class="count">({t.count})</span></li>)}
        </ul>
      </div>
    </Base>
  );
}
