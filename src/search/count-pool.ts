/** Count many articles' words on worker threads: a cold build of 10k articles has 60 MB of text to read. */
import { Worker } from "node:worker_threads";

/** Title, summary and text of one article. */
export type CountTask = readonly [title: string, summary: string, text: string];
/** Worker → main thread: each article's spellings and their weights. */
export interface CountReply {
  batch: number;
  results: (readonly [words: string[], weights: Uint8Array])[];
}

const BATCH = 64;

/**
 * The word weights of `tasks` (as `wordWeights` gives them), counted on `threads` workers; in the
 * order of `tasks`. `task(i)` is asked for each article only when its batch is sent, so the texts
 * are not all held at once.
 * @example const weights = await countOnWorkers(articles.length, (i) => [a.title, a.summary, a.text], 2);
 */
export async function countOnWorkers(count: number, task: (i: number) => CountTask, threads: number): Promise<Map<string, number>[]> {
  const results = new Array<Map<string, number>>(count);
  let next = 0;
  const module = new URL("./count-worker.ts", import.meta.url).href;
  const entry = new URL("../parallel/worker-entry.mjs", import.meta.url);
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(threads, Math.ceil(count / BATCH))) }, () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(entry, { workerData: { module }, execArgv: [] });
          workers.push(worker);
          const send = () => {
            if (next >= count) return resolve();
            const from = next;
            next = Math.min(count, next + BATCH);
            const tasks: CountTask[] = [];
            for (let i = from; i < next; i++) tasks.push(task(i));
            worker.postMessage({ batch: from, tasks });
          };
          worker.on("message", (msg: CountReply | { ready: true }) => {
            if ("ready" in msg) return send();
            msg.results.forEach(([words, weights], i) => {
              const m = new Map<string, number>();
              words.forEach((w, j) => m.set(w, weights[j] ?? 0));
              results[msg.batch + i] = m;
            });
            send();
          });
          worker.on("error", reject);
          worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`search: a word-counting thread stopped (exit ${code})`))));
        }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
