/** The types of bantin, in one place: content in, typed articles out. */

/** A category, declared once in `content/categories.yaml`. */
export interface Category {
  /** URL slug, e.g. `trat-tu-do-thi`. */
  slug: string;
  /** Vietnamese display name, e.g. "Trật tự đô thị". */
  name: string;
  /** One sentence for the category page and its feed. */
  description: string;
  /** Position in menus and on the home page (ascending). */
  order: number;
  /** Other names the old portal used for it (the importer maps them here). */
  aliases: string[];
}

/** A person named in an article: an attendee or a speaker. */
export interface Person {
  /** The name alone, NFC, without honorifics ("Đàm Văn Huân"). */
  name: string;
  /** The role as written ("Phó Chủ tịch UBND quận"), or null when none is given. */
  role: string | null;
}

/** An award actually conferred at the event. */
export interface Award {
  /** The kind as written, capitalised: "Giấy khen", "Bằng khen", "Cờ thi đua"… */
  award: string;
  /** How many collectives (tập thể) received it; null when the text does not say. */
  collectives: number | null;
  /** How many individuals (cá nhân) received it; null when the text does not say. */
  individuals: number | null;
  /** Named recipients, when the text names them. */
  recipients: string[];
  /** Who conferred it ("UBND quận"), in order of mention. */
  grantors: string[];
}

/** A line of source text with the 1-based line it came from in its file. */
export interface SourceLine {
  /** The text, NFC, with Markdown stripped. */
  text: string;
  /** 1-based line number in the source file. */
  line: number;
}

/** What the extractors read: plain paragraphs and captions of one article. */
export interface ExtractInput {
  /** Body paragraphs in order, plain text. */
  paragraphs: SourceLine[];
  /** Photo captions in order, plain text. */
  captions: SourceLine[];
  /** Publication time, ISO 8601 with offset ("2021-01-12T16:14:00+07:00"), used to infer years. */
  published: string | null;
}

/** A value found by an extractor, with the source line it came from (null when not found). */
export interface Located<T> {
  value: T;
  line: number | null;
}

/** Everything the extractors find in one article. */
export interface Extraction {
  /** The day the event happened, `YYYY-MM-DD`. */
  eventDate: Located<string | null>;
  /** Where the event happened, as written. */
  location: Located<string | null>;
  /** People named as attending, in order. */
  attendees: Located<Person>[];
  /** People reported as speaking or presenting, each once, in order of first appearance. */
  speakers: Located<Person>[];
  /** Awards conferred. */
  awards: Located<Award>[];
}

/** One extractor: a pure function from the article text to one field of the extraction. */
export interface Extractor<K extends keyof Extraction = keyof Extraction> {
  /** The field it fills. */
  field: K;
  /** Never throws; returns the empty value when nothing is found. */
  run(input: ExtractInput): Extraction[K];
}

/** An image with its alternative text. */
export interface ImageRef {
  /** Site-relative path, e.g. `/images/le-hoi-pho-co.jpg`. */
  src: string;
  /** Alternative text for readers who cannot see it. */
  alt: string;
}

/** The metadata of an article, after front matter has been merged over extraction. */
export interface ArticleMeta {
  eventDate: string | null;
  location: string | null;
  attendees: Person[];
  speakers: Person[];
  awards: Award[];
  /** All photo captions: figures in the body first, then captions without a photo. */
  captions: string[];
}

/** A published (or draft) article: what every layout receives. Plain data, safe to cache. */
export interface Article {
  /** Path of the source file relative to the project root, e.g. `content/tin-tuc/2021/abc.md`. */
  file: string;
  /** URL slug, unique across the site. */
  slug: string;
  /** Site-relative URL with trailing slash, e.g. `/tin-tuc/abc/`. */
  url: string;
  title: string;
  /** Category slug. */
  category: string;
  /** Publication time, ISO 8601 with +07:00. */
  published: string;
  /** Last update time, ISO 8601 with +07:00 (defaults to `published`). */
  updated: string;
  author: string | null;
  /** Byline label printed before the author ("Tin", "Tin, ảnh"); null prints "Tin". */
  byline: string | null;
  source: string | null;
  /** Short summary: from front matter, else the first paragraph, trimmed. */
  summary: string;
  tags: string[];
  image: ImageRef | null;
  draft: boolean;
  /** Body rendered to HTML by markdown-it (raw HTML disabled). */
  html: string;
  /** Body as plain text, for search and feeds. */
  text: string;
  /** Captions whose photo is not in the body (shown after it as captions without a photo). */
  orphanCaptions: string[];
  /** Page views from the old portal, when imported; null otherwise. */
  views: number | null;
  meta: ArticleMeta;
}
