/**
 * Worker side of word counting: counts the words of the articles it is sent (pure `wordWeights`)
 * and answers with numbers: its own ids for the words, each new word's spelling sent once.
 */
import { parentPort } from "node:worker_threads";
import { wordWeights } from "./terms.ts";
import type { CountReply, CountTask } from "./count-pool.ts";

/** This thread's word ids; the main thread keeps the same list, from the `words` of each reply. */
const local = new Map<string, number>();

parentPort?.on("message", (msg: { batch: number; tasks: CountTask[] }) => {
  const words: string[] = [];
  const counted = msg.tasks.map(([title, summary, text]) => wordWeights(title, summary, text));
  const offsets = new Uint32Array(counted.length + 1);
  counted.forEach((w, i) => (offsets[i + 1] = offsets[i]! + w.size));
  const ids = new Uint32Array(offsets[counted.length]!);
  const weights = new Uint8Array(ids.length);
  let at = 0;
  for (const article of counted) {
    for (const [word, weight] of article) {
      let id = local.get(word);
      if (id === undefined) {
        id = local.size;
        local.set(word, id);
        words.push(word);
      }
      ids[at] = id;
      weights[at++] = weight;
    }
  }
  const reply: CountReply = { batch: msg.batch, words, offsets, ids, weights };
  parentPort?.postMessage(reply, [offsets.buffer, ids.buffer, weights.buffer]);
});
parentPort?.postMessage({ ready: true });
