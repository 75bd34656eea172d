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
  /(?<![\p{L}\p{M}])(?:tại (?:hội nghị|buổi|lễ|đại hội|chương trình|hội thi|liên hoan|sự kiện|đây)|dịp này|cũng tại|hội nghị (?:đã|cũng)|buổi lễ|trong khuôn khổ)(?![\p{L}\p{M}])/iu;
// A report about the past year, not the event.
const REPORT = /^(?:Năm \d{4}|Trong năm|Năm qua|Nhiệm kỳ|Giai đoạn|Thời gian qua|Những năm qua)|(?:năm qua|nhiệm kỳ qua|thời gian qua)/u;
const COUNT = new RegExp(`(?<![\\p{L}\\p{M}\\d.])${NUMBER_SOURCE} (tập thể|cá nhân)(?![\\p{L}\\p{M}])`, "giu");
const OF = /^\s+của\s+/u;
const TO = /^\s*(?:của\s[^,;]*?\s)?(?:cho|tới|đến|đối với)\s+/u;
const ON_BEHALF = /(?:[Tt]hay mặt|[Tt]hừa (?:ủy|uỷ) quyền|[Tt]hừa lệnh)\s+(?:của\s+)?(?:lãnh đạo\s+)?([^,]+),/u;
const FILLERS = /(?:\s+(?:đã|cũng|vừa|long trọng|trực tiếp|vinh dự))+\s*$/u;

interface Found {
  award: Award;
  line: number;
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

/** The awards conferred in one sentence. */
export function awardsIn(text: string, caption: boolean): Award[] {
  const out: Award[] = [];
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
      if (passive && !(EVENT.test(text) || /trao|đón nhận/iu.test(t[0]) || caption)) return;
      if (!passive && REPORT.test(text) && !EVENT.test(text)) return;

      const segEnd = i + 1 < kinds.length ? kinds[i + 1]!.start : clause.length;
      const grantors: string[] = [];
      const recipients: string[] = [];
      const after = clause.slice(k.end, segEnd);
      const onBehalf = ON_BEHALF.exec(clause.slice(0, verbAt));
      if (onBehalf) grantors.push(...orgList(onBehalf[1]!));
      const lead = own ? clause.slice(from, verbAt) : "";
      const comma = lead.lastIndexOf(",");
      if (passive) {
        const by = PASSIVE.exec(lead);
        if (by) grantors.push(...orgList(lead.slice(by.index + 5)));
        const subject = lead.slice(comma + 1, by ? by.index : lead.length);
        recipients.push(...subjectRecipient(subject));
      } else if (findNames(lead).length === 0) {
        let subject = lead.slice(comma + 1).replace(FILLERS, "");
        // "… cho 14 tổ dân phố và UBND quận tặng …": the subject is what follows the last "và".
        const and = subject.lastIndexOf(" và ");
        if (orgList(subject).length === 0 && and >= 0) subject = subject.slice(and + 4);
        if (/^(?:đón )?nhận$/iu.test(t[0])) recipients.push(...subjectRecipient(subject));
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
      out.push({ award: k.kind, ...counts, recipients: [...new Set(recipients)], grantors: [...new Set(grantors)] });
    });
  }
  return out;
}

/** Whether b can be folded into a (same kind, no conflicting counts or grantors). */
function mergeable(a: Award, b: Award): boolean {
  if (a.award.toLowerCase() !== b.award.toLowerCase()) return false;
  if (a.collectives !== null && b.collectives !== null && a.collectives !== b.collectives) return false;
  if (a.individuals !== null && b.individuals !== null && a.individuals !== b.individuals) return false;
  return a.grantors.length === 0 || b.grantors.length === 0 || b.grantors.every((g) => a.grantors.includes(g));
}

function merge(a: Award, b: Award): void {
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
    for (const s of sentencesOf(input)) {
      if (!/khen|thi đua|chương|hiệu/iu.test(s.text)) continue;
      for (const award of awardsIn(s.text, s.caption)) {
        const same = found.find((f) => mergeable(f.award, award));
        if (same) merge(same.award, award);
        else found.push({ award, line: s.line });
      }
    }
    return found.map((f): Located<Award> => ({ value: f.award, line: f.line }));
  },
};
