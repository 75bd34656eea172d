/** The error thrown when a scraped portal article does not fit the expected layout. */

/**
 * A scraped file that does not fit the layout: says the file, the 1-based line and what was
 * expected, in Vietnamese with an English gist.
 *
 * @example
 *   throw new ScrapedFormatError("a.txt", 4, 'thiếu dòng ngày đăng "dd/mm/yyyy | HH:MM"', "expected the date line");
 *   // a.txt:4: thiếu dòng ngày đăng "dd/mm/yyyy | HH:MM" (expected the date line)
 */
export class ScrapedFormatError extends Error {
  /** The file that was being read ("<input>" when none was given). */
  readonly file: string;
  /** 1-based line of the original file where the problem is. */
  readonly line: number;

  constructor(file: string, line: number, vi: string, en: string, options?: { cause?: unknown }) {
    super(`${file}:${line}: ${vi} (${en})`, options);
    this.name = "ScrapedFormatError";
    this.file = file;
    this.line = line;
  }
}
