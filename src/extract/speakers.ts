/** Speakers: people reported as speaking or presenting (phát biểu, trình bày, báo cáo, chỉ đạo…). */

import type { Extractor, Located, Person } from "../types.ts";
import { chained, findPeople, uniqueByName, type Mention } from "./person.ts";
import { sentencesOf } from "./sentences.ts";

const VERBS = "phát biểu|trình bày|báo cáo|chỉ đạo|kết luận|quán triệt|cho biết|nhấn mạnh";
// A speech verb in running text (lowercase, so "Ban Chỉ đạo" in a role is not one).
const ANY_VERB = new RegExp(`(?:${VERBS})|[Dd]ự và`, "iu");
const VERB = new RegExp(`(?<![\\p{L}\\p{M}])(?:${VERBS})(?![\\p{L}\\p{M}])`, "gu");
// A sentence that opens with the verb: "Phát biểu tại hội nghị, đồng chí A…".
const FRONTED = new RegExp(`^(?:${VERBS.replace(/(^|\|)(\p{Ll})/gu, (_m, bar: string, c: string) => bar + c.toUpperCase())})(?![\\p{L}\\p{M}])[^,.;:]{0,80},\\s*`, "u");
// "Dự và chỉ đạo hội nghị có đồng chí …": attending and speaking.
const ATTEND_AND_SPEAK = /^(?:(?:Tới|Đến|Về) )?[Dd]ự và (?:phát biểu|chỉ đạo)(?![\p{L}\p{M}])/u;
// "báo cáo của đồng chí A", "bài phát biểu của ông B".
const OF = /^\s*của\s+(?:(?:các )?đồng chí|đ\/c|Đ\/c|ông|bà|anh|chị)?\s*$/u;
// What may sit between the speaker and the verb: "đã", "cũng", "đã có bài"…
const FILLER = /^[\s,]*(?:(?:đã|cũng|có|lên|tiếp tục|đều|vừa|sẽ|bài|ý kiến|lần lượt|trực tiếp)\s+)*$/u;
// A second verb of the same subject: "Bà A, Chủ tịch UBND phường tiếp thu ý kiến và kết luận hội nghị".
const COORDINATED = /^\s[^,;:]{0,60}\svà\s(?:(?:đã|cũng)\s)?$/u;

/** The mention at index i and every mention chained before it by "và đồng chí", ",", ";". */
function withChain(text: string, people: Mention[], i: number, forward: boolean): Mention[] {
  const out = [people[i]!];
  if (forward) {
    for (let k = i + 1; k < people.length && chained(text, people[k - 1]!, people[k]!); k++) out.push(people[k]!);
  } else {
    for (let k = i - 1; k >= 0 && chained(text, people[k]!, people[k + 1]!); k--) out.unshift(people[k]!);
  }
  return out;
}

/** The speakers of one sentence, in order. */
export function speakersIn(text: string, people: Mention[] = findPeople(text)): Mention[] {
  if (people.length === 0) return [];
  const out: Mention[] = [];
  const fronted = FRONTED.exec(text);
  if (fronted) {
    const i = people.findIndex((m) => m.start >= fronted[0].length);
    if (i >= 0 && people[i]!.start - fronted[0].length <= 12) out.push(...withChain(text, people, i, true));
  }
  if (ATTEND_AND_SPEAK.test(text) && people[0]!.start < 160) out.push(...withChain(text, people, 0, true));
  for (const v of text.matchAll(VERB)) {
    if (people.some((m) => v.index >= m.start && v.index < m.end)) continue;
    let before = -1;
    for (let i = 0; i < people.length && people[i]!.end <= v.index; i++) before = i;
    const gap = before >= 0 ? text.slice(people[before]!.end, v.index) : "";
    if (before >= 0 && (FILLER.test(gap) || COORDINATED.test(gap))) {
      out.push(...withChain(text, people, before, false));
      continue;
    }
    const next = people.find((m) => m.start >= v.index + v[0].length);
    if (next && OF.test(text.slice(v.index + v[0].length, next.start))) out.push(next);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Each person reported as speaking or presenting, once, in order of first appearance; body and
 * captions both count. A role missing at the first mention is taken from a later one.
 *
 * @example
 *   speakers.run({ paragraphs: [{ text: "Đồng chí Lê Hồng Phú – Chủ tịch UBMTTQ quận phát biểu.", line: 9 }], captions: [], published: null })
 *   // → [{ value: { name: "Lê Hồng Phú", role: "Chủ tịch UBMTTQ quận" }, line: 9 }]
 */
export const speakers: Extractor<"speakers"> = {
  field: "speakers",
  run(input) {
    const found: Located<Person>[] = [];
    const sentences = sentencesOf(input);
    for (const s of sentences) {
      if (!ANY_VERB.test(s.text)) continue;
      for (const m of speakersIn(s.text)) found.push({ value: { name: m.name, role: m.role }, line: s.line });
    }
    const speakers = uniqueByName(found);
    if (speakers.every((s) => s.value.role !== null)) return speakers;
    // A speaker named without a role: take the role written at another mention of the name.
    const missing = speakers.filter((s) => s.value.role === null).map((s) => s.value.name);
    const roles = new Map<string, string>();
    for (const s of sentences) {
      if (!missing.some((name) => s.text.includes(name))) continue;
      for (const m of findPeople(s.text)) if (m.role !== null && !roles.has(m.name)) roles.set(m.name, m.role);
    }
    return uniqueByName(speakers, roles);
  },
};
