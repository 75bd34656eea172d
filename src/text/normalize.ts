/** Text normalisation at the boundary: every string that enters bantin goes through here. */

/**
 * NFC-normalise, drop a leading BOM and turn CRLF/CR into LF.
 * @example normalizeText("\uFEFFHoa\u0300n\r\n") // "Hoàn\n"
 */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}

/**
 * Collapse runs of white space (including no-break spaces) to one space and trim.
 * @example squashSpaces("  Hoàn\u00A0 Kiếm\n") // "Hoàn Kiếm"
 */
export function squashSpaces(s: string): string {
  return needsSquash(s) ? s.replace(/[\s\u00A0]+/g, " ").trim() : s;
}

/** Whether `s` is not already "one ASCII space between words": most text is, and this loop is much cheaper than the regex. */
function needsSquash(s: string): boolean {
  let previous = 32; // A leading space needs trimming.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (previous === 32) return true;
    } else if ((c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) {
      return true; // Any other character \s matches.
    }
    previous = c;
  }
  return previous === 32; // A trailing space (or an empty string, which the regex leaves empty anyway).
}
