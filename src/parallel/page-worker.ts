/** Worker side of the page pool: renders pages with the very function Eleventy calls for the template, and writes them. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { jsxToString } from "jsx-async-runtime";
import type { PageMessage, PageReply, PageResult } from "./page-pool.ts";
import { fromThreadSafe } from "../cache/lazy-article.ts";

interface TemplateModule {
  default: (data: Record<string, unknown>) => unknown;
  data: { permalink: (data: Record<string, unknown>) => string };
}

/** A `bantin` key this worker was not sent: the main thread sends it and the page is rendered again. */
class MissingKey extends Error {
  constructor(readonly key: string) {
    super(`bantin.${key}`);
  }
}

let template: TemplateModule | null = null;
let context: Extract<PageMessage, { type: "context" }> | null = null;

/** Where Eleventy writes a permalink: "/a/b/" → "a/b/index.html". */
function outputOf(url: string): string {
  const rel = url.replace(/^\/+/, "");
  return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
}

async function render(item: unknown): Promise<PageResult> {
  const ctx = context as NonNullable<typeof context>;
  const tpl = template as TemplateModule;
  const reads = new Set<string>();
  const known = new Set(ctx.allKeys);
  const bantin = new Proxy(ctx.bantin, {
    get(target, key) {
      if (typeof key === "string") {
        reads.add(key);
        if (known.has(key) && !(key in target)) throw new MissingKey(key);
      }
      return target[key as string];
    },
  });
  const data: Record<string, unknown> = { bantin, [ctx.alias]: item, pagination: { items: [item], alias: ctx.alias, size: 1 } };
  try {
    const url = tpl.data.permalink(data);
    const output = outputOf(url);
    data["page"] = { url, inputPath: ctx.inputPath, outputPath: path.join(ctx.outDir, output) };
    const content = await tpl.default(data);
    const html = typeof content === "string" ? content : await jsxToString.call({}, content as JSX.Element);
    const file = path.join(ctx.outDir, output);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, html);
    return { output, reads: [...reads] };
  } catch (e) {
    if (e instanceof MissingKey) return { missing: e.key };
    return { error: `${ctx.inputPath}: ${(e as Error).stack ?? String(e)}` };
  }
}

parentPort?.on("message", (msg: PageMessage) => {
  void (async () => {
    if (msg.type === "context") {
      if (!template || context?.module !== msg.module) template = (await import(msg.module)) as TemplateModule;
      context = { ...msg, bantin: fromThreadSafe(msg.bantin) as Record<string, unknown> };
      parentPort?.postMessage({ ready: true });
      return;
    }
    const results: PageResult[] = [];
    for (const item of msg.items) results.push(await render(fromThreadSafe(item)));
    parentPort?.postMessage({ batch: msg.batch, results } satisfies PageReply);
  })();
});
parentPort?.postMessage({ started: true });
