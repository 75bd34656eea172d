/** Article metadata: front matter wins; whatever it leaves out comes from extraction. */
import type { ArticleMeta, Extraction, SourceLine } from "../types.ts";
import type { FrontMatter } from "../content/schema.ts";
import { extract } from "../extract/index.ts";

/** What the extractors read, and what front matter says. */
export interface MetaSources {
  paragraphs: SourceLine[];
  /** Figure captions from the body, then front-matter captions. */
  captions: SourceLine[];
  published: string;
  frontMatter: FrontMatter;
}

/**
 * Merge front matter over extraction, field by field.
 * @example mergeMeta({ ..., frontMatter: { location: "Nhà văn hóa quận", ... } }).location // "Nhà văn hóa quận"
 */
export function mergeMeta(src: MetaSources): { meta: ArticleMeta; extraction: Extraction } {
  const x = extract({ paragraphs: src.paragraphs, captions: src.captions, published: src.published });
  const fm = src.frontMatter;
  const meta: ArticleMeta = {
    eventDate: fm.eventDate ?? x.eventDate.value,
    location: fm.location ?? x.location.value,
    attendees: fm.attendees ?? x.attendees.map((l) => l.value),
    speakers: fm.speakers ?? x.speakers.map((l) => l.value),
    awards: fm.awards ?? x.awards.map((l) => l.value),
    captions: src.captions.map((c) => c.text),
  };
  return { meta, extraction: x };
}
