/** "Trang 2/7" with previous/next links. */
import type { Page } from "../../src/collections/paginate.ts";

export function Pager(props: { page: Page<unknown> }): JSX.Element {
  const p = props.page;
  if (p.totalPages <= 1) return null;
  return (
    <nav class="pager" aria-label="Phân trang">
      {p.prevUrl ? <a rel="prev" href={p.prevUrl}>← Trang trước</a> : <span class="pager-gap" />}
      <span class="pager-count">Trang {p.pageNumber}/{p.totalPages}</span>
      {p.nextUrl ? <a rel="next" href={p.nextUrl}>Trang sau →</a> : <span class="pager-gap" />}
    </nav>
  );
}
