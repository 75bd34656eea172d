/** A shard after an edit, made from its last version and the changed articles' words: no pass over every article's words. */
import { shardJson } from "./index-files.ts";
import type { TermIds } from "./vocabulary.ts";

/**
 * The new bytes of a shard holding `words` (its spellings sorted, with their ids), from its `old`
 * bytes, when the documents in `changed` (same ids as before: no article added, removed or moved)
 * now have these words. Gives the bytes a whole index would write for the shard.
 * @example patchShard(Buffer.from('{"phố":[0,1,2,1]}'), [["phố", 7]], new Map([[1, { ids: Uint32Array.of(7), weights: Uint8Array.of(3) }]])).toString() // '{"phố":[0,1,1,3,1,1]}'
 */
export function patchShard(old: Buffer, words: readonly (readonly [string, number])[], changed: ReadonlyMap<number, TermIds>): Buffer {
  const rows = JSON.parse(old.toString("utf8")) as Record<string, number[]>;
  const edited = [...changed.keys()].sort((a, b) => a - b);
  const weightIn = new Map([...changed].map(([doc, t]) => [doc, new Map(Array.from(t.ids, (v, i) => [v, t.weights[i]!]))]));
  return shardJson(words, (v, word) => {
    // A spelling like "constructor" must not find Object's own properties.
    const pairs = Object.hasOwn(rows, word) ? (rows[word] ?? []) : [];
    const docs: number[] = [];
    const weights: number[] = [];
    let next = 0;
    const addEdited = (upTo: number) => {
      for (; next < edited.length && edited[next]! < upTo; next++) {
        const w = weightIn.get(edited[next]!)?.get(v);
        if (w !== undefined) {
          docs.push(edited[next]!);
          weights.push(w);
        }
      }
    };
    let doc = 0;
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      doc += pairs[i]!;
      addEdited(doc);
      if (changed.has(doc)) continue;
      docs.push(doc);
      weights.push(pairs[i + 1]!);
    }
    addEdited(Infinity);
    return { docs, weights, from: 0, to: docs.length };
  });
}
