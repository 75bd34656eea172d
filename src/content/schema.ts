/** The front-matter schema: the one runtime definition of what an editor may write. */
import { z } from "zod";

const text = z.string().trim();
const requiredText = text.min(1);

export const personSchema = z.object({
  name: requiredText,
  role: text.nullable().default(null),
});

export const awardSchema = z.object({
  award: requiredText,
  collectives: z.number().int().nonnegative().nullable().default(null),
  individuals: z.number().int().nonnegative().nullable().default(null),
  recipients: z.array(requiredText).default([]),
  grantors: z.array(requiredText).default([]),
});

export const imageSchema = z.object({
  src: requiredText,
  alt: text.default(""),
});

/** Every field an article's front matter may have. Extraction fills what is left out. */
export const frontMatterSchema = z.object({
  /** Headline. */
  title: requiredText,
  /** Publication time, ISO 8601; without an offset it is Asia/Ho_Chi_Minh. */
  date: requiredText,
  /** Category slug from content/categories.yaml. */
  category: requiredText,
  /** Last update, ISO 8601. */
  updated: requiredText.optional(),
  author: text.nullable().optional(),
  /** Byline label printed before the author: "Tin", "Tin, ảnh", "Bài và ảnh"… */
  byline: text.optional(),
  source: text.nullable().optional(),
  summary: text.optional(),
  tags: z.array(requiredText).default([]),
  image: imageSchema.optional(),
  draft: z.boolean().default(false),
  slug: requiredText.optional(),
  /** Captions of photos that are not in the body (lost in an import, for example). */
  captions: z.array(requiredText).default([]),
  /** Page views from the old portal. */
  views: z.number().int().nonnegative().optional(),
  // Overrides for extracted metadata: front matter always wins.
  /** Day of the event, YYYY-MM-DD (anything else is BT006, see date-checks.ts). */
  eventDate: requiredText.optional(),
  location: requiredText.optional(),
  attendees: z.array(personSchema).optional(),
  speakers: z.array(personSchema).optional(),
  awards: z.array(awardSchema).optional(),
});

export type FrontMatter = z.output<typeof frontMatterSchema>;

/** Top-level keys the schema knows. */
export const KNOWN_KEYS: ReadonlySet<string> = new Set(Object.keys(frontMatterSchema.shape));

export const REQUIRED_KEYS = ["title", "date", "category"] as const;
