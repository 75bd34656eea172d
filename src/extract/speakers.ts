/** Speakers: people reported as speaking or presenting (phát biểu, trình bày, báo cáo, chỉ đạo…). */

import type { Extractor, Located, Person } from "../types.ts";
import { chained, findPeople, uniqueByName, type Mention } from "./person.ts";
import { sentencesOf } from "./sentences.ts";

const VERBS = "phát biểu|trình bày|báo cáo|chỉ đạo|kết luận|quán triệt|cho biết|nhấn mạnh";
// Verbs anyone may be quoted with ("Chị A cho biết…"): they make a speaker only of someone named
// with a role (here or at another mention) or as "đồng chí", never of a parent or a passer-by.
const WEAK = /^(?:cho biết|nhấn mạnh)/iu;
const OFFICIAL = /(?:đồng chí|Đồng chí|đ\/c|Đ\/c)\s*$/u;
// A speech verb in running text (lowercase, so "Ban Chỉ đạo" in a role is not one).
const ANY_VERB = new RegExp(`(?:${VERBS})|[Dd]ự và`, "iu");
const VERB = new RegExp(`(?<![\\p{L}\\p{M}])(?:${VERBS})(?![\\p{L}\\p{M}])`, "gu");
// A sentence that opens with the verb: "Phát biểu tại hội nghị, đồng chí A…".
const FRONTED = new RegExp(`^(?:${VERBS.replace(/(^|\|)(\p{Ll})/gu, (_m, bar: string, c: string) => bar + c.toUpperCase())})(?![\\p{L}\\p{M}])[^,.;:]{0,80},\\s*`, "u");
// "Dự và chỉ đạo hội nghị có đồng chí …": attending and speaking.
// "Trực tiếp chỉ đạo buổi ra quân có đồng chí …": directing, the people listed after "có".
const ATTEND_AND_SPEAK =
  /^(?:(?:Tới|Đến|Về) )?[Dd]ự và (?:phát biểu|chỉ đạo)(?![\p{L}\p{M}])|^(?:Trực tiếp )?[Cc]hỉ đạo(?![\p{L}\p{M}])[^,.;:]{0,80} có /u;
// "báo cáo của đồng chí A", "bài phát biểu của ông B".
const OF = /^\s*của\s+(?:(?:các )?đồng chí|đ\/c|Đ\/c|ông|bà|anh|chị)?\s*$/u;
// What may sit between the speaker and the verb: "đã", "cũng", "đã có bài"…, or the dash that
// closes a role ("đồng chí A – Bí thư Đảng ủy phường – phát biểu").
const FILLER = /^[\s,–—-]*(?:(?:đã|cũng|có|lên|tiếp tục|đều|vừa|sẽ|bài|ý kiến|lần lượt|trực tiếp)\s+)*$/u;
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

/** A speaker found in a sentence; `weak` when only "cho biết" / "nhấn mạnh" make them one. */
export interface Spoken extends Mention {
  weak: boolean;
}

/** The speakers of one sentence, in order. */
export function speakersIn(text: string, people: Mention[] = findPeople(text)): Spoken[] {
  if (people.length === 0) return [];
  const out: Spoken[] = [];
  const add = (ms: Mention[], weak: boolean): void => {
    for (const m of ms) out.push({ ...m, weak });
  };
  const fronted = FRONTED.exec(text);
  if (fronted) {
    const i = people.findIndex((m) => m.start >= fronted[0].length);
    if (i >= 0 && people[i]!.start - fronted[0].length <= 12) add(withChain(text, people, i, true), WEAK.test(fronted[0]));
  }
  if (ATTEND_AND_SPEAK.test(text) && people[0]!.start < 160) add(withChain(text, people, 0, true), false);
  for (const v of text.matchAll(VERB)) {
    if (people.some((m) => v.index >= m.start && v.index < m.end)) continue;
    const weak = WEAK.test(v[0]);
    let before = -1;
    for (let i = 0; i < people.length && people[i]!.end <= v.index; i++) before = i;
    const gap = before >= 0 ? text.slice(people[before]!.end, v.index) : "";
    if (before >= 0 && (FILLER.test(gap) || COORDINATED.test(gap))) {
      add(withChain(text, people, before, false), weak);
      continue;
    }
    const next = people.find((m) => m.start >= v.index + v[0].length);
    if (next && OF.test(text.slice(v.index + v[0].length, next.start))) add([next], weak);
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
    // Names that some mention makes a speaker for sure (a spec verb, or "đồng chí").
    const firm = new Set<string>();
    const sentences = sentencesOf(input);
    for (const s of sentences) {
      if (!ANY_VERB.test(s.text)) continue;
      for (const m of speakersIn(s.text)) {
        found.push({ value: { name: m.name, role: m.role }, line: s.line });
        if (!m.weak || OFFICIAL.test(s.text.slice(Math.max(0, m.nameStart - 12), m.nameStart))) firm.add(m.name);
      }
    }
    let speakers = uniqueByName(found);
    if (speakers.some((s) => s.value.role === null)) {
      // A speaker named without a role: take the role written at another mention of the name.
      const missing = speakers.filter((s) => s.value.role === null).map((s) => s.value.name);
      const roles = new Map<string, string>();
      for (const s of sentences) {
        if (!missing.some((name) => s.text.includes(name))) continue;
        for (const m of findPeople(s.text)) if (m.role !== null && !roles.has(m.name)) roles.set(m.name, m.role);
      }
      speakers = uniqueByName(speakers, roles);
    }
    return speakers.filter((s) => s.value.role !== null || firm.has(s.value.name));
  },
};
