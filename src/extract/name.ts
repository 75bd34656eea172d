/** Finds Vietnamese personal names (2–4 capitalised syllables) in running text, without honorifics. */

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

const RUN = /(?<![\p{L}\p{M}\d])\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*)*(?![\p{L}\p{M}\d])/gu;
const SYLLABLE = /\p{Lu}[\p{Ll}\p{M}]*/gu;
const NEXT_WORD = /^ ([\p{Ll}\p{M}]+)/u;
const HONORIFIC_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:(?:các )?đồng chí|(?:Các )?Đồng chí|đ\/c|Đ\/c|ông|bà|anh|chị|cô|thầy|cụ|em|cháu|(?:Thượng|Đại|Trung|Thiếu) (?:tá|úy|uý|tướng)|Chuẩn úy|(?:GS|PGS|TS|ThS|BS|KS|CN|NSND|NSƯT|NGƯT|NGND)(?:\.\s?(?:GS|PGS|TS|ThS|BS|KS))*\.?|(?:Nhà giáo|Nghệ sĩ|Bác sĩ|Tiến sĩ|Thạc sĩ|Giáo sư|Luật sư|Kỹ sư)(?: (?:Nhân dân|Ưu tú))?)[\s:.]*$/u;
// A role word earlier in the clause: "Phó Chủ tịch UBND quận Nguyễn Văn A" is a person after all.
const ROLE_BEFORE = /(?:Chủ tịch|Bí thư|Trưởng|trưởng|Giám đốc|Phó|Ủy viên|Uỷ viên|Chỉ huy|Chủ nhiệm|Đại biểu)[^,;:.()]*$/u;
const PLACE_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:phố|đường|phường|quận|huyện|xã|tỉnh|thành phố|thị xã|thị trấn|TP\.?|Thủ đô|thủ đô|ngõ|thôn|làng|khu|tổ dân phố|trường|nhà văn hóa|chùa|đình|đền|cầu|sông|hồ|vườn hoa|công viên|tượng đài|của|bác|Bác|tư tưởng|Chủ tịch)\s*$/u;

interface Syllable {
  text: string;
  start: number;
  end: number;
}

function isHead(word: string, next: string | undefined): boolean {
  if (HARD_HEADS.has(word)) return true;
  const soft = SOFT_HEADS.get(word);
  return soft !== undefined && next !== undefined && soft.has(next);
}

function syllablesOf(run: string, offset: number): Syllable[] {
  const out: Syllable[] = [];
  for (const m of run.matchAll(SYLLABLE)) {
    out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/** Picks the name inside one run segment, or null. */
function pick(seg: Syllable[], honorific: boolean, afterPlace: boolean, roleBefore: boolean): Syllable[] | null {
  if (honorific && !afterPlace) return seg.length >= 2 ? seg.slice(0, 4) : null;
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
  for (const m of text.matchAll(RUN)) {
    if (!m[0].includes(" ")) continue;
    const syl = syllablesOf(m[0], m.index);
    if (syl.length < 2) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    let honorific = HONORIFIC_BEFORE.test(before);
    let afterPlace = PLACE_BEFORE.test(before);
    const roleBefore = afterPlace && ROLE_BEFORE.test(before);
    if (CAP_HONORIFICS.has(syl[0]!.text)) {
      // "Ông" is also a family name: keep it after an honorific, or when stripping leaves one syllable.
      const keepOng = syl[0]!.text === "Ông" && ((honorific && syl.length >= 3) || syl.length < 3);
      if (!keepOng) {
        syl.shift();
        honorific = true;
        afterPlace = false;
      }
    }
    const after = NEXT_WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12))?.[1];
    let seg: Syllable[] = [];
    const flush = (): void => {
      const got = seg.length ? pick(seg, honorific, afterPlace, roleBefore && seg[0] === syl[0]) : null;
      if (got) {
        const s = got[0]!.start;
        const e = got[got.length - 1]!.end;
        const name = text.slice(s, e);
        if (!NOT_NAMES.has(name)) out.push({ name, start: s, end: e, honorific: honorific && got[0] === seg[0] });
      }
      seg = [];
    };
    for (let i = 0; i < syl.length; i++) {
      const s = syl[i]!;
      const next = i + 1 < syl.length ? syl[i + 1]!.text.toLowerCase() : after;
      if (isHead(s.text, next)) {
        flush();
        honorific = false;
        // After a place head ("Quận Hoàn Kiếm"), the place name takes the next two syllables.
        afterPlace = /^(?:Quận|Huyện|Tỉnh|Phường|Xã|Thôn|Thành|Thủ)$/u.test(s.text);
        continue;
      }
      seg.push(s);
    }
    flush();
  }
  return out;
}
