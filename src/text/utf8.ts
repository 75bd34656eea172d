/** Bytes → text for content files: strict UTF-8 and a blank check, without building throwaway strings. */
import { isUtf8 } from "node:buffer";

/**
 * Whether the bytes are only white space as `/^\s*$/` sees them read as Latin-1 (tab to CR, space, no-break space 0xA0).
 * @example isBlank(new TextEncoder().encode(" \n\t")) // true
 */
export function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b !== 32 && (b < 9 || b > 13) && b !== 0xa0) return false;
  }
  return true;
}

/**
 * The text of strict UTF-8 bytes (one leading BOM dropped, as TextDecoder does), or null when the
 * bytes are not UTF-8 or hold a NUL. Same answers as `new TextDecoder("utf-8", { fatal: true })`, at
 * about half the cost (simdutf validation, then a plain decode).
 * @example readUtf8(new TextEncoder().encode("Hoàn Kiếm")) // "Hoàn Kiếm"
 */
export function readUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (text.includes("\u0000")) return null;
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
