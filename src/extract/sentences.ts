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
// A full stop (or ! ? …), optional closing quote, spaces, then something that opens a sentence.
const BOUNDARY = /[.!?…]+["”’)]?\s+(?=["“(]?[\p{Lu}\d])/gu;
// Abbreviations that end in a full stop without ending the sentence.
const ABBREVIATIONS = new Set(["TP", "Tp", "tp", "Q", "P", "TS", "ThS", "PGS", "GS", "BS", "KS", "CN", "TT", "TX", "St", "Đ/c", "đ/c"]);
const LAST_WORD = /([\p{L}\p{M}/]+)$/u;

/** Normalises text the way every extractor expects it: NFC, one ASCII space between words. */
export function normalizeText(text: string): string {
  const nfc = text.normalize("NFC");
  return (oddSpacing(nfc) ? nfc.replace(SPACES, " ") : nfc).trim();
}

/** Whether the text has a space other than single ASCII spaces (a plain loop: much cheaper than a regex). */
function oddSpacing(text: string): boolean {
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previous === 32) return true;
    } else if (c < 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x85) {
      return true;
    }
    previous = c;
  }
  return false;
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
  const paragraphs = input.paragraphs ?? [];
  const captions = input.captions ?? [];
  for (let i = 0; i < paragraphs.length + captions.length; i++) {
    const caption = i >= paragraphs.length;
    const p = caption ? captions[i - paragraphs.length]! : paragraphs[i]!;
    const texts = splitSentences(normalizeText(p.text));
    for (let index = 0; index < texts.length; index++) {
      out.push({ text: texts[index]!, line: p.line, caption, paragraph: i, index });
    }
  }
  cache.set(input, out);
  return out;
}
