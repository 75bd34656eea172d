/** Text normalisation at the boundary: every string that enters bantin goes through here. */

/**
 * NFC-normalise, drop a leading BOM and turn CRLF/CR into LF.
 * @example normalizeText("\uFEFFHoa\u0300n\r\n") // "Hoàn\n"
 */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}

/** Collapse runs of white space (including no-break spaces) to one space and trim. */
export function squashSpaces(s: string): string {
  return s.replace(/[\s\u00A0]+/g, " ").trim();
}
