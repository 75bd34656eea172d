/** Splits an article's paragraphs and captions into sentences that remember their source line. */

import type { ExtractInput } from "../types.ts";

/** One sentence of the article. */
export interface Sentence {
  /** The sentence, NFC, spaces collapsed. */
  text: string;
  /** 1-based source line of its paragraph. */
  line: number;
  /** True when it comes from a photo caption. */
  caption: boolean;
  /** Index of its paragraph among the body paragraphs (captions count after them). */
  paragraph: number;
  /** Index of the sentence inside its paragraph. */
  index: number;
}

const SPACES = /[\s\u00A0\u2007\u202F\uFEFF]+/g;
const MAY_CHANGE_UNDER_NFC = /[\p{M}\u0340-\u0344\u0374\u037E\u0387\u1F00-\u1FFF\u2000-\u2FFF\uF900-\uFAFF\u{1D15E}-\u{1D1C0}\u{2F800}-\u{2FA1D}]/u;
// A full stop (or ! ? …), optional closing quote, spaces, then something that opens a sentence.
const BOUNDARY = /[.!?…]+["”’)]?\s+(?=["“(]?[\p{Lu}\d])/gu;
// Abbreviations that end in a full stop without ending the sentence.
const ABBREVIATIONS = new Set(["TP", "Tp", "tp", "Q", "P", "TS", "ThS", "PGS", "GS", "BS", "KS", "CN", "TT", "TX", "St", "Đ/c", "đ/c"]);
const LAST_WORD = /([\p{L}\p{M}/]+)$/u;

/** Normalises text the way every extractor expects it: NFC, one ASCII space between words. */
export function normalizeText(text: string): string {
  // NFC only changes text with combining marks or a few compatibility characters; skip the rest.
  const nfc = MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize("NFC") : text;
  return nfc.replace(SPACES, " ").trim();
}

/**
 * Splits one paragraph into sentences, keeping abbreviations such as "TP." and dates such as
 * "19.10" inside their sentence.
 *
 * @example
 *   splitSentences("Sáng 8/1, hội nghị khai mạc. Tới dự có ông A.") // → ["Sáng 8/1, hội nghị khai mạc.", "Tới dự có ông A."]
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    // Only the last few characters matter (and keep the anchored regex linear).
    const word = LAST_WORD.exec(text.slice(Math.max(start, m.index - 8), m.index))?.[1];
    if (m[0].startsWith(".") && word !== undefined && ABBREVIATIONS.has(word)) continue;
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = end;
  }
  const tail = text.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}

const cache = new WeakMap<ExtractInput, Sentence[]>();

/**
 * All sentences of an article: body paragraphs first, then captions. Computed once per input
 * object (the extractors share it).
 */
export function sentencesOf(input: ExtractInput): Sentence[] {
  const hit = cache.get(input);
  if (hit) return hit;
  const out: Sentence[] = [];
  const add = (lines: ExtractInput["paragraphs"], caption: boolean, offset: number): void => {
    lines.forEach((p, i) => {
      splitSentences(normalizeText(p.text)).forEach((text, index) => {
        out.push({ text, line: p.line, caption, paragraph: offset + i, index });
      });
    });
  };
  add(input.paragraphs ?? [], false, 0);
  add(input.captions ?? [], true, (input.paragraphs ?? []).length);
  cache.set(input, out);
  return out;
}
