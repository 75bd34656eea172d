/**
 * Hashes of site data values, once per object: what page fingerprints (page-deps.ts) are made of,
 * and what stored collections carry to a later process so it need not serialise them again.
 */
import { hash } from "node:crypto";
import { articleKeyOf, asKeysJson } from "./lazy-article.ts";

/**
 * sha1 of the parts, each ended by a NUL. One-shot `crypto.hash` (the same digest as updating a Hash
 * part by part): a Hash object per call cost twice as much for the 20k small hashes of a fresh process.
 */
export const sha1 = (...parts: string[]): string => hash("sha1", parts.join("\0") + "\0");

/** JSON where each cached article stands as its content key: fast, and exactly as discriminating. */
const stableJson = asKeysJson;

/**
 * Hash of each object's JSON, by identity. Site data is never changed once made, and a rebuilding
 * process keeps the objects that did not change (src/pipeline/site-data-memo.ts), so after one edit
 * only the new objects are serialised and hashed.
 */
const jsonHashes = new WeakMap<object, string>();

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype;
/** Whether a field holds an object; a getter counts as one without being called (it may deserialise on demand, src/cache/lazy-records.ts). */
const hasObjectValue = (o: object): boolean =>
  Object.keys(o).some((k) => {
    const d = Object.getOwnPropertyDescriptor(o, k);
    return d?.get !== undefined || (d?.value !== null && typeof d?.value === "object");
  });
/**
 * A list worth hashing element by element: plain objects, some holding objects themselves (an
 * official and his mentions, shared by `people` and the people index). A list of flat records (the
 * sitemap's 12k entries) is serialised whole, at once: a hash each cost three times as much.
 */
const isListOfObjects = (v: unknown): v is object[] => Array.isArray(v) && v.length > 0 && v.every(isPlainObject) && v.some(hasObjectValue);

/**
 * sha1 of `value`'s JSON (articles as their keys), once per object. A list of plain objects is
 * hashed as its elements' hashes, and so is the `items` list of a page (Page<T>): each official
 * (20 MB of mentions at 10k) is serialised once, not again for `people` and each /nhan-vat/ page.
 */
export function hashOf(value: unknown): string {
  if (value === null || typeof value !== "object") return sha1(stableJson(value));
  let h = jsonHashes.get(value);
  if (h === undefined) {
    if (isListOfObjects(value)) h = sha1("\0[", ...value.map(flatHash));
    else if (isPlainObject(value) && isListOfObjects(value["items"])) h = sha1(stableJson({ ...value, items: `\0#${hashOf(value["items"])}` }));
    else h = flatHash(value);
    jsonHashes.set(value, h);
  }
  return h;
}

/** sha1 of an object's JSON, once per object (a page's item and an element of a list share it). */
function flatHash(value: object): string {
  let h = flatHashes.get(value);
  if (h === undefined) {
    h = (isPlainObject(value) ? partsHash(value) : null) ?? sha1(stableJson(value));
    flatHashes.set(value, h);
  }
  return h;
}

/** One field of a `partsHash` object, or null when it is none of the kinds that hash holds. */
function partOf(v: unknown): string | null {
  if (typeof v === "function" || typeof v === "symbol" || typeof v === "bigint") return null;
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  const key = articleKeyOf(v);
  if (key !== null) return `§${key}`;
  if (isPlainObject(v)) return `#${hashOf(v)}`;
  if (!Array.isArray(v)) return null;
  // Plain loops, no callbacks: this runs for every page item of a fresh process, before the JIT has warmed up.
  const first: unknown = v[0];
  if (first !== null && typeof first === "object") {
    let keys = "[";
    for (let i = 0; i < v.length; i++) {
      const a: unknown = v[i];
      const k = a !== null && typeof a === "object" ? articleKeyOf(a) : null;
      if (k === null) return `@${hashOf(v)}`;
      keys += i === 0 ? k : `,${k}`;
    }
    return keys;
  }
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (x !== null && (typeof x === "object" || typeof x === "function")) return `@${hashOf(v)}`;
  }
  return `=${JSON.stringify(v)}`;
}

/** Field names as JSON, made once each (a few names, thousands of items). */
const fieldJson = new Map<string, string>();

/**
 * The hash of a plain object from its fields' parts, without serialising it whole (an article
 * page's item: its article, category and related articles, 10k of them in each fresh process):
 * articles as their keys, other objects and lists as their own `hashOf`, once per object (one
 * category, thousands of pages). Null when a field holds something else (a Map, a class): then it
 * is hashed from its JSON. The parts are told apart by their first character (a JSON primitive never
 * starts with §, #, =, @ or [).
 */
function partsHash(value: Record<string, unknown>): string | null {
  let text = "\0{";
  for (const k of Object.keys(value)) {
    const v = value[k];
    // Left out, as JSON leaves it out: a template reads undefined either way.
    if (v === undefined) continue;
    const part = partOf(v);
    if (part === null) return null;
    let name = fieldJson.get(k);
    if (name === undefined) {
      name = JSON.stringify(k);
      fieldJson.set(k, name);
    }
    text += `\0${name}\0${part}`;
  }
  return sha1(text);
}
const flatHashes = new WeakMap<object, string>();

/** The hashes `hashOf` gives a value and, for a list of plain objects, each element: see `savedHashes`. */
export interface SavedHashes {
  self: string;
  parts: string[] | null;
}

/**
 * The hashes of `value` (and of its elements), computed now if not yet, to keep with data a later
 * process reloads unchanged (src/pipeline/stored-collections.ts): `seedHashes` then spares it
 * serialising that data again (the officials' mentions are 20 MB of JSON at 10k).
 * @example const saved = savedHashes(people); // later, on an equal copy: seedHashes(copy, saved)
 */
export function savedHashes(value: object): SavedHashes {
  return { self: hashOf(value), parts: isListOfObjects(value) ? value.map(flatHash) : null };
}

/** Give `value`, deep-equal to the value `saved` was taken from, those hashes instead of computing them. */
export function seedHashes(value: object, saved: SavedHashes): void {
  jsonHashes.set(value, saved.self);
  if (saved.parts) {
    if (!isListOfObjects(value) || value.length !== saved.parts.length) throw new Error("seedHashes: not the list the hashes were taken from");
    value.forEach((v, i) => flatHashes.set(v, saved.parts?.[i] as string));
  } else if (!Array.isArray(value) && !(isPlainObject(value) && isListOfObjects(value["items"]))) {
    // `hashOf` took the flat route for it: the flat hash is the same.
    flatHashes.set(value, saved.self);
  }
}
