/** A list of article teasers: title, date, category and summary. */
import type { Article, Category } from "../../src/types.ts";
import { formatDay } from "../../src/text/dates.ts";

/** A <time> element; its text defaults to the local day ("12/01/2021"). */
export function Time(props: { iso: string; text?: string }): JSX.Element {
  return <time datetime={props.iso}>{props.text ?? formatDay(props.iso)}</time>;
}

export function ArticleList(props: { articles: readonly Article[]; categories?: readonly Category[]; headingLevel?: 2 | 3; showSummary?: boolean }): JSX.Element {
  const name = (slug: string) => props.categories?.find((c) => c.slug === slug)?.name;
  const H = props.headingLevel === 3 ? "h3" : "h2";
  if (props.articles.length === 0) return <p class="empty">Chưa có bài viết.</p>;
  return (
    <ul class="article-list">
      {props.articles.map((a) => (
        <li>
          <article class="teaser">
            <H class="teaser-title"><a href={a.url}>{a.title}</a></H>
            <p class="teaser-meta">
              <Time iso={a.published} />
              {props.categories ? <> · <a href={`/${a.category}/`}>{name(a.category) ?? a.category}</a></> : null}
              {a.draft ? <> · <strong class="draft-tag">BẢN NHÁP</strong></> : null}
            </p>
            {props.showSummary === false ? null : <p class="teaser-summary">{a.summary}</p>}
          </article>
        </li>
      ))}
    </ul>
  );
}
