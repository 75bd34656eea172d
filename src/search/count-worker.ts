/** Worker side of word counting: counts the words of the articles it is sent (pure `wordWeights`). */
import { parentPort } from "node:worker_threads";
import { wordWeights } from "./terms.ts";
import type { CountReply, CountTask } from "./count-pool.ts";

parentPort?.on("message", (msg: { batch: number; tasks: CountTask[] }) => {
  const results = msg.tasks.map(([title, summary, text]) => {
    const weights = wordWeights(title, summary, text);
    return [[...weights.keys()], Uint8Array.from(weights.values())] as [string[], Uint8Array];
  });
  parentPort?.postMessage({ batch: msg.batch, results } satisfies CountReply);
});
parentPort?.postMessage({ ready: true });
