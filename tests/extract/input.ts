/** Builds an ExtractInput from plain strings for the extractor tests (body lines 1, 2, 3…). */

import type { ExtractInput } from "../../src/types.ts";

/** Paragraphs on lines 1, 3, 5…; captions after them. */
export function input(paragraphs: string[], opts: { captions?: string[]; published?: string | null } = {}): ExtractInput {
  const body = paragraphs.map((text, i) => ({ text, line: 2 * i + 1 }));
  const base = 2 * paragraphs.length + 1;
  return {
    paragraphs: body,
    captions: (opts.captions ?? []).map((text, i) => ({ text, line: base + 2 * i })),
    published: opts.published === undefined ? "2021-01-12T16:14:00+07:00" : opts.published,
  };
}
