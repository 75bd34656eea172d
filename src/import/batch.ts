/** `bantin import`'s work: scraped files and folders in, Markdown articles out; one bad file never stops the rest. */
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Category } from "../types.ts";
import { resolveCategory } from "../content/categories.ts";
import { parseScraped, ScrapedFormatError, type ScrapedArticle } from "./scraped.ts";
import { importPath, importSlug, toMarkdown } from "./to-markdown.ts";
import { addToIndex, articleIdentity, indexArticles, urlKey, type ArticleIndex } from "./existing-articles.ts";

/** What happened to one source file. */
export type ImportResult =
  | {
      ok: true;
      source: string;
      /** Written file, relative to the output folder ("dang-doan-the/2021/abc.md"). */
      target: string;
      /** False when the file already held exactly this text (a re-run). */
      changed: boolean;
    }
  | {
      ok: false;
      source: string;
      /** What went wrong and how to fix it, starting with the file (and line): "a.txt:3: thiếu dòng ngày đăng …". */
      reason: string;
    };

export interface ImportOptions {
  /** Files (any name) and folders (every `*.txt` inside, recursively). */
  sources: string[];
  /** The content folder articles are written into. */
  outDir: string;
  /** Declared categories; a portal category is mapped by slug, name or alias. */
  categories: readonly Category[];
  /** Called after each file, in order. */
  onResult?: (result: ImportResult, index: number, total: number) => void;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Every file to import, in a stable order; a missing source becomes a failed result. */
async function expand(sources: readonly string[]): Promise<{ files: string[]; missing: ImportResult[] }> {
  const files: string[] = [];
  const missing: ImportResult[] = [];
  for (const src of sources) {
    const info = await stat(src).catch(() => null);
    if (!info) {
      missing.push({ ok: false, source: src, reason: `${src}: không tìm thấy tệp hoặc thư mục này` });
    } else if (info.isDirectory()) {
      const entries = await readdir(src, { recursive: true, withFileTypes: true });
      files.push(...entries.filter((e) => e.isFile() && e.name.endsWith(".txt")).map((e) => path.join(e.parentPath, e.name)).sort());
    } else {
      files.push(src);
    }
  }
  return { files: [...new Set(files)], missing };
}

/** The first slug in the category that is free or already this article's own. */
function placeOf(article: ScrapedArticle, category: string, index: ArticleIndex): { slug: string; existing: string | null } {
  const identity = articleIdentity(article.published, article.title);
  for (let n = 1; ; n++) {
    const slug = importSlug(article, n);
    const claimed = index.get(urlKey(category, slug)) ?? [];
    if (claimed.length === 0) return { slug, existing: null };
    const own = claimed.find((e) => e.identity === identity);
    if (own && claimed.length === 1) return { slug, existing: own.file };
  }
}

async function importOne(source: string, options: ImportOptions, index: ArticleIndex): Promise<ImportResult> {
  let text: string;
  try {
    text = utf8.decode(await readFile(source));
  } catch (cause) {
    const reason = cause instanceof TypeError ? `${source}: tệp không phải văn bản UTF-8; lưu lại tệp dưới dạng UTF-8 rồi nhập lại` : `${source}: không đọc được tệp (${(cause as Error).message})`;
    return { ok: false, source, reason };
  }
  let article: ScrapedArticle;
  try {
    article = parseScraped(text, source);
  } catch (cause) {
    if (cause instanceof ScrapedFormatError) return { ok: false, source, reason: cause.message };
    throw cause;
  }
  const category = resolveCategory(options.categories, article.category);
  if (!category) {
    return {
      ok: false,
      source,
      reason: `${source}: chuyên mục "${article.category}" không khớp chuyên mục nào trong categories.yaml; thêm tên này vào aliases của chuyên mục đúng rồi nhập lại`,
    };
  }
  const { slug, existing } = placeOf(article, category.slug, index);
  const target = existing ?? importPath(article, category.slug, slug);
  const markdown = toMarkdown(article, category.slug, slug);
  const abs = path.join(options.outDir, target);
  const before = await readFile(abs, "utf8").catch(() => null);
  if (before !== markdown) {
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, markdown);
  }
  addToIndex(index, urlKey(category.slug, slug), { file: target, identity: articleIdentity(article.published, article.title) });
  return { ok: true, source, target, changed: before !== markdown };
}

/**
 * Import every scraped file; returns one result per file, in order. Idempotent: the same input
 * writes byte-identical files to the same paths, and a re-run rewrites nothing.
 *
 * @example
 *   const results = await importSources({ sources: ["old-portal/"], outDir: "content", categories });
 *   results.filter((r) => !r.ok).length // files that could not be imported
 */
export async function importSources(options: ImportOptions): Promise<ImportResult[]> {
  const { files, missing } = await expand(options.sources);
  const index = await indexArticles(options.outDir);
  const total = files.length + missing.length;
  const results: ImportResult[] = [];
  const report = (r: ImportResult) => {
    results.push(r);
    options.onResult?.(r, results.length, total);
  };
  missing.forEach(report);
  for (const file of files) report(await importOne(file, options, index));
  return results;
}
