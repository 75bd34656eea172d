/** Attendees: the people named in the attendance sentence(s) ("Tới dự hội nghị có các đồng chí: …"). */

import type { Extractor, Located, Person } from "../types.ts";
import { chained, findPeople, uniqueByName } from "./person.ts";
import { sentencesOf } from "./sentences.ts";

// An attendance sentence opens a clause with one of these, or says "với sự tham dự của".
const TRIGGER =
  /(?:^|[,;:]\s*)(?:Tới dự|Đến dự|Về dự|Tham dự|Cùng dự|Cùng tham dự|Dự|Có mặt|Tới dự và|Đến dự và)(?![\p{L}\p{M}])|sự (?:tham dự|có mặt|hiện diện|chứng kiến) của/iu;
// The first person must come soon after the trigger ("Tới dự hội nghị có các đồng chí: A…").
const MAX_LEAD = 160;

/**
 * Reads the people listed after an attendance trigger, in order, up to the first thing that is
 * not a person (a generic group such as "và trên 300 đại biểu", "lãnh đạo các phòng ban").
 *
 * @example
 *   attendees.run({ paragraphs: [{ text: "Tới dự có đồng chí Lê Hồng Phú – Chủ tịch UBMTTQ quận.", line: 6 }], captions: [], published: null })
 *   // → [{ value: { name: "Lê Hồng Phú", role: "Chủ tịch UBMTTQ quận" }, line: 6 }]
 */
export const attendees: Extractor<"attendees"> = {
  field: "attendees",
  run(input) {
    const found: Located<Person>[] = [];
    for (const s of sentencesOf(input)) {
      if (s.caption) continue;
      const t = TRIGGER.exec(s.text);
      if (!t) continue;
      const from = t.index + t[0].length;
      const people = findPeople(s.text).filter((m) => m.start >= from);
      const first = people[0];
      if (!first || first.start - from > MAX_LEAD) continue;
      found.push({ value: { name: first.name, role: first.role }, line: s.line });
      for (let i = 1; i < people.length; i++) {
        if (!chained(s.text, people[i - 1]!, people[i]!)) break;
        found.push({ value: { name: people[i]!.name, role: people[i]!.role }, line: s.line });
      }
    }
    return uniqueByName(found);
  },
};
