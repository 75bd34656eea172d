/**
 * Page items packed once into shared memory for every page worker: each cached article is written
 * once (pages share related articles) and stands as its number elsewhere, and each value is
 * serialised on its own, so a worker decodes only what it renders and no thread copies the lot.
 */
import { deserialize, serialize } from "node:v8";
import { fromSource, sourceOf, type ArticleSource } from "../cache/lazy-article.ts";

/** Bytes per shared chunk: values are appended until one is full, so no second copy of everything is made. */
const CHUNK = 16 * 1024 * 1024;

/** Serialised values in shared chunks; value i is at `where[3i..3i+2]` = chunk, start, end. */
export interface SharedValues {
  chunks: SharedArrayBuffer[];
  where: Uint32Array;
}

/** Stands for article number `n` of the table inside an encoded value. */
interface ArticleMark {
  "§a": number;
}

/** Appends serialised values to shared chunks. */
class ChunkWriter {
  readonly chunks: SharedArrayBuffer[] = [];
  private readonly where: number[] = [];
  private used = CHUNK;

  add(value: unknown): number {
    const bytes = serialize(value);
    if (this.used + bytes.length > (this.chunks.at(-1)?.byteLength ?? 0)) {
      this.chunks.push(new SharedArrayBuffer(Math.max(CHUNK, bytes.length)));
      this.used = 0;
    }
    new Uint8Array(this.chunks.at(-1) as SharedArrayBuffer, this.used, bytes.length).set(bytes);
    this.where.push(this.chunks.length - 1, this.used, this.used + bytes.length);
    this.used += bytes.length;
    return this.where.length / 3 - 1;
  }

  /** What was written so far (chunks are shared, so later additions are seen by whoever gets a later `where`). */
  snapshot(): SharedValues {
    return { chunks: [...this.chunks], where: Uint32Array.from(this.where) };
  }
}

/**
 * The main thread's side: encodes values, writing each cached article once into the article table.
 * @example const enc = new SharedEncoder(); const items = enc.values(list); worker.postMessage({ items, articles: enc.articles() });
 */
export class SharedEncoder {
  private readonly table = new Map<object, number>();
  private readonly articleWriter = new ChunkWriter();
  private fields: readonly string[] | null = null;

  /** `value` with every cached article replaced by its mark (deep, through arrays and plain objects). */
  encode(value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    const known = this.table.get(value);
    if (known !== undefined) return { "§a": known } satisfies ArticleMark;
    const source = sourceOf(value);
    if (source) {
      // Fields are the same for every article of a build: sent once, not with each article.
      if (this.fields === null) this.fields = source.fields;
      const n = this.articleWriter.add([source.fields === this.fields ? null : source.fields, source.slim, source.html, source.text]);
      this.table.set(value, n);
      return { "§a": n } satisfies ArticleMark;
    }
    if (Array.isArray(value)) return value.map((v) => this.encode(v));
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = this.encode(v);
    return out;
  }

  /** Encode every value of `list` into shared chunks of its own. */
  values(list: readonly unknown[]): SharedValues {
    const w = new ChunkWriter();
    for (const v of list) w.add(this.encode(v));
    return w.snapshot();
  }

  /** The article table as it is now, with the common field order. */
  articles(): { values: SharedValues; fields: readonly string[] } {
    return { values: this.articleWriter.snapshot(), fields: this.fields ?? [] };
  }
}

/** Read value `i` of `values`. */
function read(values: SharedValues, i: number): unknown {
  const chunk = values.chunks[values.where[3 * i] as number] as SharedArrayBuffer;
  const start = values.where[3 * i + 1] as number;
  const end = values.where[3 * i + 2] as number;
  // deserialize needs an unshared copy; values are small.
  return deserialize(Buffer.from(new Uint8Array(chunk, start, end - start)));
}

/** Decoded articles kept per worker: pages near each other in path order share related articles. */
const KEEP = 4096;

/**
 * The worker's side: decodes values, rebuilding marked articles (HTML and text read from the pack when used).
 * @example const dec = new SharedDecoder(msg.articles); const item = dec.item(msg.items, 7);
 */
export class SharedDecoder {
  private readonly recent = new Map<number, unknown>();

  constructor(private table: { values: SharedValues; fields: readonly string[] }) {}

  /** A newer table (it only grows). */
  update(table: { values: SharedValues; fields: readonly string[] }): void {
    this.table = table;
  }

  private article(n: number): unknown {
    let a = this.recent.get(n);
    if (a !== undefined) {
      // Most recently used last.
      this.recent.delete(n);
      this.recent.set(n, a);
      return a;
    }
    const [fields, slim, html, text] = read(this.table.values, n) as [readonly string[] | null, Record<string, unknown>, ArticleSource["html"], ArticleSource["text"]];
    a = fromSource({ fields: fields ?? this.table.fields, slim, html, text });
    this.recent.set(n, a);
    if (this.recent.size > KEEP) this.recent.delete(this.recent.keys().next().value as number);
    return a;
  }

  /** The inverse of `SharedEncoder.encode`. */
  decode(value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.decode(value[i]);
      return value;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    const mark = (value as Partial<ArticleMark>)["§a"];
    if (mark !== undefined) return this.article(mark);
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = this.decode(o[k]);
    return o;
  }

  /** Value `i` of `values`, decoded. */
  item(values: SharedValues, i: number): unknown {
    return this.decode(read(values, i));
  }
}
