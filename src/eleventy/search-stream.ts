/**
 * Search pages fed to pagefind while they are rendered (full builds), so pagefind's own process
 * parses them on the other core instead of after the build. pagefind's index depends on the order
 * pages arrive in: they are fed in the order `indexSite` reads the folder (sorted paths), and the
 * streamed index is used only if it holds exactly the pages the folder would give; else it is dropped.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

/** Pages in flight to pagefind; the rest wait in the queue. */
const IN_FLIGHT = 16;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>["index"]>;

/** Thrown when pagefind refuses a streamed page; names it. */
export class SearchStreamError extends Error {
  override name = "SearchStreamError";
}

/** One build's streamed index. */
export class SearchStream {
  /** Output files added, in order (relative, with the platform separator, as `readdir` gives them). */
  readonly added: string[] = [];
  private readonly queue: { file: string; url: string; html: string }[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private failure: Error | null = null;
  private pumping: Promise<void> | null = null;

  private constructor(readonly index: PagefindIndex) {}

  /** Start pagefind's index; null when pagefind cannot start (the build then indexes from disk). */
  static async open(): Promise<SearchStream | null> {
    const { index } = await pagefind.createIndex({ forceLanguage: "vi" });
    return index ? new SearchStream(index) : null;
  }

  /** Pages waiting to be sent: the renderer slows down when this grows. */
  get backlog(): number {
    return this.queue.length;
  }

  /** Add a page (already given its folded copy) at `file` with URL `url`; pages must come in sorted file order. */
  add(file: string, url: string, html: string): void {
    this.added.push(file);
    this.queue.push({ file, url, html });
    this.kick();
  }

  /** Start sending unless already sending; a page added as the sender finishes starts it again. */
  private kick(): void {
    if (this.pumping || this.failure) return;
    this.pumping = this.pump().finally(() => {
      this.pumping = null;
      if (this.queue.length) this.kick();
    });
  }

  private async pump(): Promise<void> {
    while (this.queue.length && !this.failure) {
      const page = this.queue.shift() as { file: string; url: string; html: string };
      const sent: Promise<void> = this.index.addHTMLFile({ url: page.url, content: page.html }).then((r) => {
        this.inFlight.delete(sent);
        if (r.errors.length) this.failure = new SearchStreamError(`pagefind: ${page.file}: ${r.errors.join("; ")}`);
      });
      sent.catch((e: unknown) => (this.failure = e as Error));
      this.inFlight.add(sent);
      if (this.inFlight.size >= IN_FLIGHT) await Promise.race(this.inFlight).catch(() => undefined);
    }
  }

  /** Wait until every added page is indexed. */
  async drain(): Promise<void> {
    while (!this.failure && (this.pumping || this.queue.length || this.inFlight.size)) {
      this.kick();
      await this.pumping;
      await Promise.all(this.inFlight).catch(() => undefined);
    }
    if (this.failure) throw this.failure;
  }

  /**
   * True when the streamed pages are exactly, and in the same order, the pages `files` (the folder,
   * sorted) would give: the others hold no search body.
   */
  async covers(outputDir: string, files: readonly string[]): Promise<boolean> {
    const streamed = new Set(this.added);
    const inOrder = files.filter((f) => streamed.has(f));
    if (inOrder.length !== this.added.length || inOrder.some((f, i) => f !== this.added[i])) return false;
    for (const f of files) {
      if (streamed.has(f)) continue;
      if ((await readFile(path.join(outputDir, f), "utf8")).includes("data-pagefind-body")) return false;
    }
    return true;
  }
}

let stream: SearchStream | null = null;

/** Hand the build's stream to the search step (null: none). */
export function setSearchStream(s: SearchStream | null): void {
  stream = s;
}

/** The build's stream, taken once. */
export function takeSearchStream(): SearchStream | null {
  const s = stream;
  stream = null;
  return s;
}

let enabled = false;

/** The search step is part of this Eleventy config (set when its plugin is added). */
export function enableSearchStream(): void {
  enabled = true;
}

/** Whether a build should stream pages to search. */
export function searchStreamEnabled(): boolean {
  return enabled;
}
