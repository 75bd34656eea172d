/** Count many articles' words on worker threads: a cold build of 10k articles has 60 MB of text to read. */
import { Worker } from "node:worker_threads";

/** Title, summary and text of one article. */
export type CountTask = readonly [title: string, summary: string, text: string];

/**
 * Worker → main thread, for a batch of articles: article i's words are the worker's ids
 * `ids[offsets[i] .. offsets[i + 1])` with their weights; `words` are the spellings of the ids the
 * worker gave for the first time in this batch, in id order. Numbers cross as transferred buffers,
 * each spelling crosses once per worker: not 300 strings and a Map per article.
 */
export interface CountReply {
  batch: number;
  words: string[];
  offsets: Uint32Array;
  ids: Uint32Array;
  weights: Uint8Array;
}

/** One article's counted words: spellings as the caller's ids (`idOf`), with weights, in the worker's order. */
export interface Counted {
  ids: Uint32Array;
  weights: Uint8Array;
}

const BATCH = 64;

/**
 * The word weights of `tasks` (as `wordWeights` gives them), counted on `threads` workers, each
 * handed to `done(i, counted)` with word ids from `idOf(spelling)` (asked once per spelling and
 * worker). `task(i)` is asked for each article only when its batch is sent, so the texts are not
 * all held at once.
 * @example await countOnWorkers(articles.length, (i) => [a.title, a.summary, a.text], 2, (w) => vocabulary.id(w), (i, c) => …);
 */
export async function countOnWorkers(count: number, task: (i: number) => CountTask, threads: number, idOf: (word: string) => number, done: (i: number, counted: Counted) => void): Promise<void> {
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
          // This worker's ids → the caller's.
          const toCaller: number[] = [];
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
            for (const w of msg.words) toCaller.push(idOf(w));
            const { offsets, ids, weights } = msg;
            for (let i = 0; i + 1 < offsets.length; i++) {
              const a = offsets[i]!;
              const b = offsets[i + 1]!;
              const mine = new Uint32Array(b - a);
              for (let j = a; j < b; j++) mine[j - a] = toCaller[ids[j]!]!;
              done(msg.batch + i, { ids: mine, weights: weights.slice(a, b) });
            }
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
}
