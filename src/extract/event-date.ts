/** Event date: the day the event happened, read from the body, the year inferred from `published`. */

import type { Extractor } from "../types.ts";
import { sentencesOf, type Sentence } from "./sentences.ts";

// 08/01/2021, 8-1, 19.10 (one separator kind per date).
const NUMERIC = /(?<![\d\p{L}/.-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?(?![\d/]|[.-]\d)/gu;
// ngày 25 tháng 4 năm 2015, ngày 25 tháng 4.
const WORDS = /(?<![\p{L}\p{M}])ngày (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?(?![\d])/giu;
// Two days, the event's first: "ngày 5 và 6/11", "ngày 5, 6/11", "ngày 5-6/11".
const RANGE = /(?<![\p{L}\p{M}])ngày (\d{1,2})(?: và |, ?| ?[-–] ?)\d{1,2}([/.-])(\d{1,2})(?:\2(\d{4}))?(?![\d/])/giu;
// Right before the date: "Sáng ngày", "Chiều", "Ngày", "sáng nay (".
const STRONG_BEFORE = /(?:^|[^\p{L}\p{M}])(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|nay|qua)\s*(?:ngày\s*)?\(?\s*$/iu;
// Right before the date, a deadline, an anniversary or a later day: not the event.
const NEGATIVE_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:trước|hạn|chậm nhất|đến|tới|sau|kỷ niệm|thành lập|hoàn thành|dự kiến|đến hết|cuối|kéo dài đến|[–-])\s*(?:ngày\s*)?\(?\s*$/iu;
const EVENT_VERB = /(?<![\p{L}\p{M}])(?:tổ chức|diễn ra|khai mạc|tiến hành|long trọng|họp|gặp mặt|ra quân|phát động)(?![\p{L}\p{M}])/iu;
const FUTURE = /(?<![\p{L}\p{M}])(?:sẽ|dự kiến|kế hoạch|trước ngày|chậm nhất|hạn chót|thời hạn)(?![\p{L}\p{M}])/iu;
const IN_ANNIVERSARY = /(?:kỷ niệm|thành lập|truyền thống)[^.]*\([^)]*$/iu;

interface Candidate {
  date: string;
  score: number;
  line: number;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A real calendar day as YYYY-MM-DD, or null. */
function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** The date with its year: written, else the year of publication (or the one before, never after). */
function withYear(day: number, month: number, year: number | null, published: string | null): string | null {
  if (year !== null) return isoDay(year, month, day);
  const pub = /^(\d{4})-(\d{2})-(\d{2})/u.exec(published ?? "");
  if (!pub) return null;
  const y = Number(pub[1]);
  const guess = isoDay(y, month, day);
  if (guess !== null && guess <= `${pub[1]}-${pub[2]}-${pub[3]}`) return guess;
  return isoDay(y - 1, month, day);
}

/** What a sentence adds to the score of every date in it. */
function sentenceScore(s: Sentence): number {
  let n = 0;
  if (EVENT_VERB.test(s.text)) n += 3;
  if (s.paragraph === 0) n += s.index === 0 ? 3 : 1;
  if (FUTURE.test(s.text)) n -= 6;
  if (s.caption) n -= 2;
  return n;
}

/** The highest score a date can reach in sentence s (see sentenceScore; strong 4, year 1). */
function ceiling(s: Sentence | undefined): number {
  if (!s) return -Infinity;
  return 4 + 1 + 3 + (s.paragraph === 0 ? (s.index === 0 ? 3 : 1) : 0);
}

function score(before: string, hasYear: boolean, separator: string, base: number): number | null {
  if (NEGATIVE_BEFORE.test(before) || IN_ANNIVERSARY.test(before)) return null;
  const strong = STRONG_BEFORE.test(before);
  if (!strong && !hasYear && separator !== "/") return null;
  return (strong ? 4 : 0) + (hasYear ? 1 : 0) + base;
}

const HAS_DIGIT = /\d/u;

/**
 * The day the event happened, YYYY-MM-DD, preferring a date in the first sentence or in a
 * sentence with "tổ chức / diễn ra / khai mạc", right after Sáng/Chiều/Tối/Ngày; deadlines
 * ("trước ngày 30/6"), anniversaries and future meetings are skipped.
 *
 * @example
 *   eventDate.run({ paragraphs: [{ text: "Chiều 30.12, phường tổ chức hội nghị.", line: 6 }], captions: [], published: "2021-01-03T08:00:00+07:00" })
 *   // → { value: "2020-12-30", line: 6 }
 */
export const eventDate: Extractor<"eventDate"> = {
  field: "eventDate",
  run(input) {
    let best: Candidate | undefined;
    const sentences = sentencesOf(input);
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]!;
      if (!HAS_DIGIT.test(s.text)) continue;
      const base = sentenceScore(s);
      const consider = (at: number, day: string, month: string, year: string | undefined, sep: string): void => {
        const n = score(s.text.slice(Math.max(0, at - 40), at), year !== undefined, sep, base);
        if (n === null || n < 2 || (best && n <= best.score)) return;
        const date = withYear(Number(day), Number(month), year === undefined ? null : Number(year), input.published);
        if (date !== null) best = { date, score: n, line: s.line };
      };
      for (const m of s.text.matchAll(NUMERIC)) consider(m.index, m[1]!, m[3]!, m[4], m[2]!);
      // "ngày" opens these forms: read the context after it, so the date counts as strong.
      for (const m of s.text.matchAll(WORDS)) consider(m.index + 5, m[1]!, m[2]!, m[3], "/");
      for (const m of s.text.matchAll(RANGE)) consider(m.index + 5, m[1]!, m[3]!, m[4], "/");
      // No later sentence can beat the best so far (ties go to the earlier date): stop reading.
      if (best && best.score >= ceiling(sentences[k + 1])) break;
    }
    return best ? { value: best.date, line: best.line } : { value: null, line: null };
  },
};
