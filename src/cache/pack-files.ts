/**
 * The pack files of an article cache folder: append-only files holding each article's HTML, text and
 * slim fields, read back by offset. Each process appends to a pack of its own, so writers never meet.
 */
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

/** The pack a process writes into. */
interface WritePack {
  name: string;
  fd: number;
  size: number;
}

/**
 * Open packs (one descriptor each, kept) and the pack this process appends to.
 * @example const packs = new PackFiles(dir); const [at, n] = packs.append("<p>…</p>"); packs.read(packs.current(), at, n);
 */
export class PackFiles {
  private readonly fds = new Map<string, number>();
  private writing: WritePack | null = null;

  constructor(private readonly dir: string) {}

  /** Every pack in the folder, by name, with its size in bytes. */
  sizes(): Map<string, number> {
    const sizes = new Map<string, number>();
    for (const name of readdirSync(this.dir).filter((f) => f.endsWith(".pack"))) sizes.set(name, statSync(path.join(this.dir, name)).size);
    return sizes;
  }

  /** The file of a pack, for readers in other threads. */
  path(name: string): string {
    return path.join(this.dir, name);
  }

  /** The pack this process appends to, made on first use. */
  current(): string {
    return this.writePack().name;
  }

  /** The pack this process appends to, if it has made one. */
  get writingName(): string | null {
    return this.writing?.name ?? null;
  }

  /** Append to a fresh pack from the next write on (compaction). */
  startNew(): void {
    this.writing = null;
  }

  /** Append `s` to this process's pack; its offset and length ([0, 0] when empty). */
  append(s: string | Buffer): [number, number] {
    if (!s.length) return [0, 0];
    const pack = this.writePack();
    const buf = typeof s === "string" ? Buffer.from(s, "utf8") : s;
    writeSync(pack.fd, buf, 0, buf.length, pack.size);
    const at: [number, number] = [pack.size, buf.length];
    pack.size += buf.length;
    return at;
  }

  /** `length` bytes of pack `name` from `offset`; a pack shorter than that is a broken cache. */
  read(name: string, offset: number, length: number): Buffer {
    const buf = Buffer.allocUnsafe(length);
    if (length === 0) return buf;
    const got = readSync(this.fd(name), buf, 0, length, offset);
    if (got !== length) throw new Error(`bantin cache: ${this.path(name)} is shorter than its index says; delete ${this.dir} and build again`);
    return buf;
  }

  /** Close and delete a pack. */
  unlink(name: string): void {
    const fd = this.fds.get(name);
    if (fd !== undefined) closeSync(fd);
    this.fds.delete(name);
    const file = this.path(name);
    if (existsSync(file)) unlinkSync(file);
  }

  private writePack(): WritePack {
    if (!this.writing) {
      const name = `${Date.now().toString(36)}-${process.pid}-${randomBytes(4).toString("hex")}.pack`;
      const fd = openSync(this.path(name), "w+");
      this.writing = { name, fd, size: 0 };
      this.fds.set(name, fd);
    }
    return this.writing;
  }

  private fd(name: string): number {
    let fd = this.fds.get(name);
    if (fd === undefined) {
      fd = openSync(this.path(name), "r");
      this.fds.set(name, fd);
    }
    return fd;
  }
}
