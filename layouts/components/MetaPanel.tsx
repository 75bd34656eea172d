/** The "Thành phần tham dự / Phát biểu / Khen thưởng" panel: what the pipeline read from the article. */
import type { ArticleMeta, Award, Person } from "../../src/types.ts";
import { formatDay } from "../../src/text/dates.ts";
import { personUrl, type PersonUrls } from "../../src/collections/people-url.ts";

function People(props: { people: readonly Person[]; urls: PersonUrls }): JSX.Element {
  return (
    <ul>
      {props.people.map((p) => (
        <li><a href={personUrl(props.urls, p.name)}>{p.name}</a>{p.role ? <> – {p.role}</> : null}</li>
      ))}
    </ul>
  );
}

function awardLine(a: Award): string {
  const counts = [a.collectives !== null ? `${a.collectives} tập thể` : null, a.individuals !== null ? `${a.individuals} cá nhân` : null].filter(Boolean).join(", ");
  return `${a.award}${counts ? `: ${counts}` : ""}${a.grantors.length ? ` (${a.grantors.join(", ")})` : ""}`;
}

export function MetaPanel(props: { meta: ArticleMeta; urls: PersonUrls }): JSX.Element {
  const m = props.meta;
  if (!m.eventDate && !m.location && !m.attendees.length && !m.speakers.length && !m.awards.length) return null;
  return (
    <aside class="meta-panel" aria-labelledby="thong-tin-su-kien">
      <h2 id="thong-tin-su-kien">Thông tin sự kiện</h2>
      <dl>
        {m.eventDate ? <><dt>Thời gian</dt><dd><time datetime={m.eventDate}>{formatDay(`${m.eventDate}T12:00:00+07:00`)}</time></dd></> : null}
        {m.location ? <><dt>Địa điểm</dt><dd>{m.location}</dd></> : null}
        {m.attendees.length ? <><dt>Thành phần tham dự</dt><dd><People people={m.attendees} urls={props.urls} /></dd></> : null}
        {m.speakers.length ? <><dt>Phát biểu</dt><dd><People people={m.speakers} urls={props.urls} /></dd></> : null}
        {m.awards.length ? <><dt>Khen thưởng</dt><dd><ul>{m.awards.map((a) => <li>{awardLine(a)}</li>)}</ul></dd></> : null}
      </dl>
    </aside>
  );
}
