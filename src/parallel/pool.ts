/** Build many articles on worker threads: the per-article work (parse, check, Markdown, extraction) is pure and independent. */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleContext } from "../pipeline/article.ts";
import type { BuiltArticle } from "../cache/article-store.ts";

/** One file to build. */
export interface ArticleTask {
  file: string;
  /** The file's bytes (released by the caller once its result is in). */
  bytes: Uint8Array;
}

/** Main thread → worker. */
export type PoolMessage = { type: "context"; context: ArticleContext } | { type: "tasks"; batch: number; tasks: ArticleTask[] };
/** Worker → main thread. */
export interface PoolReply {
  batch: number;
  results: BuiltArticle[];
}

/** Files per message: large enough to amortise messaging, small enough to balance the threads. */
const BATCH = 16;
/** Batches a worker holds at once: the one it builds and the next. */
const AHEAD = 2;

/** Threads to use: BANTIN_WORKERS if set, else one per core, at most 4. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const set = env["BANTIN_WORKERS"];
  if (set !== undefined && set !== "" && Number.isInteger(Number(set))) return Math.max(0, Number(set));
  return Math.min(4, availableParallelism());
}

/** Below this many pages to render, starting page threads costs more than it saves (BANTIN_PAGE_WORKERS_MIN overrides). */
export function pageWorkersMin(env: NodeJS.ProcessEnv = process.env): number {
  return Math.max(1, Number(env["BANTIN_PAGE_WORKERS_MIN"] ?? 400));
}

/**
 * The main process's `--cpu-prof*` flags, for a worker: profiling a build profiles its workers too
 * (each writes its own .cpuprofile), and nothing else of the main process's flags is passed on.
 * @example new Worker(entry, { execArgv: profilingArgs() }) // [] unless node ran with --cpu-prof
 */
export function profilingArgs(argv: readonly string[] = process.execArgv): string[] {
  return argv.filter((a) => a.startsWith("--cpu-prof"));
}

/** Thrown when a worker dies; names the files it was building and keeps the cause. */
export class ArticleWorkerError extends Error {
  override name = "ArticleWorkerError";
}

/**
 * Build `tasks` on `threads` workers; results come back in the order of `tasks`.
 * @example const results = await buildOnWorkers(tasks, { categories, images }, 2);
 */
export async function buildOnWorkers(
  tasks: readonly ArticleTask[],
  context: ArticleContext,
  threads: number,
  /** Called as each result arrives (any order); what it returns is kept instead, so large strings can be dropped at once. */
  onResult: (i: number, result: BuiltArticle) => BuiltArticle = (_i, r) => r,
): Promise<BuiltArticle[]> {
  const results = new Array<BuiltArticle>(tasks.length);
  const batches: number[] = [];
  for (let i = 0; i < tasks.length; i += BATCH) batches.push(i);
  let nextBatch = 0;
  const module = new URL("./article-worker.ts", import.meta.url).href;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(threads, batches.length)) }, () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url), { workerData: { module }, execArgv: profilingArgs() });
          workers.push(worker);
          // Batches sent and not answered yet: a worker always has the next one queued, so it never
          // waits for the main thread, which is busy storing the other worker's results.
          const inFlight = new Set<number>();
          const send = () => {
            if (nextBatch >= batches.length) {
              if (inFlight.size === 0) resolve();
              return;
            }
            const batch = nextBatch++;
            inFlight.add(batch);
            const from = batches[batch] ?? 0;
            const slice = tasks.slice(from, from + BATCH);
            worker.postMessage({ type: "tasks", batch, tasks: slice } satisfies PoolMessage);
          };
          worker.on("message", (msg: PoolReply | { ready: true }) => {
            if ("ready" in msg) {
              worker.postMessage({ type: "context", context } satisfies PoolMessage);
              for (let k = 0; k < AHEAD; k++) send();
              return;
            }
            inFlight.delete(msg.batch);
            const from = batches[msg.batch] ?? 0;
            msg.results.forEach((r, i) => (results[from + i] = onResult(from + i, r)));
            send();
          });
          worker.on("error", (cause) => {
            const from = batches[Math.min(...inFlight)] ?? 0;
            const files = tasks.slice(from, from + BATCH).map((t) => t.file).join(", ");
            reject(new ArticleWorkerError(`Luồng dựng bài bị lỗi khi dựng ${files || "(chưa nhận bài)"}: ${cause.message}`, { cause }));
          });
        }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
