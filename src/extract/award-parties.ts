/** Who confers an award (grantors) and who is named as receiving it (recipients). */

import { findPeople } from "./person.ts";

// Organisations and offices that confer awards ("UBND quận", "Chủ tịch nước", "Chính phủ").
const ORG =
  /^(?:UBND|HĐND|MTTQ|UBMTTQ|Ủy ban|Uỷ ban|Quận ủy|Quận uỷ|Huyện ủy|Thành ủy|Tỉnh ủy|Đảng ủy|Đảng uỷ|Ban|Hội|Liên đoàn|Chính phủ|Nhà nước|Chủ tịch|Thủ tướng|Bộ|Sở|Công an|Trung ương|Thành đoàn|Quận đoàn|Tổng|Giám đốc|Trưởng|Phó|Thủ trưởng|Cục|Bảo hiểm|Phòng|Liên đoàn|Đoàn)(?![\p{L}\p{M}])/u;
const LIST_SPLIT = /\s*,\s*|\s+và\s+/u;
const LIST_SPLIT_KEEP = /(\s*,\s*|\s+và\s+)/u;
const TRAILING = /[\s,.;:–-]+$/u;
// Words that end a recipient or grantor phrase.
const END =
  /\s(?:vì|đã|có thành tích|do|nhân|trong|đạt|về|đối với|cho|tới|trao|tặng|khen thưởng|được|với|tại|theo|cùng)(?![\p{L}\p{M}])|[;:.(]|,\s*(?=\p{Ll})/u;
// A named place as recipient: "cho phường Tràng Tiền", "cho quận Hoàn Kiếm".
const PLACE_NAME = /^(?:phường|quận|huyện|xã|thị trấn|thị xã|tổ dân phố|thôn|khu dân cư) \p{Lu}/u;
const GENERIC = /^(?:\d|(?:các|những|nhiều|mỗi|từng|tập thể|cá nhân|đại diện|hộ|gia đình|toàn thể)(?![\p{L}\p{M}]))/iu;
const HONORIFIC = /^(?:(?:các )?(?:đồng chí|Đồng chí)|đ\/c|Đ\/c|ông|Ông|bà|Bà|anh|Anh|chị|Chị|cháu|em)(?![\p{L}\p{M}])/u;
// A list item's marker in scraped text: "- Phường Đồng Xuân vinh dự được …".
const BULLET = /^(?:[-–•*+]|\d{1,2}[.)])\s+(?=\p{Lu})/u;
const SUBJECT_TAIL = /\s+(?:vinh dự|đã|cũng|rất|đều|vừa|được|là)$/u;
// "Bệnh viện X long trọng tổ chức lễ đón nhận …": the recipient is X.
const SUBJECT_VERB = /\s(?:long trọng|đã|tổ chức|vinh dự)\s.*$/u;

function cutPhrase(text: string): string {
  const m = END.exec(text);
  return (m ? text.slice(0, m.index) : text).replace(TRAILING, "").trim();
}

/** Splits "UBND quận và Ủy ban MTTQ quận" into the organisations that confer, or []. */
export function orgList(phrase: string): string[] {
  const cleaned = cutPhrase(phrase.trim());
  if (!ORG.test(cleaned)) return [];
  // Split at "," and "và" only where a new body starts: "Sở Giáo dục và Đào tạo" stays whole.
  const pieces = cleaned.split(LIST_SPLIT_KEEP);
  const out: string[] = [pieces[0]!];
  for (let i = 1; i + 1 < pieces.length; i += 2) {
    const next = pieces[i + 1]!;
    if (ORG.test(next)) out.push(next);
    else if (/^\p{Lu}/u.test(next)) out[out.length - 1] += pieces[i]! + next;
    else break;
  }
  return out.map((p) => p.trim());
}

/**
 * Named recipients in the phrase after "cho / tới / đối với": people ("ông Nguyễn Văn A") or
 * bodies ("Trường THCS Ngô Sĩ Liên"); [] for counts and generic groups ("12 tập thể", "các tập thể").
 *
 * @example
 *   recipientList("Trường Tiểu học Điện Biên và Công an phường Hàng Trống vì đã có thành tích")
 *   // → ["Trường Tiểu học Điện Biên", "Công an phường Hàng Trống"]
 */
export function recipientList(phrase: string): string[] {
  const text = phrase.trim();
  if (text === "" || GENERIC.test(text)) return [];
  if (HONORIFIC.test(text)) return findPeople(cutPhrase(text.replace(/,\s*/gu, "; "))).map((m) => m.name);
  if (!/^\p{Lu}/u.test(text) && !PLACE_NAME.test(text)) return [];
  const people = findPeople(text);
  if (people[0]?.start === 0) return [people[0].name];
  return cutPhrase(text)
    .split(LIST_SPLIT)
    .map((p) => p.trim())
    .filter((p) => (/^\p{Lu}/u.test(p) || PLACE_NAME.test(p)) && !GENERIC.test(p));
}

/** The subject of a clause that receives an award ("Công an phường X vinh dự được …" → "Công an phường X"). */
export function subjectRecipient(subject: string): string[] {
  const text = subject.trim().replace(BULLET, "").replace(SUBJECT_VERB, "").replace(SUBJECT_TAIL, "").replace(SUBJECT_TAIL, "");
  if (!/^\p{Lu}/u.test(text) || GENERIC.test(text) || text.split(" ").length > 12) return [];
  return recipientList(text);
}
