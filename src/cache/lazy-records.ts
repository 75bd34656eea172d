/**
 * Lists of records (plain objects) saved so that a later process deserialises their heavy fields only
 * when they are read: the officials' roles and mentions are 120k objects at 10k articles, and a build
 * that renders none of their pages need not make them.
 */
import { deserialize, serialize } from "node:v8";

/** A list of records as saved: light fields as they are; heavy fields per record in one blob; objects shared between records once, in a table. */
export interface PackedRecords {
  /** Each record's light fields. */
  heads: Record<string, unknown>[];
  /** Field orders (records of one kind share one), and each record's. */
  orders: string[][];
  orderOf: number[];
  /** Each record's heavy fields, v8-serialised one after another: record i is bytes at[i] to at[i + 1]. */
  heavy: Uint8Array;
  at: number[];
  /** Objects reached from more than one record (an article's ref in many officials' mentions), v8-serialised together. */
  shared: Uint8Array;
}

/** Stands for `shared[i]` in a record's heavy fields. */
const MARK = "§shared";

const isPlain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Count how often each plain object under `value` is reached, visiting each once. Arrays are not
 * counted (one reached twice is saved twice: equal, not shared), which halves the work.
 */
function count(value: unknown, seen: Map<object, number>): void {
  if (Array.isArray(value)) {
    for (const v of value) if (v !== null && typeof v === "object") count(v, seen);
    return;
  }
  if (!isPlain(value)) return;
  const n = seen.get(value) ?? 0;
  seen.set(value, n + 1);
  if (n > 0) return;
  for (const k in value) {
    const v = value[k];
    if (v !== null && typeof v === "object") count(v, seen);
  }
}

/** `value` with every shared object replaced by its mark: only what holds one is copied (a mention, not its lists of strings). */
function mark(value: unknown, index: Map<object, number>): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let j = 0; j < value.length; j++) {
      const m = mark(value[j], index);
      if (m !== value[j]) (out ??= value.slice())[j] = m;
    }
    return out ?? value;
  }
  if (!isPlain(value)) return value;
  const i = index.get(value);
  if (i !== undefined) return { [MARK]: i };
  let out: Record<string, unknown> | null = null;
  for (const k of Object.keys(value)) {
    const m = mark(value[k], index);
    if (m !== value[k]) (out ??= { ...value })[k] = m;
  }
  return out ?? value;
}

/** The inverse of `mark`, in place (the value is freshly deserialised). */
function unmark(value: unknown, shared: () => unknown[]): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = unmark(value[i], shared);
    return value;
  }
  if (!isPlain(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === MARK) return shared()[value[MARK] as number];
  for (const k of keys) value[k] = unmark(value[k], shared);
  return value;
}

/**
 * Pack `records` with the fields named `heavy` apart (see `unpackRecords`).
 * @example const packed = packRecords(people, ["roles", "mentions"]); unpackRecords(packed)[0].roles
 */
export function packRecords(records: readonly object[], heavy: readonly string[]): PackedRecords {
  const isHeavy = new Set(heavy);
  const parts = records.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => isHeavy.has(k))));
  const seen = new Map<object, number>();
  for (const p of parts) for (const v of Object.values(p)) if (v !== null && typeof v === "object") count(v, seen);
  const table = [...seen].filter(([, n]) => n > 1).map(([o]) => o);
  const index = new Map(table.map((o, i) => [o, i]));
  const orders: string[][] = [];
  const orderIds = new Map<string, number>();
  const orderOf: number[] = [];
  const heads: Record<string, unknown>[] = [];
  const blobs: Buffer[] = [];
  const at = [0];
  records.forEach((r, i) => {
    const keys = Object.keys(r);
    const sig = keys.join("\0");
    let id = orderIds.get(sig);
    if (id === undefined) {
      id = orders.push(keys) - 1;
      orderIds.set(sig, id);
    }
    orderOf.push(id);
    heads.push(Object.fromEntries(Object.entries(r).filter(([k]) => !isHeavy.has(k))));
    const blob = serialize(mark(parts[i], index));
    blobs.push(blob);
    at.push((at[at.length - 1] as number) + blob.length);
  });
  return { heads, orders, orderOf, heavy: Buffer.concat(blobs), at, shared: serialize(table) };
}

/**
 * The records `packRecords` packed: equal to them (same fields in the same order, as JSON), each heavy
 * field a getter that deserialises the record's heavy fields once, when first read. Objects that were
 * shared between records are shared again.
 * @example unpackRecords(packed).length === people.length
 */
export function unpackRecords<T extends object>(packed: PackedRecords): T[] {
  let table: unknown[] | undefined;
  const shared = () => (table ??= deserialize(packed.shared) as unknown[]);
  const heavy = Buffer.from(packed.heavy.buffer, packed.heavy.byteOffset, packed.heavy.byteLength);
  return packed.heads.map((head, i) => {
    const record: Record<string, unknown> = {};
    let fields: Record<string, unknown> | undefined;
    const load = () => (fields ??= unmark(deserialize(heavy.subarray(packed.at[i], packed.at[i + 1])), shared) as Record<string, unknown>);
    for (const k of packed.orders[packed.orderOf[i] as number] ?? []) {
      if (Object.hasOwn(head, k)) record[k] = head[k];
      else Object.defineProperty(record, k, { enumerable: true, get: () => load()[k] });
    }
    return record as T;
  });
}
