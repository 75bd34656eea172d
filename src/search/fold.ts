/** Vietnamese folding for search: đ/Đ → d/D, the one letter pagefind's diacritic folding leaves alone. */

/** Words (letters and combining marks) that contain đ or Đ. */
const D_WORD = /[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu;

/**
 * Replace đ with d and Đ with D; every other letter, tone marks included, stays as it is.
 * @example foldD("Đà Nẵng") // "Dà Nẵng"
 */
export function foldD(text: string): string {
  return text.replace(/đ/g, "d").replace(/Đ/g, "D");
}

/**
 * The words of a text that contain đ/Đ, folded, in order and repeated as often as they occur
 * (so term frequency in the folded copy mirrors the text's).
 * @example foldedDWords("Đà Nẵng, đẹp và Đà Lạt") // ["Dà", "dẹp", "Dà"]
 */
export function foldedDWords(text: string): string[] {
  return (text.normalize("NFC").match(D_WORD) ?? []).map(foldD);
}

/** True when a query has a đ/Đ, so it is also worth searching folded. */
export function hasD(text: string): boolean {
  return /[đĐ]/.test(text);
}
