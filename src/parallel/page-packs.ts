/** A page worker's file work: writing pages, appending them to its pack of the page cache, and copying cached pages out. */
import { closeSync, mkdirSync, openSync, readSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { newPackName } from "../cache/html-store.ts";

/** Where a cached page is: pack file (absolute), offset, bytes. */
export type PackPlace = [string, number, number];

/** Writes pages into the output folder, keeps a copy of each in its own pack, and reads cached pages back. */
export class PageFiles {
  private pack: { name: string; fd: number; size: number } | null = null;
  private readonly readers = new Map<string, number>();

  /** `packDir`: the page cache folder, or null for no cache. */
  constructor(private readonly packDir: string | null) {}

  /** Write `html` at `file`; returns where its copy went in this thread's pack (null without a cache, or when `keep` is false). */
  write(file: string, html: string, keep: boolean): [string, number, number] | null {
    const bytes = Buffer.from(html, "utf8");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    if (!this.packDir || !keep) return null;
    if (!this.pack) {
      const name = newPackName(threadId);
      this.pack = { name, fd: openSync(path.join(this.packDir, name), "w"), size: 0 };
    }
    writeSync(this.pack.fd, bytes, 0, bytes.length, this.pack.size);
    const at: [string, number, number] = [this.pack.name, this.pack.size, bytes.length];
    this.pack.size += bytes.length;
    return at;
  }

  /** Copy a cached page to `file`; false when its pack is gone or short (the page is rendered instead). */
  copy(file: string, [pack, offset, length]: PackPlace): boolean {
    try {
      let fd = this.readers.get(pack);
      if (fd === undefined) {
        fd = openSync(pack, "r");
        this.readers.set(pack, fd);
      }
      const bytes = Buffer.allocUnsafe(length);
      if (readSync(fd, bytes, 0, length, offset) !== length) return false;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, bytes);
      return true;
    } catch {
      return false;
    }
  }

  /** Close every file (a worker's descriptors belong to the process and outlive the thread). */
  close(): void {
    if (this.pack) closeSync(this.pack.fd);
    this.pack = null;
    for (const fd of this.readers.values()) closeSync(fd);
    this.readers.clear();
  }
}
