/** Reads counts written in digits ("41", "05", "1.200") or in Vietnamese words ("hai mươi mốt"). */

const DIGITS: Record<string, number> = {
  không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, nhăm: 5,
  sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
const WORDS = "không|một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|nghìn|ngàn|linh|lẻ";
/** A number in digits or words, as a regex source fragment (one capture group). */
export const NUMBER_SOURCE = `(\\d{1,3}(?:\\.\\d{3})+|\\d+|(?:(?:${WORDS}) )*(?:${WORDS}))`;

/**
 * Parses Vietnamese number words; returns null when they do not form a number.
 *
 * @example
 *   parseNumberWords("hai mươi mốt") // → 21
 *   parseNumberWords("mười hai")     // → 12
 *   parseNumberWords("một trăm linh năm") // → 105
 */
export function parseNumberWords(text: string): number | null {
  let total = 0;
  let group = 0;
  let last = 0;
  let any = false;
  for (const w of text.toLowerCase().split(/\s+/u)) {
    if (w === "") continue;
    const d = DIGITS[w];
    if (d !== undefined) {
      last = d;
      any = true;
    } else if (w === "mười") {
      group += 10;
      any = true;
    } else if (w === "mươi") {
      group += (last || 1) * 10;
      last = 0;
    } else if (w === "trăm") {
      group += (last || 1) * 100;
      last = 0;
    } else if (w === "nghìn" || w === "ngàn") {
      total += (group + last || 1) * 1000;
      group = 0;
      last = 0;
    } else if (w !== "linh" && w !== "lẻ") {
      return null;
    }
  }
  return any || total || group ? total + group + last : null;
}

/**
 * Parses a count written in digits (zero-padded or with "." thousands) or in words.
 *
 * @example
 *   parseCount("05") // → 5
 *   parseCount("mười hai") // → 12
 */
export function parseCount(text: string): number | null {
  if (/^\d/u.test(text)) {
    const n = Number(text.replace(/\./gu, ""));
    return Number.isSafeInteger(n) ? n : null;
  }
  return parseNumberWords(text);
}
