/** The awards ledger: every award conferred in the articles, totalled by year, kind and grantor; unknown counts kept apart, never added as 0. */
import type { Article, Award } from "../types.ts";
import { slugify } from "../text/slug.ts";
import { articleDay, articleRef, type ArticleRef } from "./people.ts";

/** One conferral: one award entry of one article. */
export interface AwardRow {
  article: ArticleRef;
  /** The day of the event (`YYYY-MM-DD`), else of publication. */
  date: string;
  year: number;
  /** The kind, capitalised and NFC ("Giấy khen"). */
  kind: string;
  /** Grantors as written; empty when the text does not say. */
  grantors: string[];
  award: Award;
}

/** A count that may be partly unknown: the sum of the stated counts, and how many conferrals did not state one. */
export interface PartialCount {
  known: number;
  /** Conferrals whose text does not state this count ("không rõ"). */
  unknown: number;
}

/** One line of a totals table. */
export interface AwardTotal {
  /** "2021", "Giấy khen", "UBND quận", or "không rõ" for conferrals without a grantor. */
  label: string;
  /** Anchor on the ledger page ("nam-2021"). */
  id: string;
  /** How many conferrals. */
  conferrals: number;
  collectives: PartialCount;
  individuals: PartialCount;
  /** The articles behind the line, newest first, each once. */
  articles: ArticleRef[];
}

export interface AwardsLedger {
  /** Every conferral, newest first. */
  rows: AwardRow[];
  byYear: AwardTotal[];
  byKind: AwardTotal[];
  /** A conferral by several grantors counts once under each, so this table does not add up to `total`. */
  byGrantor: AwardTotal[];
  total: AwardTotal;
}

/** Label of conferrals whose text names no grantor. */
export const UNKNOWN_GRANTOR = "không rõ";

const clean = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
const collator = new Intl.Collator("vi");

/**
 * An award kind for grouping: NFC, single spaces, first letter capitalised.
 * @example awardKind("giấy  khen") // "Giấy khen"
 */
export function awardKind(award: string): string {
  const c = clean(award);
  return c.charAt(0).toLocaleUpperCase("vi") + c.slice(1);
}

/** Unique anchors for one table's lines: labels that fold to the same slug get "-2", "-3"… */
function anchors(prefix: string): (label: string) => string {
  const used = new Set<string>();
  return (label) => {
    const base = `${prefix}-${slugify(label) || "khac"}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** Add a count to a partial sum: null is counted as unknown, never as 0. */
function add(sum: PartialCount, n: number | null): void {
  if (n === null) sum.unknown++;
  else sum.known += n;
}

function totalOf(label: string, id: string, rows: readonly AwardRow[]): AwardTotal {
  const t: AwardTotal = { label, id, conferrals: rows.length, collectives: { known: 0, unknown: 0 }, individuals: { known: 0, unknown: 0 }, articles: [] };
  const seen = new Set<string>();
  for (const r of rows) {
    add(t.collectives, r.award.collectives);
    add(t.individuals, r.award.individuals);
    if (!seen.has(r.article.url)) t.articles.push(r.article);
    seen.add(r.article.url);
  }
  return t;
}

function groupBy(rows: readonly AwardRow[], keysOf: (r: AwardRow) => string[]): Map<string, AwardRow[]> {
  const groups = new Map<string, AwardRow[]>();
  for (const r of rows) for (const k of keysOf(r)) groups.set(k, [...(groups.get(k) ?? []), r]);
  return groups;
}

/**
 * The ledger of every award conferred in the articles.
 *
 * @example
 *   const ledger = awardsLedger(articles);
 *   ledger.byKind[0] // { label: "Giấy khen", conferrals: 12, collectives: { known: 140, unknown: 3 }, … }
 */
export function awardsLedger(articles: readonly Article[]): AwardsLedger {
  const rows: AwardRow[] = articles
    .flatMap((a) => {
      const date = articleDay(a);
      return a.meta.awards.map((award) => ({
        article: articleRef(a),
        date,
        year: Number(date.slice(0, 4)),
        kind: awardKind(award.award),
        grantors: award.grantors.map(clean).filter(Boolean),
        award,
      }));
    })
    .sort((x, y) => y.date.localeCompare(x.date) || y.article.published.localeCompare(x.article.published));
  const byYear = [...groupBy(rows, (r) => [String(r.year)])]
    .sort((x, y) => Number(y[0]) - Number(x[0]))
    .map(([year, rs]) => totalOf(year, `nam-${year}`, rs));
  const kindId = anchors("loai");
  const byKind = [...groupBy(rows, (r) => [r.kind])]
    .sort((x, y) => y[1].length - x[1].length || collator.compare(x[0], y[0]))
    .map(([kind, rs]) => totalOf(kind, kindId(kind), rs));
  const grantorId = anchors("cap");
  const byGrantor = [...groupBy(rows, (r) => (r.grantors.length ? [...new Set(r.grantors)] : [UNKNOWN_GRANTOR]))]
    .sort((x, y) => Number(x[0] === UNKNOWN_GRANTOR) - Number(y[0] === UNKNOWN_GRANTOR) || y[1].length - x[1].length || collator.compare(x[0], y[0]))
    .map(([grantor, rs]) => totalOf(grantor, grantorId(grantor), rs));
  return { rows, byYear, byKind, byGrantor, total: totalOf("Tổng cộng", "tong-cong", rows) };
}

/**
 * A partly unknown count for readers: an unstated count is never shown as 0.
 * @example countText({ known: 56, unknown: 2 }, 5) // "56 (+ 2 lượt không rõ)"
 */
export function countText(c: PartialCount, conferrals: number): string {
  if (c.unknown === 0) return String(c.known);
  if (c.unknown === conferrals) return "không rõ";
  return `${c.known} (+ ${c.unknown} lượt không rõ)`;
}
