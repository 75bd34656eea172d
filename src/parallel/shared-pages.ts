/**
 * Page items packed once into shared memory for every page worker: each cached article stands as
 * where it is in the article cache's pack (its fields, HTML and text are read from there by the
 * worker that renders it), and each value is serialised on its own, so a worker decodes only what
 * it renders and no thread copies the lot.
 */
import { deserialize, serialize } from "node:v8";
import { fromSource, readSlim, sourceOf } from "../cache/lazy-article.ts";

/** Bytes per shared chunk: values are appended until one is full, so no second copy of everything is made. */
const CHUNK = 16 * 1024 * 1024;

/** Serialised values in shared chunks; value i is at `where[3i..3i+2]` = chunk, start, end. */
export interface SharedValues {
  chunks: SharedArrayBuffer[];
  where: Uint32Array;
}

/** Stands for a cached article inside an encoded value: pack number, then offset and bytes of its fields, HTML and text. */
interface ArticleMark {
  "§a": [number, number, number, number, number, number, number];
  /** Its field order, when not the common one. */
  f?: readonly string[];
}

/** What decoding needs besides the values: the packs marks point into, and the common field order. */
export interface ArticlePacks {
  packs: string[];
  fields: readonly string[];
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
 * The main thread's side: encodes values, each cached article as a mark.
 * @example const enc = new SharedEncoder(); const items = enc.values(list); worker.postMessage({ items, articles: enc.articles() });
 */
export class SharedEncoder {
  private readonly marks = new WeakMap<object, ArticleMark>();
  private readonly packs = new Map<string, number>();
  private fields: readonly string[] | null = null;

  /** `value` with every cached article replaced by its mark (deep, through arrays and plain objects). */
  encode(value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    const known = this.marks.get(value);
    if (known) return known;
    const source = sourceOf(value);
    if (source) {
      // Fields are the same for every article of a build: sent once, not with each article.
      this.fields ??= source.fields;
      const pack = source.slimAt[0];
      let p = this.packs.get(pack);
      if (p === undefined) this.packs.set(pack, (p = this.packs.size));
      const mark: ArticleMark = { "§a": [p, source.slimAt[1], source.slimAt[2], source.html[1], source.html[2], source.text[1], source.text[2]] };
      if (source.fields !== this.fields) mark.f = source.fields;
      this.marks.set(value, mark);
      return mark;
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

  /** The packs the marks so far point into, with the common field order. */
  articles(): ArticlePacks {
    return { packs: [...this.packs.keys()], fields: this.fields ?? [] };
  }
}

/** Read value `i` of `values`. */
function read(values: SharedValues, i: number): unknown {
  const chunk = values.chunks[values.where[3 * i] as number] as SharedArrayBuffer;
  const start = values.where[3 * i + 1] as number;
  const end = values.where[3 * i + 2] as number;
  // Read in place: a written value is never written again.
  return deserialize(new Uint8Array(chunk, start, end - start));
}

/** Decoded articles kept per worker: pages near each other in path order share related articles. */
const KEEP = 4096;

/**
 * The worker's side: decodes values, rebuilding marked articles (fields read from the pack at once,
 * HTML and text when used).
 * @example const dec = new SharedDecoder(msg.articles); const item = dec.item(msg.items, 7);
 */
export class SharedDecoder {
  private readonly recent = new Map<string, unknown>();

  constructor(private table: ArticlePacks) {}

  /** A newer table (it only grows). */
  update(table: ArticlePacks): void {
    this.table = table;
  }

  private article(mark: ArticleMark): unknown {
    const [p, so, sl, ho, hl, to, tl] = mark["§a"];
    const pack = this.table.packs[p] as string;
    const id = `${pack}:${so}`;
    let a = this.recent.get(id);
    if (a !== undefined) {
      // Most recently used last.
      this.recent.delete(id);
      this.recent.set(id, a);
      return a;
    }
    a = fromSource({ fields: mark.f ?? this.table.fields, slim: readSlim([pack, so, sl]), html: [pack, ho, hl], text: [pack, to, tl], slimAt: [pack, so, sl] });
    this.recent.set(id, a);
    if (this.recent.size > KEEP) this.recent.delete(this.recent.keys().next().value as string);
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
    if ("§a" in value) return this.article(value as ArticleMark);
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = this.decode(o[k]);
    return o;
  }

  /** Value `i` of `values`, decoded. */
  item(values: SharedValues, i: number): unknown {
    return this.decode(read(values, i));
  }
}
