/**
 * The benchmark corpus: N deterministic Vietnamese district articles as a complete content folder.
 * Usage: tsx bench/corpus.ts --n 10000 --out /tmp/bantin-bench/corpus-10000 [--seed bantin]
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { slugify } from "../src/text/slug.ts";
import { createRng } from "./prng.ts";
import { officials, writeArticle } from "./article-text.ts";

/** Bump when the generator's output changes, so cached corpora are rebuilt. */
export const CORPUS_VERSION = 1;

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Category slugs with their share of articles (news and notices dominate, as on the real portal). */
const CATEGORY_WEIGHTS: [string, number][] = [
  ["tin-tuc", 26], ["dang-doan-the", 16], ["thong-bao", 14], ["thi-dua-khen-thuong", 9],
  ["van-hoa-xa-hoi", 13], ["trat-tu-do-thi", 10], ["y-te", 7], ["giao-duc", 5],
];
const FIRST = Date.UTC(2014, 0, 1);
const LAST = Date.UTC(2025, 11, 31, 23, 59);

export interface CorpusOptions {
  /** Number of articles. */
  n: number;
  /** Folder to create; the content lands in `<out>/content`. */
  out: string;
  seed?: string;
}

export interface CorpusStats {
  articles: number;
  drafts: number;
  /** Body sizes in bytes. */
  minBytes: number;
  medianBytes: number;
  maxBytes: number;
  totalBytes: number;
}

function weightedCategory(roll: number): string {
  const total = CATEGORY_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  for (const [slug, w] of CATEGORY_WEIGHTS) {
    acc += w / total;
    if (roll < acc) return slug;
  }
  return "tin-tuc";
}

/** The stamp written next to a corpus: same stamp, same bytes. */
function stamp(o: CorpusOptions): string {
  return JSON.stringify({ version: CORPUS_VERSION, n: o.n, seed: o.seed ?? "bantin" });
}

/** True when `out` already holds exactly this corpus. */
export function corpusIsCurrent(o: CorpusOptions): boolean {
  const file = path.join(o.out, "corpus.json");
  return existsSync(file) && readFileSync(file, "utf8") === stamp(o);
}

/**
 * Write the corpus; the same options always give the same bytes.
 * @example writeCorpus({ n: 1000, out: "/tmp/c1k" }).medianBytes // about 6000
 */
export function writeCorpus(o: CorpusOptions): CorpusStats {
  const rng = createRng(`${o.seed ?? "bantin"}:${o.n}`);
  const content = path.join(o.out, "content");
  rmSync(o.out, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync(path.join(REPO, "content/categories.yaml"), path.join(content, "categories.yaml"));
  cpSync(path.join(REPO, "content/images"), path.join(content, "images"), { recursive: true });
  const cast = officials(rng, 400);
  const used = new Set<string>();
  const made = new Set<string>();
  const sizes: number[] = [];
  let drafts = 0;
  for (let i = 0; i < o.n; i++) {
    const category = weightedCategory(rng.next());
    // A working day's hour (07:00–18:59) on a random day of the twelve years.
    const day = Math.floor(rng.next() * (LAST - FIRST) / 86400000);
    const date = new Date(FIRST + day * 86400000 + rng.int(7 * 60, 18 * 60 + 59) * 60000);
    const targetBytes = Math.round(Math.min(11500, Math.max(1800, rng.logNormal(6000, 0.45))));
    const a = writeArticle({ category, date, targetBytes, officials: cast }, rng);
    let slug = slugify(a.title);
    const fm = [...a.frontMatter];
    if (used.has(slug)) {
      let k = 2;
      while (used.has(`${slug}-${k}`)) k++;
      slug = `${slug}-${k}`;
      fm.push(`slug: ${slug}`);
    }
    used.add(slug);
    if (rng.chance(0.005)) {
      fm.push("draft: true");
      drafts++;
    }
    const dir = path.join(content, category, String(date.getUTCFullYear()));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(path.join(dir, `${slug}.md`), `---\n${fm.join("\n")}\n---\n${a.body}`);
    sizes.push(Buffer.byteLength(a.body));
  }
  writeFileSync(path.join(o.out, "corpus.json"), stamp(o));
  sizes.sort((x, y) => x - y);
  return {
    articles: o.n,
    drafts,
    minBytes: sizes[0] ?? 0,
    medianBytes: sizes[Math.floor(sizes.length / 2)] ?? 0,
    maxBytes: sizes[sizes.length - 1] ?? 0,
    totalBytes: sizes.reduce((s, x) => s + x, 0),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { n: { type: "string", default: "1000" }, out: { type: "string" }, seed: { type: "string", default: "bantin" } } });
  const n = Number(values.n);
  const out = values.out ?? `/tmp/bantin-bench/corpus-${n}`;
  const t = performance.now();
  const s = writeCorpus({ n, out, seed: values.seed });
  console.log(`${s.articles} bài (${s.drafts} nháp) → ${out}/content; thân bài ${s.minBytes}–${s.maxBytes} B, trung vị ${s.medianBytes} B, tổng ${(s.totalBytes / 1e6).toFixed(1)} MB; ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
