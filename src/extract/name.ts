/** Finds Vietnamese personal names (2–4 capitalised syllables) in running text, without honorifics. */

import { capitalisedRuns, type Syllable } from "./letters.ts";

/** A personal name found in a text. */
export interface NameSpan {
  /** The name alone, e.g. "Đàm Văn Huân". */
  name: string;
  /** Offset of its first syllable. */
  start: number;
  /** Offset just after its last syllable. */
  end: number;
  /** True when an honorific or a rank stands right before it ("đồng chí", "ông", "Thượng tá"). */
  honorific: boolean;
}

// Common family names; a name without an honorific before it must start with one of these.
const SURNAMES = new Set(
  (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đàm Trương Đinh Lâm Mai Tô Tạ " +
    "Cao Hà Lưu Chu Quách Kiều Đoàn Vương Trịnh Lương Thái Triệu Lại Phùng Tăng Lò Lục Khúc Nghiêm Âu Ông " +
    "Đào Tống Thân Hứa Giang Từ La Mạc Doãn Quan Diệp Hầu Kim Tôn Châu Bạch Khổng Nông Thạch Viên Lã Cù Vi " +
    "Bế Trình Sầm Ninh Mã Lạc Ứng Phí Chử Đậu Nhữ Thiều Kha Lư Hàn Cấn Tiêu Ưng Hoàng Văn Đồng Khuất Lữ Mông " +
    "Nhâm Quản Tòng Trang Vòng Lăng Hạ Tiết Hồng Chung Đường Thiệu Vưu Yên Liễu Mẫn Giáp Khương"
  ).split(" "),
);
// Capitalised words that open a role or a place, never a name ("Phó Chủ tịch", "Quận ủy").
const HARD_HEADS = new Set(
  "Phó Trưởng Giám Ủy Uỷ Bí Chánh Tổng Thượng Thiếu Chủ Thường Quận Huyện Tỉnh Phường Xã Thôn Đảng Sở Phòng Cục Viện Bộ Hiệu Ban Hội Ủy Nghị Ngày Sáng Chiều Tối Tại Theo Hội Tới Đến Dự Tham Cùng Các".split(" "),
);
// Capitalised words that open a role only with the lowercase word after them ("Đại tá", "Trung tâm").
const SOFT_HEADS = new Map<string, Set<string>>(
  (
    [
      ["Đại", "tá úy uý tướng biểu diện học hội đoàn"],
      ["Trung", "tá úy uý tướng tâm đoàn đội ương học"],
      ["Thành", "ủy uỷ phố viên đoàn"],
      ["Công", "an ty đoàn"],
      ["Văn", "phòng hóa hoá"],
      ["Nhà", "giáo văn thơ báo"],
      ["Bác", "sĩ"],
      ["Giáo", "sư viên"],
      ["Tiến", "sĩ"],
      ["Thạc", "sĩ"],
      ["Kỹ", "sư"],
      ["Luật", "sư"],
      ["Nghệ", "sĩ nhân"],
      ["Cán", "bộ"],
      ["Chiến", "sĩ"],
      ["Mặt", "trận"],
      ["Liên", "đoàn"],
      ["Chỉ", "huy"],
      ["Thủ", "trưởng tướng quỹ đô"],
      ["Chính", "ủy uỷ trị phủ"],
      ["Lãnh", "đạo"],
      ["Trường", "học"],
      ["Tổ", "trưởng phó dân"],
      ["Người", "dân"],
      ["Đồng", "chí"],
    ] as const
  ).map(([k, v]) => [k, new Set(v.split(" "))]),
);
// Capitalised honorifics that may open a run ("Ông Nguyễn Văn A").
const CAP_HONORIFICS = new Set(["Ông", "Bà", "Anh", "Chị", "Cô", "Thầy", "Cụ", "Em", "Cháu"]);
const NOT_NAMES = new Set(["Hà Nội", "Việt Nam", "Hồ Chí Minh", "Hà Đông", "Hà Nam", "Hà Giang", "Hà Tĩnh", "Cao Bằng", "Lâm Đồng", "Đồng Nai", "Đồng Tháp", "Hà Nội Mới"]);

const NEXT_WORD = /^ ([\p{Ll}\p{M}]+)/u;
// Honorifics, ranks and titles that stand right before a name, by number of words.
const HONORIFIC_1 = new Set("đ/c Đ/c ông bà anh chị cô thầy cụ em cháu".split(" "));
const RANKS = ["Thượng", "Đại", "Trung", "Thiếu"].flatMap((r) => ["tá", "úy", "uý", "tướng"].map((g) => `${r} ${g}`));
const TITLES_2 = ["Nhà giáo", "Nghệ sĩ", "Bác sĩ", "Tiến sĩ", "Thạc sĩ", "Giáo sư", "Luật sư", "Kỹ sư"];
const HONORIFIC_2 = new Set(["đồng chí", "Đồng chí", "Chuẩn úy", ...RANKS, ...TITLES_2]);
const HONORIFIC_4 = new Set(TITLES_2.flatMap((t) => [`${t} Nhân dân`, `${t} Ưu tú`]));
const TITLE = /^(?:GS|PGS|TS|ThS|BS|KS|CN|NSND|NSƯT|NGƯT|NGND)(?:\.(?:GS|PGS|TS|ThS|BS|KS))*\.?$/u;
// A role word earlier in the clause: "Phó Chủ tịch UBND quận Nguyễn Văn A" is a person after all.
const ROLE_BEFORE = /(?:Chủ tịch|Bí thư|Trưởng|trưởng|Giám đốc|Phó|Ủy viên|Uỷ viên|Chỉ huy|Chủ nhiệm|Đại biểu)[^,;:.()]*$/u;
// Words after which a capitalised run is a place (or a namesake: "phố Lê Thái Tổ", "tư tưởng Hồ Chí Minh").
const PLACE_1 = new Set("phố đường phường quận huyện xã tỉnh TP TP. ngõ thôn làng khu trường chùa đình đền cầu sông hồ của bác Bác THCS THPT".split(" "));
const PLACE_2 = new Set(["thành phố", "thị xã", "thị trấn", "Thủ đô", "thủ đô", "vườn hoa", "công viên", "tượng đài", "tư tưởng", "Chủ tịch", "Tiểu học", "Mầm non"]);
const PLACE_3 = new Set(["tổ dân phố", "nhà văn hóa", "nhà văn hoá"]);
const LEADING_PUNCTUATION = /^[^\p{L}\p{N}]+/u;
// Middle syllables that only occur in personal names (a place name never has them second).
const MIDDLE = new Set(["Thị", "Văn"]);
const PLACE_HEAD = new Set(["Quận", "Huyện", "Tỉnh", "Phường", "Xã", "Thôn", "Thành", "Thủ"]);

/** Up to four words before offset `at`, nearest last, skipping the spaces, ":" and "." right before it. */
function wordsBefore(text: string, at: number): string[] {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === ":" || text[i] === ".")) i--;
  const words: string[] = [];
  while (i >= 0 && words.length < 4) {
    const end = i + 1;
    while (i >= 0 && text[i] !== " ") i--;
    words.unshift(text.slice(i + 1, end));
    while (i >= 0 && text[i] === " ") i--;
  }
  if (words.length) words[0] = words[0]!.replace(LEADING_PUNCTUATION, "");
  return words;
}

/** The last k words of a list, joined ("" when there are fewer). */
function last(words: string[], k: number): string {
  return words.length < k ? "" : words.slice(-k).join(" ");
}

function isHonorific(w: string[]): boolean {
  const w1 = w[w.length - 1] ?? "";
  return HONORIFIC_1.has(w1) || TITLE.test(w1) || HONORIFIC_2.has(last(w, 2)) || HONORIFIC_4.has(last(w, 4));
}

function isPlace(w: string[]): boolean {
  return PLACE_1.has(w[w.length - 1] ?? "") || PLACE_2.has(last(w, 2)) || PLACE_3.has(last(w, 3));
}

// Administrative units: "Chủ tịch UBND phường Nguyễn Văn A" names a person after one, while after
// "phố", "trường", "chùa"… a family name opens a namesake ("Trường THCS Ngô Sĩ Liên").
const UNIT_1 = new Set("quận huyện phường xã tỉnh TP TP.".split(" "));
const UNIT_2 = new Set(["thành phố", "thị xã", "thị trấn"]);

function isUnit(w: string[]): boolean {
  return UNIT_1.has(w[w.length - 1] ?? "") || UNIT_2.has(last(w, 2));
}

function isHead(word: string, next: string | undefined): boolean {
  if (HARD_HEADS.has(word)) return true;
  const soft = SOFT_HEADS.get(word);
  return soft !== undefined && next !== undefined && soft.has(next);
}

/** Picks the name inside one run segment, or null. */
function pick(seg: Syllable[], honorific: boolean, afterPlace: boolean, roleBefore: boolean): Syllable[] | null {
  if (honorific && !afterPlace) return seg.length >= 2 ? seg.slice(0, 4) : null;
  // "Phó Chủ tịch UBND quận Hà Thị Kim Oanh": a family name then "Thị"/"Văn" opens a full name,
  // never a place ("Hoàng Mai", "Hà Đông"), so "Kim Oanh" is not cut off as if "Hà Thị" were one.
  if (afterPlace && roleBefore && seg.length >= 3 && seg.length <= 4 && SURNAMES.has(seg[0]!.text) && MIDDLE.has(seg[1]!.text)) return seg;
  // A place glued before the name ("Quận ủy Hoàng Mai Khúc Minh Sơn") is usually two syllables long.
  for (const i of afterPlace ? [2, 3, 4] : [0, 2, 3, 1, 4]) {
    const len = seg.length - i;
    if (len >= 2 && len <= 4 && SURNAMES.has(seg[i]!.text)) return seg.slice(i);
  }
  // "Phó Chủ tịch UBND quận Nguyễn Văn Toàn": after a role, a place word may be followed by the name.
  if (afterPlace && roleBefore && seg.length >= 2 && seg.length <= 4 && SURNAMES.has(seg[0]!.text)) return seg;
  return null;
}

/**
 * Finds the personal names in a text, in order. A name is 2–4 capitalised syllables; without an
 * honorific before it, it must start with a common family name. Roles and places glued to a name
 * ("Chủ tịch UBND quận Hoàn Kiếm Phạm Tuấn Long") are cut off.
 *
 * @example
 *   findNames("đồng chí Đàm Văn Huân – Phó Chủ tịch")[0].name // → "Đàm Văn Huân"
 */
export function findNames(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const syl of capitalisedRuns(text)) {
    if (syl.length < 2) continue;
    // Most runs are bodies and roles ("Ủy ban MTTQ", "Phó Chủ tịch"): without a family name or a
    // capitalised honorific, only an honorific before the run can make it a name.
    const runStart = syl[0]!.start;
    const capHonorific = CAP_HONORIFICS.has(syl[0]!.text);
    const words = wordsBefore(text, runStart);
    let honorific = isHonorific(words);
    if (!honorific && !capHonorific && !syl.some((s) => SURNAMES.has(s.text))) continue;
    let afterPlace = isPlace(words);
    // Long bodies sit between a role word and the name ("Giám đốc Trung tâm Văn hóa – Thông tin và Thể thao quận").
    const roleBefore = afterPlace && isUnit(words) && ROLE_BEFORE.test(text.slice(Math.max(0, runStart - 90), runStart));
    if (capHonorific) {
      // "Ông" is also a family name: keep it after an honorific, or when stripping leaves one syllable.
      const keepOng = syl[0]!.text === "Ông" && ((honorific && syl.length >= 3) || syl.length < 3);
      if (!keepOng) {
        syl.shift();
        honorific = true;
        afterPlace = false;
      }
    }
    const runEnd = syl[syl.length - 1]!.end;
    const after = NEXT_WORD.exec(text.slice(runEnd, runEnd + 12))?.[1];
    // Cut the run at role and place heads; each piece may hold a name.
    let from = 0;
    for (let i = 0; i <= syl.length; i++) {
      const s = syl[i];
      const head = s !== undefined && isHead(s.text, i + 1 < syl.length ? syl[i + 1]!.text.toLowerCase() : after);
      if (s !== undefined && !head) continue;
      if (i > from) {
        const seg = syl.slice(from, i);
        const got = pick(seg, honorific, afterPlace, roleBefore && from === 0);
        if (got) {
          const start = got[0]!.start;
          const end = got[got.length - 1]!.end;
          const name = text.slice(start, end);
          if (!NOT_NAMES.has(name)) out.push({ name, start, end, honorific: honorific && got[0] === seg[0] });
        }
      }
      if (s === undefined) break;
      honorific = false;
      // After a place head ("Quận Hoàn Kiếm"), the place name takes the next two syllables.
      afterPlace = PLACE_HEAD.has(s.text);
      from = i + 1;
    }
  }
  return out;
}
