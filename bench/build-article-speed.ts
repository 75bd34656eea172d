/**
 * Per-article CPU cost of `buildArticle` on one thread, stage by stage, over a corpus. Prints JSON.
 * Usage: tsx bench/build-article-speed.ts <root with content/> [--rounds N]
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildArticle, type ArticleContext } from "../src/pipeline/article.ts";
import { parseCategories } from "../src/content/categories.ts";
import { parseFrontMatter } from "../src/content/frontmatter.ts";
import { validateFrontMatter } from "../src/content/validate.ts";
import { checkBody } from "../src/content/body-checks.ts";
import { renderBody } from "../src/markdown/render.ts";
import { normalizeText } from "../src/text/normalize.ts";
import { extract } from "../src/extract/index.ts";
import { readImageSizes } from "../src/pipeline/load.ts";
import { readDate } from "../src/text/dates.ts";

const root = process.argv[2];
if (!root) throw new Error("usage: build-article-speed.ts <root> [--rounds N]");
const roundsAt = process.argv.indexOf("--rounds");
const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 3;
const content = path.join(root, "content");
const categories = parseCategories(readFileSync(path.join(content, "categories.yaml"), "utf8"), "content/categories.yaml").categories;
const ctx: ArticleContext = { categories, images: await readImageSizes(path.join(content, "images")) };
const files = readdirSync(content, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".md"))
  .sort()
  .map((f) => ({ file: "content/" + f, bytes: readFileSync(path.join(content, f)) as Uint8Array }));

/** CPU time of this process in ms: on a shared, busy machine it varies much less than wall time. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Median of `rounds` passes of `fn` over every file, in CPU ms per article (after one warm-up pass). */
function time(fn: (f: (typeof files)[number]) => unknown): number {
  const perArticle: number[] = [];
  for (let r = 0; r <= rounds; r++) {
    const started = cpuMs();
    for (const f of files) fn(f);
    if (r > 0) perArticle.push((cpuMs() - started) / files.length);
  }
  return perArticle.sort((a, b) => a - b)[Math.floor(perArticle.length / 2)] ?? 0;
}

// The first pass of a fresh thread: what a worker pays before the JIT has compiled everything.
const coldStarted = cpuMs();
for (const f of files) buildArticle(f.file, f.bytes, ctx);
const firstPass = (cpuMs() - coldStarted) / files.length;

const utf8 = new TextDecoder("utf-8", { fatal: true });
const texts = files.map((f) => normalizeText(utf8.decode(f.bytes)));
const parsed = texts.map((t, i) => parseFrontMatter(t, files[i]?.file ?? "").parsed);
const rendered = parsed.map((p) => (p ? renderBody(p.body, p.bodyLine, ctx.images) : null));
let i = 0;
const each = (fn: (j: number) => unknown) => time(() => fn(i++ % files.length));
const stages = {
  buildArticle: time((f) => buildArticle(f.file, f.bytes, ctx)),
  decodeNormalize: each((j) => normalizeText(utf8.decode(files[j]?.bytes ?? new Uint8Array()))),
  frontMatter: each((j) => parseFrontMatter(texts[j] ?? "", "x")),
  validate: each((j) => { const p = parsed[j]; return p && validateFrontMatter(p.data, "x", p.keyLines); }),
  checkBody: each((j) => { const p = parsed[j]; return p && checkBody(p.body, p.bodyLine, "x"); }),
  renderBody: each((j) => { const p = parsed[j]; return p && renderBody(p.body, p.bodyLine, ctx.images); }),
  readDate: each((j) => readDate(String(parsed[j]?.data["date"] ?? ""))),
  extract: each((j) => { const r = rendered[j]; return r && extract({ paragraphs: r.paragraphs, captions: r.captions, published: "2024-01-01T00:00:00+07:00" }); }),
};
const ms = Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Number(v.toFixed(4))]));
console.log(JSON.stringify({ articles: files.length, rounds, firstPassMsPerArticle: Number(firstPass.toFixed(4)), msPerArticle: ms }));
