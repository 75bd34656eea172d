/** Worker side of the article pool: builds the files it is sent with the pure `buildArticle`. */
import { parentPort } from "node:worker_threads";
import { buildArticle, type ArticleContext } from "../pipeline/article.ts";
import type { PoolMessage, PoolReply } from "./pool.ts";

let ctx: ArticleContext | null = null;

parentPort?.on("message", (msg: PoolMessage) => {
  if (msg.type === "context") {
    ctx = msg.context;
    return;
  }
  const context = ctx;
  if (!context) throw new Error("article worker: tasks arrived before the context");
  const reply: PoolReply = {
    batch: msg.batch,
    results: msg.tasks.map((t) => buildArticle(t.file, t.bytes, context)),
  };
  parentPort?.postMessage(reply);
});
parentPort?.postMessage({ ready: true });
