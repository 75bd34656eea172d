/** Site header: name, search box (a plain GET form, works without JavaScript) and category menu. */
import type { SiteData } from "../../src/pipeline/site-data.ts";

export function Header(props: { bantin: SiteData; current: string }): JSX.Element {
  const { site, categories } = props.bantin;
  return (
    <header class="site-header">
      <div class="wrap masthead">
        <a class="brand" href="/">
          <span class="brand-kicker">{site.publisher}</span>
          <span class="brand-name">{site.name}</span>
        </a>
        <form class="search-box" role="search" aria-label="Tìm kiếm trên cổng thông tin" action="/tim-kiem/" method="get">
          <label for="q-header" class="visually-hidden">Tìm kiếm</label>
          <input id="q-header" type="search" name="q" placeholder="Tìm bài viết…" autocomplete="off" />
          <button type="submit">Tìm</button>
        </form>
      </div>
      <nav class="menu" aria-label="Chuyên mục">
        <ul class="wrap">
          <li><a href="/" aria-current={props.current === "/" ? "page" : undefined}>Trang chủ</a></li>
          {categories.map((c) => (
            <li><a href={`/${c.slug}/`} aria-current={props.current === c.slug ? "page" : undefined}>{c.name}</a></li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
