/** A hash table of spellings to their ids as one typed array, saved with the words cache: a fresh process looks words up without building a Map of the whole vocabulary. */

/** An empty slot. */
const EMPTY = 0xffffffff;

/** FNV-1a over UTF-16 code units. */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Slots for `words` (open addressing, at most half full): slot `hash(word) & mask`, or the next
 * free one after it, holds the word's id.
 * @example const slots = wordTable(["phố", "cổ"]); lookUp(slots, ["phố", "cổ"], "cổ") // 1
 */
export function wordTable(words: readonly string[]): Uint32Array {
  let size = 16;
  while (size < words.length * 2) size *= 2;
  const slots = new Uint32Array(size).fill(EMPTY);
  const mask = size - 1;
  words.forEach((word, id) => {
    let at = hashOf(word) & mask;
    while (slots[at] !== EMPTY) at = (at + 1) & mask;
    slots[at] = id;
  });
  return slots;
}

/**
 * The id of `word` among the words the table was made for (`words` may have more after them), or undefined.
 * @example lookUp(wordTable(["phố"]), ["phố"], "phố") // 0
 */
export function lookUp(slots: Uint32Array, words: readonly string[], word: string): number | undefined {
  const mask = slots.length - 1;
  for (let at = hashOf(word) & mask; ; at = (at + 1) & mask) {
    const id = slots[at]!;
    if (id === EMPTY) return undefined;
    if (words[id] === word) return id;
  }
}
