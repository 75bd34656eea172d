/** Runs every registered extractor over one article; never throws. */

import type { ExtractInput, Extraction, Extractor } from "../types.ts";
import { registry } from "./registry.ts";

/** The value each field takes when nothing is found (or its extractor fails). */
export function emptyExtraction(): Extraction {
  return {
    eventDate: { value: null, line: null },
    location: { value: null, line: null },
    attendees: [],
    speakers: [],
    awards: [],
  };
}

function runOne<K extends keyof Extraction>(extractor: Extractor<K>, input: ExtractInput, out: Extraction): void {
  try {
    out[extractor.field] = extractor.run(input);
  } catch {
    // An extractor that fails leaves its field empty: one odd article must not stop a build.
  }
}

/**
 * Extracts event date, location, attendees, speakers and awards from an article's paragraphs and
 * captions. Pure; never throws (a failing extractor yields its empty value).
 *
 * @example
 *   const a = parseScraped(text, file);
 *   extract({ paragraphs: a.paragraphs, captions: a.captions, published: a.published }).eventDate
 *   // → { value: "2021-01-08", line: 6 }
 */
export function extract(input: ExtractInput): Extraction {
  const out = emptyExtraction();
  for (const extractor of registry) runOne(extractor as Extractor<keyof Extraction>, input, out);
  return out;
}

export { registry } from "./registry.ts";
