/** Officials named in articles: one entry per person (spelling variants merged), with their roles over time and every article that mentions them. */
import type { Article, Person } from "../types.ts";
import { localParts } from "../text/dates.ts";
import { assignPersonUrls, nameKey, type PersonUrls } from "./people-url.ts";

/** An article as the people and awards pages link to it. */
export interface ArticleRef {
  url: string;
  title: string;
  /** ISO 8601 with +07:00. */
  published: string;
}

/** How an article mentions a person. */
export type MentionKind = "attendee" | "speaker" | "caption";

/** One article that mentions a person. */
export interface Mention {
  article: ArticleRef;
  /** The day it happened: the event date, else the day of publication (`YYYY-MM-DD`). */
  date: string;
  /** In the order attendee, speaker, caption; at least one. */
  as: MentionKind[];
  /** Roles the person was named with in this article, as written. */
  roles: string[];
}

/** A role a person was named with, and when. */
export interface RoleSpan {
  role: string;
  /** First and last day it was seen (`YYYY-MM-DD`). */
  first: string;
  last: string;
  /** Articles that name the person with this role, oldest first. */
  articles: ArticleRef[];
}

/** One official. */
export interface PersonEntry {
  /** The last segment of its URL ("dam-van-huan"). */
  key: string;
  url: string;
  /** The most used spelling (NFC, single spaces, capitalised spellings first). */
  name: string;
  /** Every other spelling seen, when the variants differ by more than case and spacing. */
  variants: string[];
  /** Roles in the order first seen; spans ordered by first day. */
  roles: RoleSpan[];
  /** Every article that mentions the person, newest first. */
  mentions: Mention[];
  counts: { articles: number; attendee: number; speaker: number; caption: number };
}

const clean = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
/** What NFC/NFD, spacing and case variants share (diacritics kept). */
const spellingKey = nameKey;
const collator = new Intl.Collator("vi");
const KINDS: readonly MentionKind[] = ["attendee", "speaker", "caption"];

const refs = new WeakMap<Article, ArticleRef>();

/**
 * An article's ref for links: one object per article, shared by every mention, role and award that
 * links to it (at 100k articles, half a million mentions would otherwise each hold a copy). Read only.
 * @example articleRef(a) === articleRef(a) // true
 */
export function articleRef(a: Article): ArticleRef {
  let ref = refs.get(a);
  if (!ref) {
    ref = { url: a.url, title: a.title, published: a.published };
    refs.set(a, ref);
  }
  return ref;
}

/** The day an article's event happened: its event date, else the local day it was published. */
export function articleDay(a: Article): string {
  if (a.meta.eventDate) return a.meta.eventDate;
  const { year, month, day } = localParts(a.published);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Vietnamese order for people: by given name (the last word), then the full name, as Vietnamese
 * lists are sorted ("Đàm Văn Huân" comes under H).
 * @example ["Đàm Văn Huân", "Lê Hồng Phú"].sort(comparePeople) // ["Đàm Văn Huân", "Lê Hồng Phú"]
 */
export function comparePeople(a: string, b: string): number {
  const given = (n: string) => n.split(" ").at(-1) ?? n;
  return collator.compare(given(a), given(b)) || collator.compare(a, b);
}

/** Text reduced to lower-case words between single spaces, so " văn huân " matches whole words only. */
const words = (s: string) => ` ${spellingKey(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;

/** Each article's captions as words, computed once. */
type CaptionWords = { article: Article; text: string }[];

/** The preferred spelling: capitalised words first, then the most used, then the first seen. */
function bestSpelling(counts: Map<string, number>): string {
  const capitalised = (s: string) => s.split(" ").every((w) => w[0] === w[0]?.toLocaleUpperCase("vi"));
  return [...counts].sort((x, y) => Number(capitalised(y[0])) - Number(capitalised(x[0])) || y[1] - x[1])[0]?.[0] ?? "";
}

interface Group {
  spellings: Map<string, number>;
  byArticle: Map<string, { article: Article; as: Set<MentionKind>; roles: string[] }>;
}

function note(groups: Map<string, Group>, a: Article, p: Person, kind: MentionKind): void {
  const key = nameKey(p.name);
  if (!key) return;
  const g = groups.get(key) ?? { spellings: new Map(), byArticle: new Map() };
  groups.set(key, g);
  const name = clean(p.name);
  g.spellings.set(name, (g.spellings.get(name) ?? 0) + 1);
  const m = g.byArticle.get(a.url) ?? { article: a, as: new Set<MentionKind>(), roles: [] };
  g.byArticle.set(a.url, m);
  m.as.add(kind);
  const role = p.role ? clean(p.role) : null;
  if (role && !m.roles.includes(role)) m.roles.push(role);
}

/** Captions by word: a spelling matches whole words only, so only captions holding its rarest word can contain it. */
type CaptionIndex = Map<string, number[]>;

function indexCaptions(captions: CaptionWords): CaptionIndex {
  const index: CaptionIndex = new Map();
  captions.forEach(({ text }, i) => {
    for (const word of new Set(text.split(/[ |]+/))) {
      if (!word) continue;
      const list = index.get(word);
      if (list) list.push(i);
      else index.set(word, [i]);
    }
  });
  return index;
}

/** Captions that may contain one of `spellings`, in caption order (a superset; `includes` decides). */
function candidates(spellings: readonly string[], index: CaptionIndex): number[] {
  const found = new Set<number>();
  for (const w of spellings) {
    const lists = w.trim().split(" ").map((word) => index.get(word) ?? []);
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a), lists[0] ?? []);
    for (const i of rarest) found.add(i);
  }
  return [...found].sort((a, b) => a - b);
}

function toEntry(url: string, g: Group, captions: CaptionWords, index: CaptionIndex): PersonEntry {
  // A caption may name a person the article does not list (a photo of a guest): count it too.
  const spellings = [...new Set([...g.spellings.keys()].map(words))];
  for (const i of candidates(spellings, index)) {
    const { article, text } = captions[i] as CaptionWords[number];
    if (!spellings.some((w) => text.includes(w))) continue;
    const m = g.byArticle.get(article.url) ?? { article, as: new Set<MentionKind>(), roles: [] };
    g.byArticle.set(article.url, m);
    m.as.add("caption");
  }
  const mentions: Mention[] = [...g.byArticle.values()]
    .map((m) => ({ article: articleRef(m.article), date: articleDay(m.article), as: KINDS.filter((k) => m.as.has(k)), roles: m.roles }))
    .sort((x, y) => y.date.localeCompare(x.date) || y.article.published.localeCompare(x.article.published));
  const spans = new Map<string, RoleSpan>();
  for (const m of [...mentions].reverse()) {
    for (const role of m.roles) {
      const s = spans.get(role) ?? { role, first: m.date, last: m.date, articles: [] };
      if (m.date < s.first) s.first = m.date;
      if (m.date > s.last) s.last = m.date;
      s.articles.push(m.article);
      spans.set(role, s);
    }
  }
  const name = bestSpelling(g.spellings);
  const variants = [...new Set([...g.spellings.keys()].filter((s) => spellingKey(s) !== spellingKey(name)))];
  const count = (k: MentionKind) => mentions.filter((m) => m.as.includes(k)).length;
  return {
    key: url.split("/").at(-2) ?? "",
    url,
    name,
    variants,
    roles: [...spans.values()].sort((x, y) => x.first.localeCompare(y.first) || x.last.localeCompare(y.last)),
    mentions,
    counts: { articles: mentions.length, attendee: count("attendee"), speaker: count("speaker"), caption: count("caption") },
  };
}

/**
 * Every person named as attendee or speaker in the articles, merged across spellings (NFC/NFD,
 * spacing, case: one person per `nameKey`), sorted in Vietnamese order by given name, and the
 * URL table the article pages link with.
 *
 * @example collectPeople(articles).people.find((p) => p.key === "dam-van-huan")?.counts // { articles: 1, attendee: 1, speaker: 1, caption: 1 }
 */
export function collectPeople(articles: readonly Article[]): { people: PersonEntry[]; urls: PersonUrls } {
  const groups = new Map<string, Group>();
  for (const a of articles) {
    for (const p of a.meta.attendees) note(groups, a, p, "attendee");
    for (const p of a.meta.speakers) note(groups, a, p, "speaker");
  }
  const captions: CaptionWords = articles.filter((a) => a.meta.captions.length).map((a) => ({ article: a, text: a.meta.captions.map(words).join("|") }));
  const urls = assignPersonUrls(groups.keys());
  const index = indexCaptions(captions);
  const people = [...groups]
    .map(([key, g]) => toEntry(urls[key] ?? "", g, captions, index))
    .sort((x, y) => comparePeople(x.name, y.name) || x.key.localeCompare(y.key));
  return { people, urls };
}

/** Officials per page of the /nhan-vat/ index. */
export const PEOPLE_PER_PAGE = 60;
