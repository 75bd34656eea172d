/**
 * Rendered pages on disk, by what they were rendered from (template code, item, and the value of
 * every `bantin` key the page read), so a full build copies an unchanged page instead of rendering it.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { writeFileAtomically } from "./atomic-file.ts";

/** One rendered page. */
export interface HtmlEntry {
  /** Output file, relative to the output folder. */
  output: string;
  /** `bantin` keys the page read, sorted. */
  reads: string[];
  /** Hash of the values of those keys when it was rendered. */
  readsHash: string;
  /** Pack file name and [offset, bytes] of the page in it. */
  pack: string;
  at: [number, number];
  /** The build that last used it. */
  used: number;
}

interface HtmlIndex {
  format: number;
  build: number;
  entries: Map<string, HtmlEntry>;
}

/** Bump when the index layout changes. */
const FORMAT = 1;
/** Builds an unused page survives (an incremental build uses only the pages it renders). */
const KEEP_BUILDS = 4;
/** Below this, packs are never dropped for size. */
const DROP_MIN_BYTES = 64 * 1024 * 1024;

/**
 * The page cache of one content root, in `<root>/.cache/bantin/html/`: an index (v8) and append-only
 * packs, one per writing thread and build. Several processes may share it: the index is replaced
 * atomically (last writer wins; the other only loses cache hits) and a page whose pack is gone or
 * short is rendered again.
 * @example const store = HtmlStore.open(dir); store.beginBuild(); const hit = store.get(key);
 */
export class HtmlStore {
  private dirty = false;

  private constructor(readonly dir: string, private readonly index: HtmlIndex) {}

  /** Open (or start) the cache in `dir`; a missing, old or unreadable index starts empty. */
  static open(dir: string): HtmlStore {
    mkdirSync(dir, { recursive: true });
    let index: HtmlIndex = { format: FORMAT, build: 0, entries: new Map() };
    try {
      const loaded = deserialize(readFileSync(path.join(dir, "index.v8"))) as HtmlIndex;
      if (loaded.format === FORMAT) index = loaded;
    } catch {
      // No index yet, or another format: start empty.
    }
    const sizes = packSizes(dir);
    for (const [key, e] of index.entries) if ((sizes.get(e.pack) ?? -1) < e.at[0] + e.at[1]) index.entries.delete(key);
    return new HtmlStore(dir, index);
  }

  /** Start a build: pages it does not use age by one. */
  beginBuild(): void {
    this.index.build++;
    this.dirty = true;
  }

  /** The page stored under `key`, marked as used by this build. */
  get(key: string): HtmlEntry | undefined {
    const e = this.index.entries.get(key);
    if (e) e.used = this.index.build;
    return e;
  }

  /** Record a page a worker rendered and appended to `pack`. */
  put(key: string, entry: Omit<HtmlEntry, "used">): void {
    this.index.entries.set(key, { ...entry, used: this.index.build });
    this.dirty = true;
  }

  /** The file of a pack. */
  packPath(name: string): string {
    return path.join(this.dir, name);
  }

  /**
   * Write the index, dropping pages unused for a few builds and packs nothing points to. When the
   * packs hold more than 1.5 times the bytes of the pages this build used, the pages it did not use
   * are dropped, and if the packs are still that large (live pages scattered over old packs),
   * everything: the next full build renders and stores every page again. So the disk used stays
   * under about 1.5 times the site. `everyPage`: this build looked up every page (a full build).
   */
  save(options: { everyPage?: boolean } = {}): void {
    if (!this.dirty) return;
    this.dirty = false;
    const { entries, build } = this.index;
    for (const [key, e] of entries) if (build - e.used >= KEEP_BUILDS) entries.delete(key);
    const sizes = packSizes(this.dir);
    const referenced = () => new Set([...entries.values()].map((e) => e.pack));
    const packBytes = () => [...referenced()].reduce((sum, name) => sum + (sizes.get(name) ?? 0), 0);
    // Live: the pages this build used. Once the packs hold more than 1.5 times that, the pages it
    // did not use go (their packs with them), and if that is still not enough, everything.
    let live = 0;
    for (const e of entries.values()) if (e.used === build) live += e.at[1];
    const tooBig = () => live * 3 < packBytes() * 2;
    // Only a build that looked up every page knows which pages are dead (an incremental one uses few).
    if (options.everyPage && packBytes() >= DROP_MIN_BYTES && tooBig()) {
      for (const [key, e] of entries) if (e.used !== build) entries.delete(key);
      if (tooBig()) entries.clear();
    }
    writeFileAtomically(path.join(this.dir, "index.v8"), serialize(this.index));
    const keep = referenced();
    for (const name of sizes.keys()) {
      // A pack of another build still running is not in this index yet: left alone.
      const pid = Number(name.split("-")[1]);
      const file = path.join(this.dir, name);
      if (!keep.has(name) && (pid === process.pid || !alive(pid)) && existsSync(file)) unlinkSync(file);
    }
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function packSizes(dir: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const name of readdirSync(dir)) if (name.endsWith(".pack")) sizes.set(name, statSync(path.join(dir, name)).size);
  return sizes;
}

/** A new pack file name for one writing thread. */
export function newPackName(thread: number): string {
  return `${Date.now().toString(36)}-${process.pid}-${thread}-${randomBytes(4).toString("hex")}.pack`;
}
