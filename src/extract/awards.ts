/** Awards: only those conferred at the event ("tại hội nghị … được … tặng", "trao tặng", "khen thưởng cho"). */

import type { Award, Extractor, Located } from "../types.ts";
import { findKinds, type KindMention } from "./award-kind.ts";
import { orgList, recipientList, subjectRecipient } from "./award-parties.ts";
import { findNames } from "./name.ts";
import { NUMBER_SOURCE, parseCount } from "./numbers.ts";
import { sentencesOf } from "./sentences.ts";

const TRIGGER =
  /(?<![\p{L}\p{M}])(?:trao tặng|trao thưởng|tặng thưởng|khen thưởng|trao|tặng|gắn|đón nhận|(?<!(?:ghi|tiếp|xác|thừa|nhìn|công) )nhận|công nhận)(?![\p{L}\p{M}])/giu;
// An award merely proposed or planned is never one.
const PROPOSED = /(?<![\p{L}\p{M}])(?:đề nghị|đề xuất|xét tặng|đề cử|kiến nghị|dự kiến|sẽ)(?![\p{L}\p{M}])/iu;
const PASSIVE = /(?<![\p{L}\p{M}])được(?![\p{L}\p{M}])/u;
// The sentence places the conferral at the event.
const EVENT =
  /(?<![\p{L}\p{M}])(?:tại (?:hội nghị|buổi|lễ|đại hội|chương trình|hội thi|liên hoan|sự kiện|đây)|dịp này|cũng tại|hội nghị (?:đã|cũng)|buổi lễ|trong khuôn khổ|(?:công bố|đọc|trao) (?:các )?quyết định)(?![\p{L}\p{M}])/iu;
// "công bố quyết định của Đoàn Chủ tịch …: 27 cá nhân được tặng …": the decision names the grantor.
const DECISION = /quyết định(?: số \S+)?(?: khen thưởng)? của\s+([^:;]+?)\s*(?::|,|$)/u;
// "Ủy ban MTTQ phường X tổ chức lễ trao …": X organises the ceremony; it confers the award only
// when the text names nobody else (the decision of a higher body, "được Chủ tịch nước tặng").
const ORGANISER = /\s(?:long trọng\s)?tổ chức\s(?:(?:buổi\s)?lễ|buổi|hội nghị|chương trình|gặp mặt)?\s*$/u;
// A paragraph that opens a list of awards: "Ghi nhận những thành tích đó, tại hội nghị:".
const LIST_OPENER = /:\s*$/u;
const LIST_GOES_ON = /;\s*$/u;
// A report about the past year, not the event.
const REPORT = /^(?:Năm \d{4}|Trong năm|Năm qua|Nhiệm kỳ|Giai đoạn|Thời gian qua|Những năm qua)|(?:năm qua|nhiệm kỳ qua|thời gian qua)/u;
// A kind written without its qualifier ("Kỷ niệm chương" in a caption).
const BARE_KIND = /^(?:huân chương|huy chương|kỷ niệm chương|huy hiệu)$/u;
const COUNT = new RegExp(`(?<![\\p{L}\\p{M}\\d.])${NUMBER_SOURCE} (tập thể|cá nhân)(?![\\p{L}\\p{M}])`, "giu");
const OF = /^\s+của\s+/u;
const TO = /^\s*(?:của\s[^,;]*?\s)?(?:cho|tới|đến|đối với)\s+/u;
const ON_BEHALF = /(?:[Tt]hay mặt|[Tt]hừa (?:ủy|uỷ) quyền|[Tt]hừa lệnh)\s+(?:của\s+)?(?:lãnh đạo\s+)?([^,]+),/u;
const FILLERS = /(?:\s+(?:đã|cũng|vừa|long trọng|trực tiếp|vinh dự))+\s*$/u;

interface Found {
  award: Award;
  line: number;
  /** Who organised the ceremony, the grantor when no mention names one. */
  organisers: string[];
}

/** An award read from one sentence, with the organiser of its ceremony when the text says. */
interface Conferred {
  award: Award;
  organisers: string[];
}

function countsIn(text: string): { collectives: number | null; individuals: number | null } {
  let collectives: number | null = null;
  let individuals: number | null = null;
  for (const m of text.matchAll(COUNT)) {
    const n = parseCount(m[1]!);
    if (m[2]!.toLowerCase() === "tập thể") collectives ??= n;
    else individuals ??= n;
  }
  return { collectives, individuals };
}

/** The trigger for a kind: the closest one before it in the clause, else one just after it. */
function triggerFor(clause: string, kind: KindMention, from: number): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const t of clause.matchAll(TRIGGER)) {
    // "khen thưởng … bằng hình thức tặng Giấy khen": the verb is the earlier one.
    if (clause.slice(Math.max(0, t.index - 10), t.index) === "hình thức ") continue;
    if (t.index >= from && t.index + t[0].length <= kind.start) best = t;
    else if (!best && t.index >= kind.end && t.index - kind.end <= 40) return t;
  }
  return best;
}

/**
 * The awards conferred in one sentence. `inList` says the sentence is an item of a list opened
 * at the event ("Tại hội nghị:" then "- 38 tập thể được UBND quận tặng Giấy khen;").
 */
export function awardsIn(text: string, caption: boolean, inList = false): Conferred[] {
  const out: Conferred[] = [];
  let event: boolean | undefined;
  const atEvent = (): boolean => (event ??= inList || EVENT.test(text));
  for (const clause of text.split(";")) {
    const kinds = findKinds(clause);
    // Coordinated kinds share the verb and its subject: "trao A cho X và B cho Y".
    let shared: { t: RegExpExecArray; grantors: string[] } | null = null;
    kinds.forEach((k, i) => {
      const from = i === 0 ? 0 : kinds[i - 1]!.end;
      const own = triggerFor(clause, k, from);
      const t = own ?? shared?.t;
      if (!t || PROPOSED.test(clause.slice(from, Math.max(k.start, t.index)))) {
        shared = null;
        return;
      }
      const verbAt = t.index;
      const passive = PASSIVE.test(clause.slice(from, verbAt));
      if (passive && !(/trao|đón nhận/iu.test(t[0]) || caption || atEvent())) return;
      if (!passive && REPORT.test(text) && !atEvent()) return;

      const segEnd = i + 1 < kinds.length ? kinds[i + 1]!.start : clause.length;
      const grantors: string[] = [];
      const recipients: string[] = [];
      const organisers: string[] = [];
      let subjectCounts = "";
      const after = clause.slice(k.end, segEnd);
      const onBehalf = ON_BEHALF.exec(clause.slice(0, verbAt));
      if (onBehalf) grantors.push(...orgList(onBehalf[1]!));
      const lead = own ? clause.slice(from, verbAt) : "";
      const comma = Math.max(lead.lastIndexOf(","), lead.lastIndexOf(":"));
      if (passive) {
        const by = PASSIVE.exec(lead);
        if (by) grantors.push(...orgList(lead.slice(by.index + 5)));
        const decision = grantors.length === 0 ? DECISION.exec(lead) : null;
        if (decision) grantors.push(...orgList(decision[1]!));
        const subject = lead.slice(comma + 1, by ? by.index : lead.length);
        recipients.push(...subjectRecipient(subject));
        // "dịp này 02 cá nhân của Trung tâm được … tặng Bằng khen": the count is the subject's.
        subjectCounts = subject;
      } else if (findNames(lead).length === 0) {
        let subject = lead.slice(comma + 1).replace(FILLERS, "");
        // "… cho 14 tổ dân phố và UBND quận tặng …": the subject is what follows the last "và".
        const and = subject.lastIndexOf(" và ");
        if (orgList(subject).length === 0 && and >= 0) subject = subject.slice(and + 4);
        if (/^(?:đón )?nhận$/iu.test(t[0])) recipients.push(...subjectRecipient(subject));
        else if (ORGANISER.test(subject)) organisers.push(...orgList(subject.replace(ORGANISER, "")));
        else grantors.push(...orgList(subject));
      }
      // No subject of its own ("… và tặng danh hiệu …"): the previous verb's grantors carry over.
      if (shared && (!own || (!passive && grantors.length === 0))) {
        grantors.push(...shared.grantors);
      }
      shared = { t, grantors: [...grantors] };
      if (OF.test(after)) grantors.push(...orgList(after.replace(OF, "")));
      const to = TO.exec(after);
      if (to) recipients.push(...recipientList(after.slice(to[0].length)));
      const counts = countsIn(clause.slice(i === 0 ? 0 : k.start, segEnd));
      if (i > 0 && counts.collectives === null && counts.individuals === null) Object.assign(counts, countsIn(subjectCounts));
      out.push({
        award: { award: k.kind, ...counts, recipients: [...new Set(recipients)], grantors: [...new Set(grantors)] },
        organisers,
      });
    });
  }
  return out;
}

/** Whether two kinds name the same award: equal, or one is the bare kind of the other ("Kỷ niệm chương" and "Kỷ niệm chương “…”"). */
function sameKind(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || (BARE_KIND.test(x) && y.startsWith(`${x} `)) || (BARE_KIND.test(y) && x.startsWith(`${y} `));
}

/** Whether b can be folded into a (same kind, no conflicting counts or grantors). */
function mergeable(a: Award, b: Award): boolean {
  if (!sameKind(a.award, b.award)) return false;
  if (a.collectives !== null && b.collectives !== null && a.collectives !== b.collectives) return false;
  if (a.individuals !== null && b.individuals !== null && a.individuals !== b.individuals) return false;
  return a.grantors.length === 0 || b.grantors.length === 0 || b.grantors.every((g) => a.grantors.includes(g));
}

function merge(a: Award, b: Award): void {
  if (b.award.length > a.award.length) a.award = b.award;
  a.collectives ??= b.collectives;
  a.individuals ??= b.individuals;
  // "Bệnh viện" in a caption is the "Bệnh viện Đa khoa Đống Đa" of the body: keep the longer name.
  for (const r of b.recipients) {
    const i = a.recipients.findIndex((x) => x.startsWith(r) || r.startsWith(x));
    if (i < 0) a.recipients.push(r);
    else if (r.length > a.recipients[i]!.length) a.recipients[i] = r;
  }
  for (const g of b.grantors) if (!a.grantors.includes(g)) a.grantors.push(g);
}

/**
 * Awards conferred at the event, one per kind (mentions of the same kind in the body and the
 * captions are merged unless their counts or grantors differ). Proposed awards ("đề nghị …
 * tặng") and past honours reported without the event ("được Chính phủ tặng Cờ thi đua") are left out.
 *
 * @example
 *   awards.run({ paragraphs: [{ text: "Tại hội nghị, 41 tập thể được UBND quận tặng giấy khen.", line: 20 }], captions: [], published: null })
 *   // → [{ value: { award: "Giấy khen", collectives: 41, individuals: null, recipients: [], grantors: ["UBND quận"] }, line: 20 }]
 */
export const awards: Extractor<"awards"> = {
  field: "awards",
  run(input) {
    const found: Found[] = [];
    let inList = false;
    let paragraph = -1;
    let previous = "";
    for (const s of sentencesOf(input)) {
      if (s.paragraph !== paragraph) {
        // Items of a list opened at the event carry the event with them, up to the last item.
        inList = !s.caption && (LIST_OPENER.test(previous) ? EVENT.test(previous) : inList && LIST_GOES_ON.test(previous));
        paragraph = s.paragraph;
      }
      previous = s.text;
      if (!/khen|thi đua|chương|hiệu/iu.test(s.text)) continue;
      for (const { award, organisers } of awardsIn(s.text, s.caption, inList)) {
        const same = found.find((f) => mergeable(f.award, award));
        if (same) {
          merge(same.award, award);
          for (const o of organisers) if (!same.organisers.includes(o)) same.organisers.push(o);
        } else found.push({ award, line: s.line, organisers: [...organisers] });
      }
    }
    return found.map((f): Located<Award> => {
      if (f.award.grantors.length === 0) f.award.grantors.push(...f.organisers);
      return { value: f.award, line: f.line };
    });
  },
};
