/** Category, tag and archive pages: one template paginated over the pipeline's list pages. */
import type { ListPage } from "../../src/collections/list-page.ts";
import type { PaginatedData } from "../components/page-data.ts";
import { Base } from "../components/Base.tsx";
import { ArticleList } from "../components/ArticleList.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { Pager } from "../components/Pager.tsx";
import { paged } from "../components/paged.ts";

export const data = {
  pagination: paged("listPages"),
  permalink: (d: PaginatedData<ListPage>) => d.item.url,
};

export default function List({ bantin, item }: PaginatedData<ListPage>): JSX.Element {
  const suffix = item.totalPages > 1 ? ` – Trang ${item.pageNumber}` : "";
  return (
    <Base
      bantin={bantin}
      current={item.kind === "category" ? item.key : ""}
      meta={{ title: item.title + suffix, description: item.description, url: item.url, feeds: item.feedUrl ? [[item.title, item.feedUrl]] : [] }}
    >
      <div class="wrap">
        <Breadcrumbs crumbs={item.breadcrumbs} />
        <h1>{item.title}{item.totalPages > 1 ? <span class="page-of"> · Trang {item.pageNumber}/{item.totalPages}</span> : null}</h1>
        {item.pageNumber === 1 ? <p class="lede">{item.description}</p> : null}
        <ArticleList articles={item.items} categories={item.kind === "category" ? undefined : bantin.categories} />
        <Pager page={item} />
      </div>
    </Base>
  );
}
