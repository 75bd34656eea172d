/** Dates in Asia/Ho_Chi_Minh, formatted in Vietnamese. A date without an offset is local, never UTC. */
import { DateTime } from "luxon";

export const ZONE = "Asia/Ho_Chi_Minh";
export const LOCALE = "vi";

/** What reading a front-matter date gave. */
export type DateReading =
  | { ok: true; iso: string; hadOffset: boolean; utc: boolean }
  | { ok: false; reason: string };

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Read an ISO 8601 date; without an offset it is Asia/Ho_Chi_Minh. Returns the time with +07:00.
 * @example readDate("2021-01-12 16:14") // { ok: true, iso: "2021-01-12T16:14:00+07:00", … }
 */
export function readDate(input: string): DateReading {
  const s = input.trim();
  const fast = readLocal(s);
  if (fast) return fast;
  if (!ISO_SHAPE.test(s)) return { ok: false, reason: "not ISO 8601" };
  const hadOffset = /(?:Z|[+-]\d{2}:?\d{2})$/.test(s);
  const dt = DateTime.fromISO(s.replace(" ", "T"), { zone: ZONE, setZone: false });
  if (!dt.isValid) return { ok: false, reason: dt.invalidExplanation ?? "invalid date" };
  return { ok: true, iso: toIso(dt), hadOffset, utc: s.endsWith("Z") };
}

// Fast path of readDate: a front-matter date written in Hà Nội time ("YYYY-MM-DD[THH:mm[:ss][+07:00]]")
// from 1976 on is already its own local time, so the answer is the written parts. Luxon cost ~75 µs
// a call in an article worker (2 calls an article); anything else (Z, other offsets, fractions,
// 24:00, out-of-range parts) still goes through Luxon, which also says why a date is invalid.
const WRITTEN_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(\+07:?00)?)?$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function readLocal(s: string): DateReading | null {
  const m = WRITTEN_LOCAL.exec(s);
  if (!m) return null;
  const [, y = "", mo = "", d = "", h = "00", mi = "00", sec = "00", offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
  if (year < 1976 || day < 1 || day > days || Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return null;
  return { ok: true, iso: `${y}-${mo}-${d}T${h}:${mi}:${sec}+07:00`, hadOffset: offset !== undefined, utc: false };
}

/** An ISO string in Asia/Ho_Chi_Minh with offset and no milliseconds. */
function toIso(dt: DateTime): string {
  return dt.setZone(ZONE).toISO({ suppressMilliseconds: true }) ?? "";
}

/** The current time as ISO 8601 with +07:00. */
export function nowIso(now: Date = new Date()): string {
  return toIso(DateTime.fromJSDate(now));
}

function local(iso: string): DateTime {
  return DateTime.fromISO(iso, { setZone: false }).setZone(ZONE).setLocale(LOCALE);
}

// Fast path: every date the pipeline stores is "YYYY-MM-DDTHH:mm[:ss]+07:00", and Asia/Ho_Chi_Minh has
// been +07:00 since 1976, so its local parts are the written ones. Luxon costs ~20 µs a call, and a
// 10k-article site formats dates a few hundred thousand times; anything else still goes through Luxon.
const PLAIN_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?\+07:00$/;
/** Weekday names as Luxon prints them for `vi`, Sunday first (2021-01-10 was a Sunday). */
const WEEKDAYS = Array.from({ length: 7 }, (_, i) => DateTime.fromObject({ year: 2021, month: 1, day: 10 + i }, { zone: ZONE, locale: LOCALE }).toFormat("cccc"));

function plainLocal(iso: string): RegExpExecArray | null {
  const m = PLAIN_LOCAL.exec(iso);
  return m && Number(m[1]) >= 1976 ? m : null;
}

/**
 * The article date line: "Thứ Ba, 12/01/2021 | 16:14".
 * @example formatLong("2021-01-12T16:14:00+07:00") // "Thứ Ba, 12/01/2021 | 16:14"
 */
export function formatLong(iso: string): string {
  const m = plainLocal(iso);
  if (m) return `${WEEKDAYS[new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay()]}, ${m[3]}/${m[2]}/${m[1]} | ${m[4]}:${m[5]}`;
  return local(iso).toFormat("cccc, dd/LL/yyyy | HH:mm");
}

/** "12/01/2021". */
export function formatDay(iso: string): string {
  const m = plainLocal(iso);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  return local(iso).toFormat("dd/LL/yyyy");
}

/** "Tháng 1/2021" for archive headings. */
export function formatMonth(year: number, month: number): string {
  return `Tháng ${month}/${year}`;
}

/** Local calendar parts of an ISO time: `{ year: 2021, month: 1, day: 12 }`. */
export function localParts(iso: string): { year: number; month: number; day: number } {
  const m = plainLocal(iso);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const d = local(iso);
  return { year: d.year, month: d.month, day: d.day };
}

/** Milliseconds since the epoch, for sorting. */
export function epochMs(iso: string): number {
  if (plainLocal(iso)) return Date.parse(iso);
  return DateTime.fromISO(iso).toMillis();
}
