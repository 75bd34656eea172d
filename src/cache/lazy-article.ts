/** Articles whose HTML and text stay on disk until a page reads them, each tagged with its content key. */
import { closeSync, openSync, readSync } from "node:fs";
import { deserialize } from "node:v8";
import type { Article } from "../types.ts";
import { spanOf, type ArticleStore, type BuiltArticle, type StoredEntry } from "./article-store.ts";

const hydrated = new WeakMap<StoredEntry, BuiltArticle>();

/**
 * Where a lazy article reads its large fields: kept in a non-enumerable symbol slot of the article
 * (not in WeakMaps: 10k articles' entries cost the collector at every scavenge), and shared getters
 * reach it through `this`. `owner` is the article itself, so an object made with the article as
 * prototype is not taken for it.
 */
interface LazyState {
  owner: object;
  /** The content key (cached articles only). */
  key: string | null;
  /** The cache entry (cached articles only). */
  source: { store: ArticleStore; entry: StoredEntry } | null;
  read(field: LazyField): unknown;
  meta?: unknown;
}
const STATE = Symbol("bantin.lazyArticle");

/** The lazy state of an article made here, or undefined. */
function stateOf(value: object): LazyState | undefined {
  const s = (value as { [STATE]?: LazyState })[STATE];
  return s !== undefined && s.owner === value ? s : undefined;
}

/** While true, cached articles serialise to JSON as "§" + their key (see `asKeysJson`). */
let keysMode = false;

/**
 * The prototype of cached articles. Its `toJSON` makes JSON.stringify write each article as its key
 * while `asKeysJson` runs (natively, much faster than a replacer function), and as itself otherwise.
 * It is set once: adding and deleting it on every call changed the prototype's shape each time,
 * which cost every property access on every article its inline cache.
 */
const ARTICLE_PROTO: { toJSON(this: object): unknown } = Object.create(Object.prototype, {
  toJSON: {
    value(this: object): unknown {
      return keysMode ? `§${stateOf(this)?.key ?? ""}` : this;
    },
  },
}) as { toJSON(this: object): unknown };

/**
 * JSON of `value` where every cached article stands as "§" + its content key.
 * @example asKeysJson({ article, related: [a, b] }) // '{"article":"§9c1d…","related":["§…","§…"]}'
 */
export function asKeysJson(value: unknown): string {
  keysMode = true;
  try {
    return JSON.stringify(value) ?? "undefined";
  } finally {
    keysMode = false;
  }
}

/**
 * The content key an article was built from (bytes, path, code and context), or null for an
 * article that did not come through the cache. Two articles with one key are identical.
 * @example articleKeyOf(loaded.articles[0]) // "9c1d…"
 */
export function articleKeyOf(article: object): string | null {
  return stateOf(article)?.key ?? null;
}

/** Fields an article object reads from the pack when first used: the two large strings, and `meta` when the slim fields lack it (the index's). */
type LazyField = "html" | "text" | "meta";

/** Fills an article from slim fields of one shape: each field copied, or a shared getter defined, in order. */
type Fill = (a: Record<string, unknown>, slim: Record<string, unknown>) => void;

/**
 * One descriptor per lazy field for every article, with getters reading `this`'s state: defining
 * the same accessor pair keeps every article on one hidden class. A getter made per article (a
 * closure) sent each article object to dictionary mode, and every later property read with it.
 */
const GETTERS: Record<LazyField, PropertyDescriptor> = {
  html: { enumerable: true, configurable: false, get: htmlGetter },
  text: { enumerable: true, configurable: false, get: textGetter },
  meta: { enumerable: true, configurable: false, get: metaGetter },
};
function htmlGetter(this: object): unknown {
  return (stateOf(this) as LazyState).read("html");
}
function textGetter(this: object): unknown {
  return (stateOf(this) as LazyState).read("text");
}
/** `meta` is an object: read once per article, so every reader gets the same one. */
function metaGetter(this: object): unknown {
  const s = stateOf(this) as LazyState;
  if (!("meta" in s)) s.meta = s.read("meta");
  return s.meta;
}

/** The last fill made, and the shapes it is for: every article of a build has one of a few shapes. */
let lastFill: { fields: readonly string[]; own: string[]; fill: Fill } | null = null;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const PLAIN_NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * The fill for one shape. Compiled to straight-line code when the names are plain (as buildArticle's
 * are): a loop storing 16 different keys at one place cost 5 µs an article; the compiled stores are
 * each at their own place, as in hand-written code.
 */
function fillOf(order: readonly { field: string; lazy: PropertyDescriptor | null }[]): Fill {
  if (order.every(({ field }) => PLAIN_NAME.test(field) && field !== "__proto__")) {
    const body = order.map(({ field, lazy }) => (lazy ? `d(a, "${field}", g.${field});` : `a.${field} = s.${field};`)).join("\n");
    // The names are checked plain names: no code can come in through them from a cache file.
    return (new Function("d", "g", `return (a, s) => {\n${body}\n};`) as (d: typeof Object.defineProperty, g: typeof GETTERS) => Fill)(Object.defineProperty, GETTERS);
  }
  return (a, slim) => {
    for (const { field, lazy } of order) {
      if (lazy) Object.defineProperty(a, field, lazy);
      else a[field] = slim[field];
    }
  };
}

/** Article fields in the order buildArticle writes them (so JSON of a cached and a fresh article is the same). */
function fillFor(fields: readonly string[], slim: Record<string, unknown>): Fill {
  const own = Object.keys(slim);
  if (lastFill && lastFill.fields === fields && sameList(lastFill.own, own)) return lastFill.fill;
  const isLazy = (f: string): f is LazyField => f === "html" || f === "text" || (f === "meta" && !own.includes(f));
  const order = [...new Set([...fields, ...own, "html", "text", "meta"])].filter((f) => isLazy(f) || own.includes(f));
  const fill = fillOf(order.map((field) => ({ field, lazy: isLazy(field) ? GETTERS[field] : null })));
  lastFill = { fields, own, fill };
  return fill;
}

/**
 * An article object from its slim fields, with `html` and `text` getters (enumerable, in place)
 * reading on each access, and a `meta` getter reading once, all through `state`.
 */
function lazyArticle(proto: object | null, fields: readonly string[], slim: Record<string, unknown>, state: LazyState): Record<string, unknown> {
  const a = (proto ? Object.create(proto) : {}) as Record<string, unknown>;
  state.owner = a;
  Object.defineProperty(a, STATE, { value: state });
  fillFor(fields, slim)(a, slim);
  return a;
}

/** Reads the large fields of a cached article from its store. */
class StoreSource implements LazyState {
  owner: object = StoreSource;
  constructor(
    readonly key: string,
    private readonly store: ArticleStore,
    private readonly entry: StoredEntry,
  ) {}
  /** Made when asked (a page handed to a worker), not kept: one object fewer per article. */
  get source(): { store: ArticleStore; entry: StoredEntry } {
    return { store: this.store, entry: this.entry };
  }
  read(field: LazyField): unknown {
    return field === "meta" ? this.store.meta(this.key, this.entry) : this.store.read(this.entry, field);
  }
}

/** Reads the large fields of an article another thread described (`ArticleSource`). */
class ThreadSource implements LazyState {
  owner: object = ThreadSource;
  readonly key = null;
  readonly source = null;
  constructor(private readonly src: ArticleSource) {}
  read(field: LazyField): unknown {
    return field === "meta" ? readSlim(this.src.slimAt)["meta"] : readAt(this.src[field]);
  }
}

/**
 * The result an entry stands for. `html` and `text` are getters reading the pack on each access, so
 * 100k articles cost their metadata only. The same entry always gives the same objects.
 * @example fromEntry(store, key, entry).article?.html // read from disk now
 */
export function fromEntry(store: ArticleStore, key: string, entry: StoredEntry): BuiltArticle {
  const known = hydrated.get(entry);
  if (known) return known;
  let article: Article | null = null;
  if (entry.article) {
    article = lazyArticle(ARTICLE_PROTO, store.fields, entry.article as Record<string, unknown>, new StoreSource(key, store, entry)) as unknown as Article;
  }
  const result: BuiltArticle = { article, problems: entry.problems };
  hydrated.set(entry, result);
  return result;
}

/** Where a cached article's data is, for another thread: its slim fields, and its HTML and text as [pack file, offset, bytes]. */
export interface ArticleSource {
  fields: readonly string[];
  slim: Record<string, unknown>;
  html: [string, number, number];
  text: [string, number, number];
  /** The slim fields, v8-serialised in the pack: another thread can read them there instead of being sent them. */
  slimAt: [string, number, number];
}

/**
 * The source of a cached article (null for any other value): enough for `fromSource` to rebuild it in another thread.
 * @example sourceOf(loaded.articles[0])?.html // ["/site/.cache/bantin/articles/x.pack", 1024, 5120]
 */
export function sourceOf(value: object): ArticleSource | null {
  const source = stateOf(value)?.source;
  if (!source) return null;
  const { store, entry } = source;
  const at = (f: "html" | "text" | "slim"): [string, number, number] => [store.packPath(entry.pack), ...spanOf(entry, f)];
  return { fields: store.fields, slim: entry.article as Record<string, unknown>, html: at("html"), text: at("text"), slimAt: at("slim") };
}

const fds = new Map<string, number>();

function bytesAt([file, offset, length]: [string, number, number]): Buffer {
  const buf = Buffer.allocUnsafe(length);
  if (length === 0) return buf;
  let fd = fds.get(file);
  if (fd === undefined) {
    fd = openSync(file, "r");
    fds.set(file, fd);
  }
  if (readSync(fd, buf, 0, length, offset) !== length) throw new Error(`bantin cache: ${file} is shorter than its index says; delete its folder and build again`);
  return buf;
}

const readAt = (place: [string, number, number]): string => bytesAt(place).toString("utf8");

/**
 * The slim fields of an article read from its pack (see `ArticleSource.slimAt`).
 * @example readSlim(sourceOf(article)!.slimAt).title
 */
export function readSlim(place: [string, number, number]): Record<string, unknown> {
  return deserialize(bytesAt(place)) as Record<string, unknown>;
}

/** Close the packs this thread has open (a worker's descriptors belong to the process and outlive it). */
export function closePacks(): void {
  for (const fd of fds.values()) closeSync(fd);
  fds.clear();
}

/**
 * The article `sourceOf` described, in this thread: same fields in the same order, `html` and `text`
 * read from the pack when used.
 * @example fromSource(sourceOf(article)!).html
 */
export function fromSource(src: ArticleSource): Article {
  return lazyArticle(null, src.fields, src.slim, new ThreadSource(src)) as unknown as Article;
}

/** A cached article as another thread can rebuild it. */
export interface LazyArticleRef {
  "§lazy": ArticleSource;
}

/**
 * `value` with every cached article replaced by a reference (deep, through arrays and plain
 * objects), so posting it to a worker copies metadata only, not HTML nobody reads.
 * @example const ref = toThreadSafe({ article, related }); worker.postMessage(ref);
 */
export function toThreadSafe(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const source = sourceOf(value);
  if (source) return { "§lazy": source } satisfies LazyArticleRef;
  if (Array.isArray(value)) return value.map(toThreadSafe);
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toThreadSafe(v)]));
}

/**
 * The inverse of `toThreadSafe`, in the worker: references become articles whose `html` and `text`
 * read the pack when used, with the same fields in the same order.
 */
export function fromThreadSafe(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(fromThreadSafe);
  const ref = (value as Partial<LazyArticleRef>)["§lazy"];
  if (ref) return fromSource(ref);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromThreadSafe(v)]));
}
