/** Officials' page URLs: one per person, where NFC/NFD, spacing and case variants are the same person but Hùng and Hưng are not. */
import { slugify } from "../text/slug.ts";

/** URL of every person's page, by `nameKey`. */
export type PersonUrls = Readonly<Record<string, string>>;

/**
 * The identity of a name: NFC, single spaces, lower case; diacritics kept, since they tell names apart.
 * @example nameKey(" Đàm  Văn Huân ".normalize("NFD")) === nameKey("đàm văn huân") // true
 */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
    // Names recur across thousands of articles; ICU lower-casing is the slow part.
    if (nameKeys.size >= 50_000) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

const nameKeys = new Map<string, string>();

/**
 * Give each distinct name a URL from its folded slug; names that fold to the same slug
 * ("Nguyễn Văn Hùng", "Nguyễn Văn Hưng") get "-2", "-3" in a stable (sorted) order.
 * @example assignPersonUrls(["Văn Hùng", "Văn Hưng"]) // { "văn hùng": "/nhan-vat/van-hung/", "văn hưng": "/nhan-vat/van-hung-2/" }
 */
export function assignPersonUrls(names: Iterable<string>): PersonUrls {
  const keys = [...new Set([...names].map(nameKey))].filter((k) => slugify(k)).sort();
  const taken = new Map<string, number>();
  const urls: Record<string, string> = {};
  for (const key of keys) {
    const base = slugify(key);
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    urls[key] = `/nhan-vat/${n === 1 ? base : `${base}-${n}`}/`;
  }
  return urls;
}

/**
 * The page of a person: from the site's URL table, else the plain folded slug.
 * @example personUrl({}, "Đàm Văn Huân") // "/nhan-vat/dam-van-huan/"
 */
export function personUrl(urls: PersonUrls, name: string): string {
  return urls[nameKey(name)] ?? `/nhan-vat/${slugify(name)}/`;
}
