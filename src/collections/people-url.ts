/** The URL of an official's page, from their name: NFC/NFD and spacing variants give the same URL. */
import { slugify } from "../text/slug.ts";

/** Normalise a name for grouping: NFC, single spaces, trimmed. */
export function personKey(name: string): string {
  return slugify(name.normalize("NFC").replace(/\s+/g, " ").trim());
}

/**
 * @example personUrl("Đàm  Văn Huân") // "/nhan-vat/dam-van-huan/"
 */
export function personUrl(name: string): string {
  return `/nhan-vat/${personKey(name)}/`;
}
