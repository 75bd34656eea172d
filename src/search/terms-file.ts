/**
 * The main file of the words cache: a small head (format, stamp, vocabulary, keys, offsets), then
 * every entry's words as two raw arrays, read from the file only for the entries asked for: after
 * an edit a build needs a few of 10k articles' words, not the 10 MB.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import type { TermIds } from "./vocabulary.ts";
import { writeFileAtomically } from "../cache/atomic-file.ts";

/** What the head holds: the words of `keys[i]` are entries `offsets[i] .. offsets[i + 1])` of the body. */
export interface Head {
  format: string;
  /** Names this version of the main file: a journal belongs to exactly one. */
  stamp: string;
  /** The vocabulary: its words joined by "\n" (one string reads faster than 50k), their table and block hashes. */
  words: string;
  table: Uint32Array;
  blocks: string[];
  keys: string[];
  offsets: Uint32Array;
}

const MAGIC = 0x31575442; // "BTW1"
/** Magic, head length, entries in the body: three 32-bit numbers. */
const PREFIX = 12;
/** Entries read one at a time before the whole body is read at once (a full build asks for every one). */
const ONE_BY_ONE = 32;

const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Closed already.
  }
});

/** Read exactly `into.byteLength` bytes at `position`. */
function readFully(fd: number, into: Uint8Array, position: number): void {
  let done = 0;
  while (done < into.length) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw new Error("words cache: file shorter than its head says");
    done += n;
  }
}

/**
 * A main file open for reading. It keeps the file open: a build that replaces the file meanwhile
 * renames a new one into place, and this one still reads the bytes it opened.
 * @example const main = MainFile.open(file); main?.entry(main.head.keys.indexOf(key))
 */
export class MainFile {
  private body: { ids: Uint32Array; weights: Uint8Array } | null = null;
  private reads = 0;

  private constructor(
    private fd: number | null,
    readonly head: Head,
    private readonly start: number,
    private readonly total: number,
  ) {
    if (fd !== null) closer.register(this, fd, this);
  }

  /** The main file at `file`, or null when it is missing or not in this layout (then the cache starts empty). */
  static open(file: string): MainFile | null {
    let fd: number;
    try {
      fd = openSync(file, "r");
    } catch {
      return null;
    }
    try {
      const prefix = new Uint32Array(3);
      readFully(fd, new Uint8Array(prefix.buffer), 0);
      const [magic, headLength, total] = prefix as unknown as [number, number, number];
      const start = align(PREFIX + headLength);
      if (magic !== MAGIC || fstatSync(fd).size !== start + total * 5) throw new Error("words cache: other layout");
      const bytes = new Uint8Array(headLength);
      readFully(fd, bytes, PREFIX);
      const head = deserialize(bytes) as Head;
      if (!(head.offsets instanceof Uint32Array) || head.offsets.length !== head.keys.length + 1 || head.offsets[head.keys.length] !== total || !(head.table instanceof Uint32Array)) throw new Error("words cache: damaged head");
      return new MainFile(fd, head, start, total);
    } catch {
      closeSync(fd);
      return null;
    }
  }

  /** Entry `i`'s words. */
  entry(i: number): TermIds {
    const from = this.head.offsets[i]!;
    const to = this.head.offsets[i + 1]!;
    if (!this.body && ++this.reads > ONE_BY_ONE) this.readBody();
    if (this.body) return { ids: this.body.ids.subarray(from, to), weights: this.body.weights.subarray(from, to) };
    const ids = new Uint32Array(to - from);
    const weights = new Uint8Array(to - from);
    readFully(this.fd!, new Uint8Array(ids.buffer), this.start + from * 4);
    readFully(this.fd!, weights, this.start + this.total * 4 + from);
    return { ids, weights };
  }

  private readBody(): void {
    const ids = new Uint32Array(this.total);
    const weights = new Uint8Array(this.total);
    readFully(this.fd!, new Uint8Array(ids.buffer), this.start);
    readFully(this.fd!, weights, this.start + this.total * 4);
    this.body = { ids, weights };
    this.close();
  }

  /** Close the file (entries already read stay readable only when the whole body was read). */
  close(): void {
    if (this.fd === null) return;
    closer.unregister(this);
    closeSync(this.fd);
    this.fd = null;
  }
}

/** The body starts at a multiple of 4, so that it reads straight into 32-bit arrays. */
function align(n: number): number {
  return (n + 3) & ~3;
}

/**
 * Write a main file: the head, then the arrays (in this machine's byte order: the cache is local).
 * @example writeMainFile(file, { format, stamp, words, table, blocks, keys, offsets }, ids, weights)
 */
export function writeMainFile(file: string, head: Head, ids: Uint32Array, weights: Uint8Array): void {
  const headBytes = serialize(head);
  const start = align(PREFIX + headBytes.length);
  const out = Buffer.alloc(start + ids.length * 5);
  out.set(new Uint8Array(Uint32Array.of(MAGIC, headBytes.length, ids.length).buffer), 0);
  headBytes.copy(out, PREFIX);
  out.set(new Uint8Array(ids.buffer, ids.byteOffset, ids.byteLength), start);
  out.set(weights, start + ids.length * 4);
  writeFileAtomically(file, out);
}
