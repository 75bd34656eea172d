/** Escaping for XML text and attributes (feeds, sitemaps). */

/** @example xmlEscape(`a < b & "c"`) // "a &lt; b &amp; &quot;c&quot;" */
export function xmlEscape(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 forbids (control characters) are dropped, so a feed always parses.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}
