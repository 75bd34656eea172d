/**
 * The article cache's index as written to disk: in columns (every field of every entry in one array,
 * numbers in typed arrays) rather than 10k objects with their own keys, which v8 reads back in less
 * than half the time and with far fewer objects for the collector to copy.
 */
import type { FileStamp, IndexData, IndexedArticle, StoredEntry } from "./article-store-types.ts";
import type { Problem } from "../content/problems.ts";

/** The layout of `index.v8` (see `encodeIndex`). */
export interface IndexFile {
  format: number;
  id: string;
  build: number;
  fields: string[];
  /** Entry keys, in the index's order; entry i is row i of every column below. */
  keys: string[];
  /** Field orders of the articles (one for nearly all), and each entry's (-1: no article). */
  shapes: string[][];
  shapeOf: Int32Array;
  /** Every article's values in its shape's order, one article after another (fields in `tables` as places in their table). */
  values: unknown[];
  /**
   * Fields whose strings repeat across articles (category, author, byline, source, tags): each value a
   * place in the field's table of distinct strings (a list: a list of places), so they are read once
   * and shared, not 10k times each. "one": null or a string (table[0] is null); "list": strings.
   */
  tables: [field: string, kind: "one" | "list", table: (string | null)[]][];
  /** Problems of the entries that have any, by row. */
  problems: Map<number, Problem[]>;
  /** Pack file names, and each entry's. */
  packs: string[];
  packOf: Int32Array;
  /** Six numbers a row: [offset, bytes] of the HTML, the text and the slim article. */
  spans: Float64Array;
  used: Int32Array;
  /** File stamps: files; [size, mtimeMs] two a row; hashes concatenated (all the same length, `hashLength`). */
  stampFiles: string[];
  stampNumbers: Float64Array;
  stampHashes: string;
  hashLength: number;
  /** Each stamp's article key ("" for none) and its context, as a place in `stampContexts` (-1 for none). */
  stampKeys: string[];
  stampContexts: string[];
  stampContextOf: Int32Array;
}

/** A field stored as places in a table of its distinct strings (see `IndexFile.tables`), with the places of each string. */
interface FieldCode {
  kind: "one" | "list";
  table: (string | null)[];
  place: Map<string | null, number>;
}

/** Fields whose values are all strings (or null), or all lists of strings, with few distinct strings: worth a table. */
function fieldCodes(articles: readonly (Record<string, unknown> | null)[]): Map<string, FieldCode> {
  const stats = new Map<string, { one: boolean; list: boolean; count: number; distinct: Set<string> }>();
  for (const a of articles) {
    if (!a) continue;
    for (const k of Object.keys(a)) {
      const v = a[k];
      let st = stats.get(k);
      if (!st) stats.set(k, (st = { one: true, list: true, count: 0, distinct: new Set() }));
      if (typeof v === "string") {
        st.list = false;
        st.count++;
        st.distinct.add(v);
      } else if (Array.isArray(v) && v.every((x) => typeof x === "string")) {
        st.one = false;
        st.count += v.length;
        for (const x of v as string[]) st.distinct.add(x);
      } else if (v === null) st.list = false;
      else st.one = st.list = false;
    }
  }
  const codes = new Map<string, FieldCode>();
  for (const [k, st] of stats) {
    if ((!st.one && !st.list) || st.distinct.size > Math.max(16, st.count / 4)) continue;
    const table: (string | null)[] = st.one ? [null, ...st.distinct] : [...st.distinct];
    codes.set(k, { kind: st.one ? "one" : "list", table, place: new Map(table.map((x, j) => [x, j])) });
  }
  return codes;
}

function encodeValue(code: FieldCode | undefined, v: unknown): unknown {
  if (!code) return v;
  if (code.kind === "one") return code.place.get(v as string | null);
  return (v as string[]).map((x) => code.place.get(x));
}

/** Places in `table` made strings again, in the list itself (it was just read). */
function fromPlaces(places: unknown[], table: readonly (string | null)[]): unknown[] {
  for (let j = 0; j < places.length; j++) places[j] = table[places[j] as number];
  return places;
}

/**
 * The columns of an index, for `v8.serialize`.
 * @example writeFileSync(file, serialize(encodeIndex(index)))
 */
export function encodeIndex(index: IndexData, format: number): IndexFile {
  const n = index.entries.size;
  const keys: string[] = [];
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  const shapeOf = new Int32Array(n);
  const values: unknown[] = [];
  const problems = new Map<number, Problem[]>();
  const packs: string[] = [];
  const packIds = new Map<string, number>();
  const packOf = new Int32Array(n);
  const spans = new Float64Array(n * 6);
  const used = new Int32Array(n);
  const codes = fieldCodes([...index.entries.values()].map((e) => e.article as Record<string, unknown> | null));
  let i = 0;
  for (const [key, e] of index.entries) {
    keys.push(key);
    if (e.article) {
      const shape = Object.keys(e.article);
      const sig = shape.join("\0");
      let id = shapeIds.get(sig);
      if (id === undefined) {
        id = shapes.push(shape) - 1;
        shapeIds.set(sig, id);
      }
      shapeOf[i] = id;
      for (const k of shape) values.push(encodeValue(codes.get(k), (e.article as Record<string, unknown>)[k]));
    } else shapeOf[i] = -1;
    if (e.problems.length) problems.set(i, e.problems);
    let p = packIds.get(e.pack);
    if (p === undefined) {
      p = packs.push(e.pack) - 1;
      packIds.set(e.pack, p);
    }
    packOf[i] = p;
    const s6 = i * 6;
    spans[s6] = e.htmlAt;
    spans[s6 + 1] = e.htmlBytes;
    spans[s6 + 2] = e.textAt;
    spans[s6 + 3] = e.textBytes;
    spans[s6 + 4] = e.slimAt;
    spans[s6 + 5] = e.slimBytes;
    used[i] = e.used;
    i++;
  }
  const stampFiles = [...index.stamps.keys()];
  const stamps = [...index.stamps.values()];
  const hashLength = stamps[0]?.hash.length ?? 0;
  // A hash of another length (none today) cannot share the concatenation: the stamp is dropped, and the file read again once.
  const kept = stamps.map((s, j) => (s.hash.length === hashLength ? j : -1)).filter((j) => j >= 0);
  const stampNumbers = new Float64Array(kept.length * 2);
  const stampKeys: string[] = [];
  const stampContexts: string[] = [];
  const contextIds = new Map<string, number>();
  const stampContextOf = new Int32Array(kept.length);
  kept.forEach((j, r) => {
    const st = stamps[j] as FileStamp;
    stampNumbers[r * 2] = st.size;
    stampNumbers[r * 2 + 1] = st.mtimeMs;
    let c = -1;
    if (st.key !== undefined && st.keyContext !== undefined) {
      c = contextIds.get(st.keyContext) ?? -1;
      if (c < 0) contextIds.set(st.keyContext, (c = stampContexts.push(st.keyContext) - 1));
    }
    stampKeys.push(c < 0 ? "" : (st.key as string));
    stampContextOf[r] = c;
  });
  return {
    format,
    id: index.id,
    build: index.build,
    fields: index.fields,
    keys,
    shapes,
    shapeOf,
    values,
    tables: [...codes].map(([field, c]) => [field, c.kind, c.table]),
    problems,
    packs,
    packOf,
    spans,
    used,
    stampFiles: kept.map((j) => stampFiles[j] as string),
    stampNumbers,
    stampHashes: kept.map((j) => (stamps[j] as FileStamp).hash).join(""),
    hashLength,
    stampKeys,
    stampContexts,
    stampContextOf,
  };
}

const PLAIN_NAME = /^[A-Za-z_$][\w$]*$/;

type Maker = (values: unknown[], at: number) => Record<string, unknown>;
type Tables = ReadonlyMap<string, { kind: "one" | "list"; table: readonly (string | null)[] }>;

/**
 * A function making an object of `shape` from `values` at `at` (fields in `tables` looked up in
 * theirs): an object literal compiled for the shape when its keys are plain names (built field by
 * field, 10k articles' 160k keyed stores took 50 ms; the literal takes a few), else a loop.
 */
export function makerOf(shape: readonly string[], tables: Tables = new Map()): Maker {
  const ts = shape.map((k) => tables.get(k));
  if (shape.every((k) => PLAIN_NAME.test(k) && k !== "__proto__")) {
    const fields = shape.map((k, i) => {
      const t = ts[i];
      const v = `v[p + ${i}]`;
      return `${k}: ${!t ? v : t.kind === "one" ? `T[${i}][${v}]` : `L(${v}, T[${i}])`}`;
    });
    // The keys are checked plain names: no code can come in through them from a cache file.
    const make = new Function("T", "L", `return (v, p) => ({ ${fields.join(", ")} });`) as (t: unknown[], l: typeof fromPlaces) => Maker;
    return make(ts.map((t) => t?.table), fromPlaces);
  }
  return (values, at) => {
    const o: Record<string, unknown> = {};
    shape.forEach((k, i) => {
      const t = ts[i];
      const v = values[at + i];
      o[k] = !t ? v : t.kind === "one" ? t.table[v as number] : fromPlaces(v as unknown[], t.table);
    });
    return o;
  };
}

/** The problems of the (many) entries that have none: one frozen list for all, not 10k empty ones (nothing adds to a built result's problems). */
const NO_PROBLEMS = Object.freeze([]) as unknown as Problem[];

/**
 * The index `encodeIndex` wrote, as the store keeps it in memory.
 * @example const index = decodeIndex(deserialize(readFileSync(file)) as IndexFile)
 */
export function decodeIndex(file: IndexFile): IndexData {
  const entries = new Map<string, StoredEntry>();
  const { keys, shapes, shapeOf, values, problems, packs, packOf, spans, used } = file;
  const makers: Maker[] = [];
  const tables: Tables = new Map(file.tables.map(([field, kind, table]) => [field, { kind, table }]));
  let v = 0;
  for (let i = 0; i < keys.length; i++) {
    const shape = shapes[shapeOf[i] as number];
    let article: IndexedArticle | null = null;
    if (shape) {
      article = (makers[shapeOf[i] as number] ??= makerOf(shape, tables))(values, v) as IndexedArticle;
      v += shape.length;
    }
    const s = i * 6;
    entries.set(keys[i] as string, {
      article,
      problems: problems.get(i) ?? NO_PROBLEMS,
      pack: packs[packOf[i] as number] as string,
      htmlAt: spans[s] as number,
      htmlBytes: spans[s + 1] as number,
      textAt: spans[s + 2] as number,
      textBytes: spans[s + 3] as number,
      slimAt: spans[s + 4] as number,
      slimBytes: spans[s + 5] as number,
      used: used[i] as number,
    });
  }
  const stamps = new Map<string, FileStamp>();
  const { stampFiles, stampNumbers, stampHashes, hashLength, stampKeys, stampContexts, stampContextOf } = file;
  for (let j = 0; j < stampFiles.length; j++) {
    const stamp: FileStamp = { size: stampNumbers[j * 2] as number, mtimeMs: stampNumbers[j * 2 + 1] as number, hash: stampHashes.slice(j * hashLength, (j + 1) * hashLength) };
    const c = stampContextOf[j] as number;
    if (c >= 0) {
      stamp.key = stampKeys[j] as string;
      stamp.keyContext = stampContexts[c] as string;
    }
    stamps.set(stampFiles[j] as string, stamp);
  }
  return { format: file.format, id: file.id, build: file.build, fields: file.fields, entries, stamps };
}
