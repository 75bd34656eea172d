/** A growable byte buffer for writing JSON of numbers without making a string per number (100 MB of shards at 100k articles). */

/**
 * Bytes written in order; `take()` copies them out and starts again (the buffer is reused).
 * @example const w = new ByteWriter(); w.ascii("["); w.uint(42); w.ascii("]"); w.take().toString() // "[42]"
 */
export class ByteWriter {
  private buf = Buffer.allocUnsafe(1 << 16);
  private len = 0;

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + n));
    this.buf.copy(bigger, 0, 0, this.len);
    this.buf = bigger;
  }

  /** Text that is ASCII already (punctuation, keys). */
  ascii(s: string): void {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.len++] = s.charCodeAt(i);
  }

  /** Any text, as UTF-8. */
  utf8(s: string): void {
    this.room(s.length * 3);
    this.len += this.buf.write(s, this.len, "utf8");
  }

  /** A whole number ≥ 0 in decimal. */
  uint(n: number): void {
    this.room(16);
    if (n < 10) {
      this.buf[this.len++] = 48 + n;
      return;
    }
    // Digits counted first, then written from the last: no temporary view per number.
    let digits = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
    let at = this.len + digits;
    this.len = at;
    while (n > 0) {
      this.buf[--at] = 48 + (n % 10);
      n = Math.floor(n / 10);
    }
  }

  /** Bytes `start` to `end` of `from`, as they are. */
  bytes(from: Uint8Array, start: number, end: number): void {
    this.room(end - start);
    this.buf.set(from.subarray(start, end), this.len);
    this.len += end - start;
  }

  /** Bytes written so far. */
  get length(): number {
    return this.len;
  }

  /** Forget what was written after the first `length` bytes. */
  truncate(length: number): void {
    this.len = Math.min(this.len, length);
  }

  /** The bytes so far, copied out; the writer is empty again. */
  take(): Buffer {
    const out = Buffer.from(this.buf.subarray(0, this.len));
    this.len = 0;
    return out;
  }
}
