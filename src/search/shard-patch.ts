/** A shard after an edit, made from its last bytes: the rows of the words the edit changed are spliced where the edited articles sit, every other byte copied. */
import { ByteWriter } from "./bytes.ts";
import type { TermIds } from "./vocabulary.ts";

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const BRACE_OPEN = 0x7b;
const BRACE_CLOSE = 0x7d;
const BACKSLASH = 0x5c;

/** One row of a shard's bytes: `"spelling":[…]` spans `start` to `end` (exclusive), its numbers `from` to `to`. */
interface Entry {
  start: number;
  end: number;
  from: number;
  to: number;
}

/**
 * The rows of a shard as the index writes it (`{"a":[…],"b":[…]}`), or null when the bytes are not
 * in that form (or a spelling holds an escape: then the caller makes the shard from postings).
 */
function entries(bytes: Buffer): Entry[] | null {
  const out: Entry[] = [];
  const n = bytes.length;
  if (n < 2 || bytes[0] !== BRACE_OPEN || bytes[n - 1] !== BRACE_CLOSE) return null;
  if (n === 2) return out;
  for (let i = 1; ; i++) {
    const start = i;
    if (bytes[i] !== QUOTE) return null;
    const close = bytes.indexOf(QUOTE, i + 1);
    if (close < 0 || bytes.subarray(i + 1, close).includes(BACKSLASH)) return null;
    if (bytes[close + 1] !== COLON || bytes[close + 2] !== OPEN) return null;
    const from = close + 3;
    const to = bytes.indexOf(CLOSE, from);
    if (to < 0) return null;
    out.push({ start, end: to + 1, from, to });
    i = to + 1;
    if (i === n - 1) return out;
    if (bytes[i] !== COMMA) return null;
  }
}

/** Writes patched shards; one for the process, its buffer reused. */
const writer = new ByteWriter();

/** The changed documents (ascending ids) and each one's weight of a spelling id, if it has it. */
interface Edited {
  docs: number[];
  weight: (doc: number, v: number) => number | undefined;
}

/**
 * Write the row of spelling `v` after the edit: the old row's pairs (`from` to `to` of `old`, none
 * for a new word) with the edited documents put in, changed or taken out. Pairs before the first
 * edited document and after the last are copied as bytes, not decoded. Returns false when no
 * document holds the spelling any more (nothing written).
 */
function writeRow(old: Buffer, from: number, to: number, v: number, edited: Edited): boolean {
  const edits = edited.docs;
  let e = 0;
  // The last document written, and the last one read from the old row: a pair copied as it is
  // keeps its delta, right only while both are the same.
  let last = 0;
  let prevOld = 0;
  let any = false;
  let spanStart = -1;
  let spanEnd = -1;
  const flush = () => {
    if (spanStart < 0) return;
    if (any) writer.ascii(",");
    writer.bytes(old, spanStart, spanEnd);
    any = true;
    spanStart = -1;
  };
  const emit = (doc: number, weight: number) => {
    flush();
    if (any) writer.ascii(",");
    writer.uint(doc - last);
    writer.ascii(",");
    writer.uint(weight);
    last = doc;
    any = true;
  };
  let i = from;
  while (i < to) {
    if (e >= edits.length && prevOld === last) {
      // Past every edited document: the rest of the row is as it was.
      if (spanStart < 0) spanStart = i;
      spanEnd = to;
      break;
    }
    let delta = 0;
    let j = i;
    for (; old[j] !== COMMA; j++) delta = delta * 10 + old[j]! - 48;
    let weight = 0;
    let k = j + 1;
    for (; k < to && old[k] !== COMMA; k++) weight = weight * 10 + old[k]! - 48;
    const doc = prevOld + delta;
    for (; e < edits.length && edits[e]! < doc; e++) {
      const w = edited.weight(edits[e]!, v);
      if (w !== undefined) emit(edits[e]!, w);
    }
    if (e < edits.length && edits[e] === doc) {
      const w = edited.weight(doc, v);
      if (w !== undefined) emit(doc, w);
      e++;
    } else if (prevOld === last) {
      if (spanStart < 0) spanStart = i;
      spanEnd = k;
      last = doc;
    } else emit(doc, weight);
    prevOld = doc;
    i = k + 1;
  }
  for (; e < edits.length; e++) {
    const w = edited.weight(edits[e]!, v);
    if (w !== undefined) emit(edits[e]!, w);
  }
  flush();
  return any;
}

/**
 * The new bytes of a shard from its `old` bytes, when the documents in `changed` (same ids as
 * before: no article added, removed or moved) now have these words. `words` are the shard's
 * spellings whose rows may change (sorted, with their ids); every other row is copied as it is.
 * Gives the bytes a whole index would write for the shard, or null when `old` is not a shard.
 * @example patchShard(Buffer.from('{"phố":[0,1,2,1]}'), [["phố", 7]], new Map([[1, { ids: Uint32Array.of(7), weights: Uint8Array.of(3) }]]))?.toString() // '{"phố":[0,1,1,3,1,1]}'
 */
export function patchShard(old: Buffer, words: readonly (readonly [string, number])[], changed: ReadonlyMap<number, TermIds>): Buffer | null {
  const rows = entries(old);
  if (!rows) return null;
  const weightIn = new Map([...changed].map(([doc, t]) => [doc, new Map(Array.from(t.ids, (v, i) => [v, t.weights[i]!]))]));
  const edited: Edited = { docs: [...changed.keys()].sort((a, b) => a - b), weight: (doc, v) => weightIn.get(doc)?.get(v) };
  writer.truncate(0);
  writer.ascii("{");
  let first = true;
  // Untouched rows are copied as runs of bytes.
  let copyFrom = -1;
  let copyTo = -1;
  const flush = () => {
    if (copyFrom < 0) return;
    if (!first) writer.ascii(",");
    writer.bytes(old, copyFrom, copyTo);
    first = false;
    copyFrom = -1;
  };
  const keep = (e: Entry) => {
    if (copyFrom < 0) copyFrom = e.start;
    copyTo = e.end;
  };
  const write = (word: string, v: number, row: Entry | null) => {
    flush();
    const mark = writer.length;
    if (!first) writer.ascii(",");
    writer.utf8(JSON.stringify(word));
    writer.ascii(":[");
    // A spelling no document holds any more is not in the index.
    if (!writeRow(old, row?.from ?? 0, row?.to ?? 0, v, edited)) return writer.truncate(mark);
    writer.ascii("]");
    first = false;
  };
  let w = 0;
  for (const row of rows) {
    // Keys are compared only while changed words remain: the rest of the shard is one copy.
    if (w >= words.length) {
      keep(row);
      continue;
    }
    const key = old.toString("utf8", row.start + 1, row.from - 3);
    for (; w < words.length && words[w]![0] < key; w++) write(words[w]![0], words[w]![1], null);
    if (w < words.length && words[w]![0] === key) {
      write(key, words[w]![1], row);
      w++;
    } else keep(row);
  }
  for (; w < words.length; w++) write(words[w]![0], words[w]![1], null);
  flush();
  writer.ascii("}");
  return writer.take();
}
