/** Archives: a paginated list per year and per month, by the local (Hà Nội) date. */
import type { Article } from "../types.ts";
import { formatMonth, localParts } from "../text/dates.ts";
import { HOME_CRUMB } from "./by-category.ts";
import { listPages, type ListPage } from "./list-page.ts";

export interface ArchiveYear {
  year: number;
  count: number;
  url: string;
  months: { month: number; count: number; url: string; title: string }[];
}

const pad = (n: number) => String(n).padStart(2, "0");
const yearUrl = (y: number) => `/luu-tru/${y}/`;
const monthUrl = (y: number, m: number) => `/luu-tru/${y}/${pad(m)}/`;

/** Each article's local year and month, in order: `archiveIndex` and `byMonth` can share them. */
export type YearMonth = { year: number; month: number };

/**
 * The local year and month of each article.
 * @example yearMonths(articles)[0] // { year: 2021, month: 1, … }
 */
export function yearMonths(articles: readonly Article[]): YearMonth[] {
  return articles.map((a) => localParts(a.published));
}

/** Years (newest first) and their months (newest first), with counts. `parts`: `yearMonths(articles)`, when the caller has them. */
export function archiveIndex(articles: readonly Article[], parts: readonly YearMonth[] = yearMonths(articles)): ArchiveYear[] {
  const years = new Map<number, Map<number, number>>();
  for (const { year, month } of parts) {
    const months = years.get(year) ?? new Map<number, number>();
    months.set(month, (months.get(month) ?? 0) + 1);
    years.set(year, months);
  }
  return [...years]
    .sort((a, b) => b[0] - a[0])
    .map(([year, months]) => ({
      year,
      count: [...months.values()].reduce((n, c) => n + c, 0),
      url: yearUrl(year),
      months: [...months]
        .sort((a, b) => b[0] - a[0])
        .map(([month, count]) => ({ month, count, url: monthUrl(year, month), title: formatMonth(year, month) })),
    }));
}

/** A paginated list for each year and each month. `parts`: `yearMonths(articles)`, when the caller has them. */
export function byMonth(articles: readonly Article[], index: readonly ArchiveYear[], perPage: number, parts: readonly YearMonth[] = yearMonths(articles)): ListPage[] {
  const archiveCrumb = { name: "Lưu trữ", url: "/luu-tru/" };
  // Articles by year and by month in one pass, in article order (was a pass over every article per year and month).
  const byYear = new Map<number, Article[]>();
  const byYearMonth = new Map<string, Article[]>();
  const push = <K,>(m: Map<K, Article[]>, k: K, a: Article) => {
    const list = m.get(k);
    if (list) list.push(a);
    else m.set(k, [a]);
  };
  articles.forEach((a, i) => {
    const { year, month } = parts[i] as YearMonth;
    push(byYear, year, a);
    push(byYearMonth, `${year}/${month}`, a);
  });
  return index.flatMap((y) => {
    const inYear = byYear.get(y.year) ?? [];
    const yearCrumb = { name: `Năm ${y.year}`, url: y.url };
    return [
      ...listPages(
        { kind: "archive", key: String(y.year), title: `Năm ${y.year}`, description: `Các bài viết đăng trong năm ${y.year}.`, breadcrumbs: [HOME_CRUMB, archiveCrumb, yearCrumb], feedUrl: null },
        inYear,
        perPage,
        y.url,
      ),
      ...y.months.flatMap((m) =>
        listPages(
          { kind: "archive", key: `${y.year}/${pad(m.month)}`, title: m.title, description: `Các bài viết đăng trong ${m.title.toLowerCase()}.`, breadcrumbs: [HOME_CRUMB, archiveCrumb, yearCrumb, { name: m.title, url: m.url }], feedUrl: null },
          byYearMonth.get(`${y.year}/${m.month}`) ?? [],
          perPage,
          m.url,
        ),
      ),
    ];
  });
}
