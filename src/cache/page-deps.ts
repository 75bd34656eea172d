/**
 * Which pages to render again. A paginated page is skipped only when its item and every part of
 * `bantin` its template read at its last render (recorded while rendering) are unchanged: the state
 * keeps one hash of the template's shared part and each item's hash (a fresh process hashes 10k
 * article pages, so each is hashed once, not again with the template's part). A single page (no pagination) whose reads are unchanged keeps its
 * file: Eleventy is handed the file's bytes instead of a render (the awards ledger alone costs 1.5 s).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { hashOf, sha1 } from "./value-hash.ts";

/** What one template's pages depended on, and what they wrote. */
export interface TemplateState {
  /** Keys of `bantin` any page of the template read (`site`, `categories`…). */
  reads: string[];
  /** It read data that depends on every page (pagination neighbours, collections): never skip its pages. */
  whole: boolean;
  /** What every page of the template shared at its last render: code, template and the data it read. */
  template: string;
  /** Hash of the item → output file (relative to the output folder) of each page rendered from an item. */
  pages: Map<string, string>;
  /** Output files of pages rendered without a fingerprint (single pages, templates not using `before`). */
  others: string[];
  /** A template with one page and no item: the fingerprint of that page when it was written. */
  single?: string;
}

/** Everything an incremental build needs from the previous one. */
export interface PagesState {
  /** Code and options the pages were rendered with: a different one renders everything. */
  version: string;
  templates: Map<string, TemplateState>;
}

/** `pagination` fields that do not depend on other pages. */
const LOCAL_PAGINATION = new Set(["items", "alias", "size", "data", "before", "addAllPagesToCollections"]);

interface Recording {
  reads: Set<string>;
  whole: boolean;
  /** Output of each rendered item. */
  outputs: Map<object, string>;
  others: string[];
}

/**
 * One build's bookkeeping: `select` picks the items to render (Eleventy's `pagination.before`),
 * `track` records what a page reads and writes, `finish` gives the new state and the stale files.
 */
export class RenderSession {
  private readonly keyHashes = new Map<string, string>();
  private readonly items = new Map<string, { list: readonly unknown[]; itemHashes: Map<unknown, string>; selected: unknown[]; same: boolean }>();
  private readonly recordings = new Map<string, Recording>();
  /** Items rendered outside Eleventy (worker threads), by template: Eleventy must skip them. */
  private readonly claimed = new Map<string, Set<unknown>>();

  constructor(
    private readonly data: Record<string, unknown>,
    private readonly version: string,
    private readonly previous: PagesState | null,
  ) {}

  private previousOf(inputPath: string): TemplateState | undefined {
    return this.previous?.version === this.version ? this.previous.templates.get(inputPath) : undefined;
  }

  private keyHash(key: string): string {
    let h = this.keyHashes.get(key);
    if (!h) {
      h = sha1(key, hashOf(this.data[key]));
      this.keyHashes.set(key, h);
    }
    return h;
  }

  /** What every page of a template shares in its fingerprint: code, template and the data it read. */
  private templateHash(inputPath: string, reads: readonly string[]): string {
    return sha1(this.version, inputPath, ...[...reads].sort().map((k) => this.keyHash(k)));
  }

  /**
   * The items of a template paginated one per page that must be rendered: new or changed ones.
   * @example pagination: { data: "bantin.people", size: 1, before: (items, d) => session.select(d.page.inputPath, items) }
   */
  select<T>(inputPath: string, list: readonly T[]): T[] {
    // Once per template and build: Eleventy passes a copy of the same list.
    const known = this.items.get(inputPath);
    if (known) {
      const claimed = this.claimed.get(inputPath);
      return (claimed ? known.selected.filter((i) => !claimed.has(i)) : known.selected) as T[];
    }
    const prev = this.previousOf(inputPath);
    // A page is kept when the template's shared part and its own item are both as they were.
    const same = prev !== undefined && !prev.whole && prev.template === this.templateHash(inputPath, prev.reads);
    const itemHashes = new Map<unknown, string>();
    const out: T[] = [];
    for (const item of list) {
      const h = hashOf(item);
      itemHashes.set(item, h);
      if (!same || !prev.pages.has(h)) out.push(item);
    }
    this.items.set(inputPath, { list, itemHashes, selected: out, same });
    return out;
  }

  /** Take `items` (from `select`) away from Eleventy: they are rendered elsewhere, see `recordExternal`. */
  claim(inputPath: string, items: readonly unknown[]): void {
    const set = this.claimed.get(inputPath) ?? new Set();
    for (const i of items) set.add(i);
    this.claimed.set(inputPath, set);
  }

  /** A page rendered outside Eleventy: its item, output file and the `bantin` keys it read. */
  recordExternal(inputPath: string, item: unknown, output: string, reads: readonly string[]): void {
    const rec = this.recording(inputPath);
    for (const k of reads) rec.reads.add(k);
    if (item !== null && typeof item === "object") rec.outputs.set(item, output);
    else rec.others.push(output);
  }

  /** The `bantin` keys the template read at its last render, if known. */
  previousReads(inputPath: string): string[] {
    return this.previous?.templates.get(inputPath)?.reads ?? [];
  }

  /** The data this session renders. */
  get siteData(): Record<string, unknown> {
    return this.data;
  }

  private recording(inputPath: string): Recording {
    let r = this.recordings.get(inputPath);
    if (!r) {
      r = { reads: new Set(), whole: false, outputs: new Map(), others: [] };
      this.recordings.set(inputPath, r);
    }
    return r;
  }

  /**
   * Wrap a page's data so reads of `bantin` keys (and of data that depends on other pages) are recorded
   * for its template; call `wrote` with the output file (relative to the output folder) once written.
   * For a single page nothing it reads has changed, `reuse` gives its file's text (Eleventy writes it
   * again) and `keep` leaves the file where it is (the direct path): either records it as written.
   */
  track<D extends Record<string, unknown>>(
    data: D,
    inputPath: string,
  ): { data: D; wrote(output: string): void; reuse(outDir: string, output: string): string | null; keep(outDir: string, output: string): boolean } {
    const rec = this.recording(inputPath);
    const bantin = data["bantin"];
    const bantinProxy =
      bantin !== null && typeof bantin === "object"
        ? new Proxy(bantin, {
            get(target, key, receiver) {
              if (typeof key === "string") rec.reads.add(key);
              return Reflect.get(target, key, receiver) as unknown;
            },
          })
        : bantin;
    const pagination = data["pagination"] as Record<string, unknown> | undefined;
    const item = pagination && Array.isArray(pagination["items"]) && pagination["items"].length === 1 ? (pagination["items"][0] as unknown) : undefined;
    const paginationProxy = pagination
      ? new Proxy(pagination, {
          get(target, key, receiver) {
            if (typeof key === "string" && !LOCAL_PAGINATION.has(key)) rec.whole = true;
            return Reflect.get(target, key, receiver) as unknown;
          },
        })
      : pagination;
    const proxied = new Proxy(data, {
      get(target, key, receiver) {
        if (key === "bantin") return bantinProxy;
        if (key === "pagination") return paginationProxy;
        if (key === "collections") rec.whole = true;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const selected = item !== undefined && this.items.get(inputPath)?.itemHashes.has(item);
    // A single page (a paginated one is decided by `select`) whose file and reads are those of last time.
    const unchanged = (output: string): boolean => {
      if (pagination) return false;
      const prev = this.previousOf(inputPath);
      if (!prev || prev.whole || prev.single === undefined || prev.pages.size || prev.others.length !== 1 || prev.others[0] !== output) return false;
      return prev.single === this.templateHash(inputPath, prev.reads);
    };
    return {
      data: proxied,
      wrote: (output) => {
        if (selected && item !== null && typeof item === "object") rec.outputs.set(item, output);
        else rec.others.push(output);
      },
      reuse: (outDir, output) => {
        if (!unchanged(output)) return null;
        let text: string;
        try {
          text = readFileSync(path.join(outDir, output), "utf8");
        } catch {
          return null;
        }
        rec.others.push(output);
        return text;
      },
      keep: (outDir, output) => {
        if (!unchanged(output) || !existsSync(path.join(outDir, output))) return false;
        rec.others.push(output);
        return true;
      },
    };
  }

  /** The state to keep for the next build, and the files of the previous build no page writes any more. */
  finish(): { state: PagesState; stale: string[] } {
    const templates = new Map<string, TemplateState>();
    for (const inputPath of new Set([...this.items.keys(), ...this.recordings.keys()])) {
      const prev = this.previousOf(inputPath);
      const rec = this.recordings.get(inputPath);
      const reads = [...new Set([...(prev?.reads ?? []), ...(rec?.reads ?? [])])].sort();
      const pages = new Map<string, string>();
      const selection = this.items.get(inputPath);
      for (const item of selection?.list ?? []) {
        const h = selection?.itemHashes.get(item) ?? "";
        // Rendered now, or kept from last time (only when `select` found the template's shared part unchanged).
        const output = (item !== null && typeof item === "object" ? rec?.outputs.get(item) : undefined) ?? (selection?.same ? prev?.pages.get(h) : undefined);
        if (output !== undefined) pages.set(h, output);
      }
      const template = this.templateHash(inputPath, reads);
      const whole = (prev?.whole ?? false) || (rec?.whole ?? false);
      const others = rec?.others ?? [];
      const single = !selection && !whole && pages.size === 0 && others.length === 1 ? template : undefined;
      templates.set(inputPath, { reads, whole, template, pages, others, ...(single ? { single } : {}) });
    }
    const state: PagesState = { version: this.version, templates };
    const now = new Set<string>();
    for (const t of templates.values()) for (const o of [...t.pages.values(), ...t.others]) now.add(o);
    const stale = new Set<string>();
    for (const t of this.previous?.templates.values() ?? []) for (const o of [...t.pages.values(), ...t.others]) if (!now.has(o)) stale.add(o);
    return { state, stale: [...stale].sort() };
  }
}

let current: RenderSession | null = null;

/** The session of the build in progress (null outside a build: everything is rendered). */
export function currentSession(): RenderSession | null {
  return current;
}

/** Start (or, with null, end) the build's session. */
export function setCurrentSession(session: RenderSession | null): void {
  current = session;
}
