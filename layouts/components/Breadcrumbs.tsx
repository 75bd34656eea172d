/** Breadcrumb trail; the last crumb is the current page. */
import type { Crumb } from "../../src/collections/list-page.ts";

export function Breadcrumbs(props: { crumbs: readonly Crumb[] }): JSX.Element {
  const last = props.crumbs.length - 1;
  return (
    <nav class="breadcrumbs" aria-label="Đường dẫn">
      <ol>
        {props.crumbs.map((c, i) => (
          <li>{i === last ? <span aria-current="page">{c.name}</span> : <a href={c.url}>{c.name}</a>}</li>
        ))}
      </ol>
    </nav>
  );
}
