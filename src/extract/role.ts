/** Reads the role written next to a personal name, after it ("A – Phó Chủ tịch…") or before it. */

import { findNames } from "./name.ts";

const ABBREVIATIONS = "UVBTV|UVTV|UVBCH|UVBTVQU|UV|PBT|BT|TUV|PCT|CT|GĐ|PGĐ|TP|PTP|CHT|CHP|ĐBQH|HUV|QUV|ThUV|TVTU";
const HEADS =
  "Phó|phó|Chủ tịch|chủ tịch|Chủ nhiệm|chủ nhiệm|Bí thư|bí thư|Trưởng|trưởng|Giám đốc|giám đốc|Ủy viên|Uỷ viên|ủy viên|uỷ viên|" +
  "Tổng|Chánh|Hiệu trưởng|hiệu trưởng|Hiệu phó|Thường trực|Chỉ huy|chỉ huy|Cán bộ|cán bộ|Nguyên|nguyên|Đại biểu|Tổ trưởng|tổ trưởng|" +
  "Tổ phó|Thủ trưởng|Chính ủy|Chính uỷ|Chính trị viên|Kế toán|Giáo viên|giáo viên|Thư ký|Thành viên|Hội viên|hội viên|Đội trưởng|" +
  "Chiến sĩ|Đoàn viên|Quyền|Q\\.|Phụ trách|Đảng viên|Trưởng ban|Chủ nhiệm|Bác sĩ|Điều phối viên|Cộng tác viên|Tuyên truyền viên|" +
  ABBREVIATIONS;
/** A role opens here (used after a comma, where "Nguyễn Văn A, Chủ tịch…" gives a role). */
const ROLE_START = new RegExp(`^(?:${HEADS})(?![\\p{L}\\p{M}])`, "u");
const CAP_ROLE_START = new RegExp(`^(?:${HEADS.split("|").filter((h) => /^[\p{Lu}]/u.test(h)).join("|")})(?![\\p{L}\\p{M}])`, "u");
const ROLE_HEAD_G = new RegExp(`(?<![\\p{L}\\p{M}])(?:${HEADS})(?![\\p{L}\\p{M}])`, "gu");

// Words that end a role: verbs, auxiliaries, prepositions, the next honorific.
const UNI_STOP = new Set(
  ("đã đang sẽ cũng vừa đến tới lên cho trao tặng nhấn khẳng đánh ghi chúc gửi thay dự có là được cùng với tại về nêu " +
    "mong nghe đọc mời ký nói kêu thừa vinh đón khen yêu đề chia ông bà anh chị trong sau trước khi nhằm để vì nên mà thì " +
    "do bởi như này đây đó ngày sáng chiều tối đều lần").split(" "),
);
const BI_STOP = new Set(
  ("phát biểu|trình bày|báo cáo|chỉ đạo|kết luận|quán triệt|khai mạc|bế mạc|chủ trì|điều hành|cho biết|đồng chí|kiểm tra|" +
    "thăm hỏi|tham dự|tham quan|tham gia|động viên|giới thiệu|biểu dương|công bố|tuyên bố|nhận xét|trả lời|phổ biến|" +
    "hướng dẫn|làm việc|thông báo|thông qua|cảm ơn|chụp ảnh|cắt băng|bày tỏ|lưu ý|nhắc nhở|chia sẻ|đánh giá|các đại|" +
    "các đồng|toàn thể|đông đảo|chủ động|tiếp thu|tiếp tục|tiếp nhận|giải trình|ôn lại|điểm lại|nhấn mạnh|khẳng định|" +
    "đề nghị|thông tin|trao đổi|lắng nghe|ghi nhận").split("|"),
);
const CAPITALISED = /^\p{Lu}/u;
const NAME_AHEAD = /^\p{Lu}[\p{Ll}\p{M}]* \p{Lu}[\p{Ll}\p{M}]*(?: |$|[,;.–-])/u;
const HONORIFIC_WORD = /^(?:Đồng|Ông|Bà|Anh|Chị|Thượng|Đại|Trung|Thiếu)$/u;
const WINDOW = 400;
const TOKEN = /[;:()]|,|[^\s,;:()]+/gu;
const TRAILING = /[\s,.;:–—-]+$/u;
const TRAILING_HONORIFIC =
  /\s*(?:(?:các )?đồng chí|đ\/c|ông|bà|anh|chị|(?:Thượng|Đại|Trung|Thiếu) (?:tá|úy|uý|tướng))$/u;
const TITLE_ONLY = /^[Bb]ác sĩ$/u;
const LOWER_START = /^\p{Ll}/u;
const DASH = /^[–—-]$/u;
// The dash that closes an apposition: " – " then a lowercase word.
const CLOSING_DASH = /\s[–—-]\s(?=\p{Ll})/u;
const LEADING_SEP = /^\s*[–—-]\s*/u;
const LEADING_COMMA = /^\s*,\s*/u;
const LEADING_PAREN = /^\s*\(/u;

/** Whether a stop word (a verb, an auxiliary…) is w, followed by next. */
function isStop(w: string, next: string | undefined): boolean {
  if (CAPITALISED.test(w)) return false;
  return UNI_STOP.has(w) || (next !== undefined && BI_STOP.has(`${w} ${next}`));
}

const END_PUNCTUATION = /[.!?…"”]+$/u;
const bare = (token: string): string => token.replace(END_PUNCTUATION, "");

/**
 * Reads a role written after a name: "– role", "- role", ", role" (when it opens with a role
 * word), "(role)", or a capitalised role word right after the name. The role may hold commas,
 * dashes and "và" ("Phó Bí thư Quận ủy, Chủ tịch UBND quận"); it ends at ";", ":", a verb, an
 * honorific, the next name, or the end of the sentence.
 *
 * @example
 *   readRoleAfter("A – Phó Bí thư Quận ủy đã phát biểu", 1) // → { role: "Phó Bí thư Quận ủy", end: 20 }
 */
export function readRoleAfter(text: string, from: number): { role: string | null; end: number } {
  // A role is at most 40 words: look no further than WINDOW characters.
  const rest = text.slice(from, from + WINDOW);
  const paren = LEADING_PAREN.exec(rest);
  if (paren) {
    const close = rest.indexOf(")", paren[0].length);
    const inner = close < 0 ? "" : rest.slice(paren[0].length, close).trim();
    return inner && !/^\d/u.test(inner) ? { role: inner, end: from + close + 1 } : { role: null, end: from };
  }
  let lead = LEADING_SEP.exec(rest)?.[0];
  if (lead === undefined) {
    const comma = LEADING_COMMA.exec(rest)?.[0];
    if (comma !== undefined && ROLE_START.test(rest.slice(comma.length))) lead = comma;
    else if (rest.startsWith(" ") && CAP_ROLE_START.test(rest.slice(1))) lead = " ";
  }
  if (lead === undefined) return { role: null, end: from };
  const start = from + lead.length;
  const body = text.slice(start, start + WINDOW);
  // "A – người từng nhiều năm làm Chủ tịch … – xúc động chia sẻ": a description, not a role. It
  // still belongs to the mention, up to its closing dash, so a verb after it finds the person.
  if (lead !== " " && LOWER_START.test(body) && !ROLE_START.test(body)) {
    const close = CLOSING_DASH.exec(body);
    return { role: null, end: close ? start + close.index + close[0].length : from };
  }
  let stop = body.length;
  // One pass over the tokens with one token of look-ahead; most roles end within a few words.
  const tokens = body.matchAll(TOKEN);
  let current = tokens.next();
  for (let i = 0; !current.done; i++) {
    const following = tokens.next();
    const w = bare(current.value[0]);
    const at = current.value.index;
    const next = following.done ? undefined : bare(following.value[0]);
    current = following;
    if (w === ";" || w === ":" || w === "(" || w === ")" || i >= 40) {
      stop = at;
      break;
    }
    if (w === ",") {
      if (ROLE_START.test(body.slice(at + 1).trimStart())) continue;
      stop = at;
      break;
    }
    // A dash before lowercase words closes the role ("… quận – xúc động"); "Văn hóa – Xã hội",
    // "2020 – 2025" and "– nguyên Chủ tịch" go on.
    if (DASH.test(w) && next !== undefined && LOWER_START.test(next) && !ROLE_START.test(body.slice(at + w.length).trimStart())) {
      stop = at;
      break;
    }
    if (w === "và") {
      const after = body.slice(at + 3);
      if (CAPITALISED.test(next ?? "") && !HONORIFIC_WORD.test(next ?? "") && !NAME_AHEAD.test(after.trimStart())) continue;
      stop = at;
      break;
    }
    if (isStop(w, next)) {
      stop = at;
      break;
    }
  }
  const role = body.slice(0, stop).replace(TRAILING, "");
  return role ? { role, end: start + role.length } : { role: null, end: from };
}

/**
 * Reads a role written before a name ("Phó Chủ tịch UBND quận Nguyễn Văn A cho biết"), within
 * the same clause, or filling the whole clause before "…, ông Nguyễn Văn A". Returns null when
 * no role word opens it or a verb sits between the role and the name. `floor` is where the previous
 * person's mention ends ("Phó Chủ tịch … A và Trưởng phòng … B": B's role starts after A).
 *
 * @example
 *   readRoleBefore("Phó Chủ tịch UBND quận Nguyễn Văn A", 23) // → { role: "Phó Chủ tịch UBND quận", start: 0 }
 */
export function readRoleBefore(text: string, to: number, floor = 0): { role: string; start: number } | null {
  const head = text.slice(0, to);
  // Nothing before `floor` (the end of the previous person) can be this person's role.
  const cut = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf(":"), head.lastIndexOf("("), floor - 1);
  const clause = head.slice(cut + 1);
  const found = roleIn(clause, cut + 1);
  if (found && cut >= floor && head[cut] === "," && text.slice(cut + 1, found.start).trim() === "") return withEarlierRole(head.slice(0, cut), found, floor);
  if (found || cut < 0 || head[cut] !== ",") return found;
  // "Phó Chủ tịch UBND quận, bà Trần Thị B": the clause holds only an honorific, the role is before it.
  if (clause.trim().replace(TRAILING_HONORIFIC, "").trim() !== "") return null;
  const prev = head.slice(0, cut);
  const pcut = Math.max(prev.lastIndexOf(","), prev.lastIndexOf(";"), prev.lastIndexOf(":"));
  if (pcut + 1 < floor) return null;
  const whole = prev.slice(pcut + 1);
  const lead = whole.length - whole.trimStart().length;
  if (!ROLE_START.test(whole.trimStart())) return null;
  return roleIn(whole, pcut + 1, lead);
}

// Words after which a role opens the object of a clause: "Đại hội đã nghe Ủy viên …".
const OBJECT_LEAD = /(?:^|\s)(?:nghe|có)\s*$/u;

/**
 * "Ủy viên Ban Thường vụ Quận ủy, Trưởng ban Dân vận Quận ủy Lê Quang Vinh": when the clause before
 * the comma is itself a role (opening it, or after "nghe"/"có") and names nobody, both make the role.
 */
function withEarlierRole(prev: string, found: { role: string; start: number }, floor: number): { role: string; start: number } {
  const pcut = Math.max(prev.lastIndexOf(","), prev.lastIndexOf(";"), prev.lastIndexOf(":"), prev.lastIndexOf("("));
  if (pcut + 1 < floor) return found;
  const segment = prev.slice(pcut + 1);
  const earlier = roleIn(segment, pcut + 1);
  if (!earlier) return found;
  const lead = prev.slice(pcut + 1, earlier.start);
  if (lead.trim() !== "" && !OBJECT_LEAD.test(lead)) return found;
  if (findNames(earlier.role).length > 0) return found;
  return { role: `${earlier.role}, ${found.role}`, start: earlier.start };
}

function roleIn(clause: string, offset: number, only?: number): { role: string; start: number } | null {
  for (const m of clause.matchAll(ROLE_HEAD_G)) {
    if (only !== undefined && m.index !== only) continue;
    const segment = clause.slice(m.index).replace(TRAILING_HONORIFIC, "").replace(TRAILING, "");
    // "Bác sĩ Hoàng Ngọc Lan": a title, like "đồng chí"; the role is written at another mention.
    if (TITLE_ONLY.test(segment)) continue;
    const words = segment.split(" ").map(bare);
    if (words.length > 25 || words.some((w, i) => isStop(w, words[i + 1]))) continue;
    if (segment) return { role: segment, start: offset + m.index };
  }
  return null;
}
