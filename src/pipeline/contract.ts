/** The extraction contract: one JSON object per article, from a Markdown article or a scraped file, with where each value came from. */
import { z } from "zod";
import type { Category, Located, SourceLine } from "../types.ts";
import { resolveCategory } from "../content/categories.ts";
import { parseFrontMatter } from "../content/frontmatter.ts";
import { validateFrontMatter } from "../content/validate.ts";
import { checkDates } from "../content/date-checks.ts";
import { problem, type Problem } from "../content/problems.ts";
import { renderBody } from "../markdown/render.ts";
import { normalizeText, squashSpaces } from "../text/normalize.ts";
import { readDate } from "../text/dates.ts";
import { extract } from "../extract/index.ts";
import { parseScraped } from "../import/scraped.ts";
import { scrapedLines } from "../import/scraped-lines.ts";
import { mergeMeta } from "./meta.ts";

const person = z.strictObject({ name: z.string().min(1), role: z.string().min(1).nullable() });
const count = z.number().int().nonnegative().nullable();
const award = z.strictObject({
  award: z.string().min(1),
  collectives: count,
  individuals: count,
  recipients: z.array(z.string().min(1)),
  grantors: z.array(z.string().min(1)),
});

/** The contract of `bantin extract`: exactly these fields, absent values null or []. Keep it stable. */
export const contractSchema = z.strictObject({
  title: z.string(),
  /** Category slug when it maps to a declared category, else as written. */
  category: z.string().nullable(),
  /** ISO 8601 with +07:00. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/).nullable(),
  /** Portal page views; null for Markdown unless front matter has `views`. */
  views: z.number().int().nonnegative().nullable(),
  eventDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  location: z.string().nullable(),
  author: z.string().nullable(),
  source: z.string().nullable(),
  attendees: z.array(person),
  speakers: z.array(person),
  awards: z.array(award),
  captions: z.array(z.string()),
});

export type Contract = z.infer<typeof contractSchema>;

/** Where a value came from: the editor's front matter, an extractor, or the text's own layout. */
export type Origin = "front-matter" | "extraction" | "layout";

/** One value of the contract and its source line ("attendees[0]" for list entries). */
export interface Explained {
  field: string;
  value: unknown;
  /** 1-based line in the file, or null when absent. */
  line: number | null;
  /** Null when the value is absent. */
  origin: Origin | null;
}

export interface ContractResult {
  contract: Contract;
  /** Every field (and every list entry) in contract order. */
  explain: Explained[];
}

/** Builds `explain` alongside the contract, field by field. */
class Explainer {
  readonly rows: Explained[] = [];
  one(field: string, value: unknown, line: number | null, origin: Origin): void {
    const absent = value === null || value === undefined;
    this.rows.push({ field, value: absent ? null : value, line: absent ? null : line, origin: absent ? null : origin });
  }
  list(field: string, values: readonly unknown[], line: (i: number) => number | null, origin: Origin | ((i: number) => Origin)): void {
    if (values.length === 0) this.rows.push({ field, value: [], line: null, origin: null });
    values.forEach((v, i) => this.rows.push({ field: `${field}[${i}]`, value: v, line: line(i), origin: typeof origin === "function" ? origin(i) : origin }));
  }
}

const categoryOf = (categories: readonly Category[], name: string): string => resolveCategory(categories, name)?.slug ?? name;
const values = <T>(located: readonly Located<T>[]) => located.map((l) => l.value);

/**
 * The contract of a scraped portal article. Throws ScrapedFormatError when the text does not fit the layout.
 * @example contractFromScraped(seedText, "seed.txt", categories).contract.views // 15
 */
export function contractFromScraped(text: string, file: string, categories: readonly Category[]): ContractResult {
  const a = parseScraped(text, file);
  const at = scrapedLines(text, a);
  const x = extract({ paragraphs: a.paragraphs, captions: a.captions, published: a.published });
  const contract: Contract = {
    title: a.title,
    category: categoryOf(categories, a.category),
    published: a.published,
    views: a.views,
    eventDate: x.eventDate.value,
    location: x.location.value,
    author: a.author,
    source: a.source,
    attendees: values(x.attendees),
    speakers: values(x.speakers),
    awards: values(x.awards),
    captions: a.captions.map((c) => c.text),
  };
  const e = new Explainer();
  e.one("title", contract.title, at.title, "layout");
  e.one("category", contract.category, at.category, "layout");
  e.one("published", contract.published, at.published, "layout");
  e.one("views", contract.views, at.published, "layout");
  e.one("eventDate", contract.eventDate, x.eventDate.line, "extraction");
  e.one("location", contract.location, x.location.line, "extraction");
  e.one("author", contract.author, at.author, "layout");
  e.one("source", contract.source, at.source, "layout");
  e.list("attendees", contract.attendees, (i) => x.attendees[i]?.line ?? null, "extraction");
  e.list("speakers", contract.speakers, (i) => x.speakers[i]?.line ?? null, "extraction");
  e.list("awards", contract.awards, (i) => x.awards[i]?.line ?? null, "extraction");
  e.list("captions", contract.captions, (i) => a.captions[i]?.line ?? null, "layout");
  return { contract, explain: e.rows };
}

/**
 * The contract of a Markdown article, read as the build reads it: front matter wins over extraction.
 * Returns the problems instead when the front matter cannot be read.
 *
 * @example contractFromMarkdown(text, "content/y-te/2024/a.md", categories).result?.contract.views // null
 */
export function contractFromMarkdown(
  text: string,
  file: string,
  categories: readonly Category[],
): { result: ContractResult | null; problems: Problem[] } {
  const parsed = parseFrontMatter(normalizeText(text), file);
  if (!parsed.parsed) return { result: null, problems: parsed.problems };
  const { data, body, bodyLine, keyLines } = parsed.parsed;
  const { value: fm, problems } = validateFrontMatter(data, file, keyLines);
  if (!fm) return { result: null, problems };
  const key = (k: string) => keyLines.get(k) ?? null;
  const date = readDate(fm.date);
  if (!date.ok) problems.push(problem("BT006", { file, line: key("date") ?? 1, field: "date" }, `"${fm.date}" không phải ngày hợp lệ. Dùng dạng YYYY-MM-DDTHH:mm, ví dụ "2021-01-12T16:14".`));
  const published = date.ok ? date.iso : null;
  // An event day the build refuses (not a YYYY-MM-DD day) is refused here too: it would break the contract.
  problems.push(...checkDates(fm, (field) => ({ file, line: key(field) ?? 1, field })).problems.filter((p) => p.field === "eventDate"));

  const rendered = renderBody(body, bodyLine);
  const captionLine = key("captions") ?? 1;
  const orphans: SourceLine[] = fm.captions.map((c, i) => ({ text: squashSpaces(c), line: captionLine + 1 + i }));
  const captions = [...rendered.captions, ...orphans];
  // Without a valid date the year of a day like "8/1" cannot be inferred; extraction still runs.
  const { meta, extraction: x } = mergeMeta({ paragraphs: rendered.paragraphs, captions, published: published ?? "", frontMatter: fm });
  const contract: Contract = {
    title: squashSpaces(fm.title),
    category: categoryOf(categories, fm.category),
    published,
    views: fm.views ?? null,
    eventDate: meta.eventDate,
    location: meta.location,
    author: fm.author ? squashSpaces(fm.author) : null,
    source: fm.source ? squashSpaces(fm.source) : null,
    attendees: meta.attendees,
    speakers: meta.speakers,
    awards: meta.awards,
    captions: meta.captions,
  };
  const e = new Explainer();
  const fromFm = (k: "eventDate" | "location" | "attendees" | "speakers" | "awards") => fm[k] !== undefined;
  e.one("title", contract.title, key("title"), "front-matter");
  e.one("category", contract.category, key("category"), "front-matter");
  e.one("published", contract.published, key("date"), "front-matter");
  e.one("views", contract.views, key("views"), "front-matter");
  e.one("eventDate", contract.eventDate, fromFm("eventDate") ? key("eventDate") : x.eventDate.line, fromFm("eventDate") ? "front-matter" : "extraction");
  e.one("location", contract.location, fromFm("location") ? key("location") : x.location.line, fromFm("location") ? "front-matter" : "extraction");
  e.one("author", contract.author, key("author"), "front-matter");
  e.one("source", contract.source, key("source"), "front-matter");
  for (const k of ["attendees", "speakers", "awards"] as const) {
    const own = fromFm(k);
    e.list(k, contract[k], (i) => (own ? key(k) : (x[k][i]?.line ?? null)), own ? "front-matter" : "extraction");
  }
  // Figure captions come from the body; captions without a photo from the front-matter list.
  e.list("captions", contract.captions, (i) => captions[i]?.line ?? null, (i) => (i < rendered.captions.length ? "layout" : "front-matter"));
  return { result: { contract, explain: e.rows }, problems };
}
