/** Reads one article scraped from the old district portal into plain, NFC, line-numbered data. */

import type { SourceLine } from "../types.ts";
import { splitCaptions } from "./scraped-captions.ts";
import { ScrapedFormatError } from "./scraped-error.ts";

export { ScrapedFormatError } from "./scraped-error.ts";

/** One scraped portal article, before it becomes Markdown. */
export interface ScrapedArticle {
  /** The portal category, printed once ("Thông tin hoạt động Đảng- Tổ chức chính trị xã hội"). */
  category: string;
  /** The headline. */
  title: string;
  /** Publication time, ISO 8601 with +07:00 ("2021-01-12T16:14:00+07:00"). */
  published: string;
  /** "Lượt xem" on the portal; null when the line does not give it. */
  views: number | null;
  /** Body paragraphs, in order, with their line in the file. */
  paragraphs: SourceLine[];
  /** Photo captions (the short paragraphs just before the byline), in order. */
  captions: SourceLine[];
  /** The byline's name ("Bích Ngọc"), or null. */
  author: string | null;
  /** The byline's label ("Tin", "Tin, ảnh", "Ảnh", "Tác giả bài viết"), or null for a bare name. */
  bylineLabel: string | null;
  /** The source in parentheses after the byline ("UBMTTQ quận"), or null. */
  source: string | null;
}

interface Line {
  text: string;
  line: number;
}

const NEWLINE = /\r\n|\r|\n/;
const SPACES = /[\s\u00A0\u2007\u202F\uFEFF]+/g;
const DATE_LINE =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s*\|\s*(\d{1,2}):(\d{2})(?:\s*\|\s*Lượt xem\s*:\s*(\d[\d.,]*))?\s*\|?$/u;
const POLL = /^Bình chọn(?![\p{L}\p{M}])/u;
const SOURCE = /^\((.+)\)$/u;
const LABELLED_BYLINE =
  /^(Tin, ảnh|Tin và ảnh|Tin, bài|Bài, ảnh|Bài và ảnh|Tin|Bài|Ảnh|Tác giả bài viết|Tác giả|Người viết|Nguồn tin)\s*:\s*(.+)$/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]*\.?$/u;

/** Collapses every kind of space to one ASCII space and trims. */
function clean(text: string): string {
  return text.replace(SPACES, " ").trim();
}

/** A bare byline: one to six capitalised words, at most 50 characters, no final full stop. */
function isBareName(text: string): boolean {
  if (text.length > 50 || text.endsWith(".")) return false;
  const words = text.split(" ");
  return words.length >= 1 && words.length <= 6 && words.every((w) => NAME_WORD.test(w));
}

/** Line 1 prints the category twice ("X X"); returns it once (a single print is accepted too). */
function readCategory(text: string): string {
  const half = (text.length - 1) / 2;
  if (Number.isInteger(half) && text[half] === " " && text.slice(0, half) === text.slice(half + 1)) {
    return text.slice(0, half);
  }
  return text;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function readDateLine(at: Line, file: string): { published: string; views: number | null } {
  const m = DATE_LINE.exec(at.text);
  if (!m) {
    throw new ScrapedFormatError(
      file,
      at.line,
      `thiếu dòng ngày đăng dạng "dd/mm/yyyy | HH:MM | Lượt xem: N", gặp "${at.text.slice(0, 60)}"`,
      "expected the date line after the title",
    );
  }
  const [day, month, year, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || hour > 23 || minute > 59) {
    throw new ScrapedFormatError(
      file,
      at.line,
      `ngày đăng "${at.text.slice(0, 20)}" không phải ngày giờ hợp lệ`,
      "the date line holds an impossible date or time",
    );
  }
  const views = m[6] === undefined ? null : Number(m[6].replace(/[.,]/g, ""));
  return {
    published: `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+07:00`,
    views,
  };
}

/**
 * Parses a scraped portal article. Accepts NFC or NFD, LF or CRLF, with or without BOM; all text
 * comes out NFC with spaces collapsed. Line numbers are 1-based lines of the original file.
 * Throws {@link ScrapedFormatError} when the text does not fit the layout.
 *
 * @example
 *   const a = parseScraped(readFileSync("hoan-kiem.txt", "utf8"), "hoan-kiem.txt");
 *   a.published; // "2021-01-12T16:14:00+07:00"
 *   a.author;    // "Bích Ngọc"
 */
export function parseScraped(text: string, file = "<input>"): ScrapedArticle {
  const raw = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines: Line[] = [];
  raw
    .normalize("NFC")
    .split(NEWLINE)
    .forEach((t, i) => {
      const c = clean(t);
      if (c !== "") lines.push({ text: c, line: i + 1 });
    });

  const [first, second, third] = lines;
  if (!first) throw new ScrapedFormatError(file, 1, "tệp rỗng", "the file is empty");
  if (!second || DATE_LINE.test(second.text)) {
    throw new ScrapedFormatError(
      file,
      second?.line ?? first.line,
      "thiếu tiêu đề sau dòng chuyên mục",
      "expected the title after the category line",
    );
  }
  if (!third) {
    throw new ScrapedFormatError(file, second.line + 1, "thiếu dòng ngày đăng sau tiêu đề", "expected the date line");
  }
  const { published, views } = readDateLine(third, file);

  let end = lines.findIndex((l, i) => i > 2 && POLL.test(l.text));
  if (end < 0) end = lines.length;
  const rest = lines.slice(3, end);

  let source: string | null = null;
  let author: string | null = null;
  let bylineLabel: string | null = null;
  // The byline and the source close the article, in either order.
  for (let k = 0; k < 2 && rest.length > 1; k++) {
    const last = rest[rest.length - 1]!.text;
    const src = source === null ? SOURCE.exec(last) : null;
    const labelled = author === null ? LABELLED_BYLINE.exec(last) : null;
    if (src) {
      source = clean(src[1]!.replace(/^Nguồn\s*:\s*/u, ""));
    } else if (labelled) {
      bylineLabel = labelled[1]!;
      author = clean(labelled[2]!);
    } else if (author === null && isBareName(last)) {
      author = last;
    } else {
      break;
    }
    rest.pop();
  }

  if (rest.length === 0) {
    throw new ScrapedFormatError(
      file,
      third.line + 1,
      "bài không có đoạn nội dung nào sau dòng ngày đăng",
      "expected at least one body paragraph",
    );
  }
  const { paragraphs, captions } = splitCaptions(rest.map((l) => ({ text: l.text, line: l.line })));
  return {
    category: readCategory(first.text),
    title: second.text,
    published,
    views,
    paragraphs,
    captions,
    author,
    bylineLabel,
    source,
  };
}
