/** Fast letter classes and capitalised-word runs, by char code (regexes with \p{…} scan slowly). */

const UPPER = 1;
const LOWER = 2; // lowercase letter or combining mark: continues a word
const OTHER_WORD = 3; // another letter or a digit: part of a word, but not of a name syllable

const TABLE_SIZE = 0x2000;
const table = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) table[c] = classify(String.fromCharCode(c));

function classify(ch: string): number {
  if (/\p{Lu}/u.test(ch)) return UPPER;
  if (/[\p{Ll}\p{M}]/u.test(ch)) return LOWER;
  if (/[\p{L}\d]/u.test(ch)) return OTHER_WORD;
  return 0;
}

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < TABLE_SIZE) return table[c]!;
  if (c <= 0x206f) return 0; // general punctuation: dashes, quotes, spaces
  if (c >= 0xd800 && c <= 0xdfff) return OTHER_WORD; // astral: never part of a Vietnamese name
  return classify(text[i]!);
}

/** Whether the character at i is an upper-case letter. */
export function isUpperAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && classAt(text, i) === UPPER;
}

/** Whether the character at i is an ASCII digit. */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Whether the character at i is part of a word (letter, mark or digit). */
export function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && classAt(text, i) !== 0;
}

/** One capitalised syllable ("Nguyễn"), by offsets. */
export interface Syllable {
  text: string;
  start: number;
  end: number;
}

/**
 * Runs of capitalised syllables separated by single spaces ("Ủy ban" gives "Ủy"; "Đàm Văn Huân"
 * gives three syllables). A syllable is an upper-case letter then lower-case letters, standing
 * alone as a word: "UBND" and "HĐND&UBND" are not syllables. One linear pass.
 *
 * @example
 *   capitalisedRuns("có đồng chí Lê Hồng Phú – Phó Chủ tịch").map((r) => r.map((s) => s.text).join(" "))
 *   // → ["Lê Hồng Phú", "Phó Chủ"]
 */
export function capitalisedRuns(text: string): Syllable[][] {
  const runs: Syllable[][] = [];
  let run: Syllable[] = [];
  const close = (): void => {
    if (run.length) runs.push(run);
    run = [];
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const cls = classAt(text, i);
    if (cls === 0) {
      // Only one plain space may join two syllables of a run.
      if (!(text.charCodeAt(i) === 32 && run.length && i + 1 < n && classAt(text, i + 1) === UPPER)) close();
      i++;
      continue;
    }
    // A word starts at i: read it whole.
    let j = i + 1;
    while (j < n && classAt(text, j) !== 0) j++;
    let syllable = cls === UPPER;
    for (let k = i + 1; syllable && k < j; k++) if (classAt(text, k) !== LOWER) syllable = false;
    if (syllable) run.push({ text: text.slice(i, j), start: i, end: j });
    else close();
    i = j;
  }
  close();
  return runs;
}
