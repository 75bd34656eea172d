/** Tells photo captions from body paragraphs at the end of a scraped article. */

import type { SourceLine } from "../types.ts";

/*
 * The heuristic. The old portal prints photo captions as plain paragraphs between the body and
 * the byline, so captions are the longest run of paragraphs at the END of the text in which
 * every paragraph looks like a caption:
 *
 *   1. it is one sentence (no ". " followed by a capital inside it) and at most 320 characters;
 *   2. and either
 *      a. it starts with a caption opener (Đồng chí, Ông, Bà, Các đại biểu, Quang cảnh, Lãnh đạo…)
 *         and contains a caption verb (phát biểu, trao, tặng, chụp ảnh, tham quan…) — or the
 *         opener is itself a view ("Quang cảnh", "Toàn cảnh", "Các đại biểu"…), or
 *      b. it is under 160 characters, contains a caption verb and does not start like a body
 *         sentence (Hội nghị, Tại, Theo, Năm, Dịp này…).
 *
 * The first paragraph is never a caption, and nothing is dropped: what is not a caption stays a
 * body paragraph.
 */

const OPENER =
  /^(?:Các đồng chí|Đồng chí|Đ\/c|Ông|Bà|Anh|Chị|Các đại biểu|Đại biểu|Quang cảnh|Toàn cảnh|Lãnh đạo|Ban tổ chức|Hình ảnh|Ảnh|Thay mặt|Đại diện|Các|Cán bộ|Lực lượng|Người dân|Hội viên|Thượng tá|Đại tá|Trung tá|Thiếu tá|Phó Chủ tịch|Chủ tịch|Bí thư|Phó Bí thư|Trưởng|Phó Trưởng|Giám đốc)(?![\p{L}\p{M}])/u;

const VIEW_OPENER = /^(?:Quang cảnh|Toàn cảnh|Các đại biểu|Đại biểu|Hình ảnh|Ảnh)(?![\p{L}\p{M}])/u;

const VERB =
  /(?<![\p{L}\p{M}])(?:phát biểu|trao|tặng|chụp ảnh|tham quan|dự|thăm|kiểm tra|tặng quà|chúc mừng|biểu quyết|bỏ phiếu|nghe|thảo luận|khai mạc|bế mạc|kết luận|trình bày|báo cáo|chỉ đạo|quán triệt|ra mắt|cắt băng|đón nhận|gắn|làm việc)(?![\p{L}\p{M}])/u;

const BODY_OPENER =
  /^(?:Tới dự|Đến dự|Về dự|Tham dự|Dự|Cùng dự|Hội nghị|Buổi lễ|Đại hội|Tại|Theo|Năm|Dịp này|Nhân dịp|Trong|Sau|Với|Qua|Được biết|Kết thúc|Cũng tại|Ngoài ra|Bên cạnh)(?![\p{L}\p{M}])/u;

const INNER_SENTENCE = /[.!?…]["”’)]?\s+["“(]?\p{Lu}/u;

/** Whether one paragraph, read on its own, looks like a photo caption. */
export function looksLikeCaption(text: string): boolean {
  if (text.length > 320 || INNER_SENTENCE.test(text)) return false;
  if (OPENER.test(text)) return VIEW_OPENER.test(text) || VERB.test(text);
  return text.length < 160 && VERB.test(text) && !BODY_OPENER.test(text);
}

/**
 * Splits paragraphs into body and captions: captions are the trailing run that looks like
 * captions (see the heuristic above); the first paragraph always stays in the body.
 *
 * @example
 *   splitCaptions([{ text: "Sáng 8/1, …", line: 6 }, { text: "Đồng chí A phát biểu.", line: 8 }])
 *   // → { paragraphs: [line 6], captions: [line 8] }
 */
export function splitCaptions(all: SourceLine[]): { paragraphs: SourceLine[]; captions: SourceLine[] } {
  let start = all.length;
  while (start > 1 && looksLikeCaption(all[start - 1]!.text)) start--;
  return { paragraphs: all.slice(0, start), captions: all.slice(start) };
}
