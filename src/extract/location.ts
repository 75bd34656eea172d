/** Location: where the event happened, read after "tại" in the event sentence. */

import type { Extractor } from "../types.ts";
import { sentencesOf, type Sentence } from "./sentences.ts";

const AT = /(?<![\p{L}\p{M}])[Tt]ại /gu;
const EVENT_VERB = /(?<![\p{L}\p{M}])(?:tổ chức|diễn ra|khai mạc|tiến hành|long trọng|họp|gặp mặt|ra quân|phát động)(?![\p{L}\p{M}])/iu;
const TOKEN = /[;:,.()]|[^\s;:,.()]+(?:\.(?=\p{L}))?/gu;
// After a comma the location goes on only with a place word ("…, phường Hàng Bạc").
const PLACE_WORD = /^(?:phường|quận|huyện|xã|thị trấn|thị xã|tỉnh|thành phố|TP|số|đường|phố|ngõ|ngách|tổ|khu|thôn|tầng|P\.|Q\.|\d)/u;
const STOP = new Set(
  "đã đang sẽ diễn với nhằm để vào từ do cho có nhân trong là được cùng và long sáng chiều tối trưa ngày hôm nay qua thu hút".split(" "),
);
const BI_STOP = new Set(["tổ chức", "khai mạc", "tiến hành", "phối hợp"]);
// "tại hội nghị", "tại buổi lễ", "tại đây": not a place.
const NOT_A_PLACE =
  /^(?:hội nghị|buổi|lễ|đại hội|đây|đó|chương trình|sự kiện|địa phương|địa bàn|cơ sở|các|nhiều|mỗi|từng|mọi|cuộc|kỳ họp|phiên|hội thi|liên hoan|hiện trường|chỗ|gia đình|nhà riêng|Hội nghị|Đại hội|Lễ)(?![\p{L}\p{M}])/u;

/** After a comma: an address part ("phường Bạch Đằng") goes on; the organiser ("quận X tổ chức") does not. */
function addressGoesOn(after: string): boolean {
  const segment = after.trimStart();
  if (!PLACE_WORD.test(segment)) return false;
  const words = segment.split(/[,;.]/u)[0]!.split(" ");
  return !words.some((w, i) => STOP.has(w) || (i + 1 < words.length && BI_STOP.has(`${w} ${words[i + 1]}`)));
}

/** Reads the place that starts at `from`, or null. */
export function readPlace(text: string, from: number): string | null {
  const rest = text.slice(from, from + 300);
  const tokens = [...rest.matchAll(TOKEN)];
  let stop = rest.length;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]![0];
    const at = tokens[i]!.index;
    if (w === "(") depth++;
    else if (w === ")") depth = Math.max(0, depth - 1);
    if (depth > 0 || w === "(" || w === ")") continue;
    const next = tokens[i + 1]?.[0];
    const ends =
      w === ";" || w === ":" || w === "." || i >= 24 ||
      (w === "," && !addressGoesOn(rest.slice(at + 1))) ||
      (w === "và" && !/^(?:\p{Lu})/u.test(next ?? "") && !PLACE_WORD.test(rest.slice(at + 3).trimStart())) ||
      (/^\p{Ll}/u.test(w) && w !== "và" && (STOP.has(w) || (next !== undefined && BI_STOP.has(`${w} ${next}`))));
    if (ends) {
      stop = at;
      break;
    }
  }
  const place = rest.slice(0, stop).replace(/[\s,–-]+$/u, "");
  if (!place.includes(" ") || NOT_A_PLACE.test(place)) return null;
  return place;
}

function placeIn(s: Sentence): string | null {
  for (const m of s.text.matchAll(AT)) {
    const place = readPlace(s.text, m.index + m[0].length);
    if (place !== null) return place;
  }
  return null;
}

/**
 * Where the event happened: after "tại" in the first sentence, else in the first sentence that
 * says "tổ chức / diễn ra / khai mạc", up to the comma before the organiser.
 *
 * @example
 *   location.run({ paragraphs: [{ text: "Sáng 8/1, tại hội trường tầng 4 – 33 phố Nhà Chung, Ủy ban MTTQ quận tổ chức hội nghị.", line: 6 }], captions: [], published: null })
 *   // → { value: "hội trường tầng 4 – 33 phố Nhà Chung", line: 6 }
 */
export const location: Extractor<"location"> = {
  field: "location",
  run(input) {
    const body = sentencesOf(input).filter((s) => !s.caption);
    const first = body.filter((s) => s.paragraph === 0 && (s.index === 0 || EVENT_VERB.test(s.text)));
    const events = body.filter((s) => s.paragraph > 0 && s.paragraph < 3 && EVENT_VERB.test(s.text));
    for (const s of [...first, ...events]) {
      const place = placeIn(s);
      if (place !== null) return { value: place, line: s.line };
    }
    return { value: null, line: null };
  },
};
