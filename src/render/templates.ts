/**
 * The page templates (`layouts/pages/*.11ty.tsx`) as plain modules, for rendering without Eleventy.
 * Only the two shapes bantin's layouts use are supported: a single page with a fixed permalink, and
 * one page per item of a `bantin` list (`paged()`). Anything else is left to Eleventy.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** What a page template module exports. */
export interface PageModule {
  default: (data: Record<string, unknown>) => unknown;
  data?: Record<string, unknown>;
}

interface Common {
  /** Eleventy's `page.inputPath`: "./layouts/pages/article.11ty.tsx". */
  inputPath: string;
  module: PageModule;
}

/** A template rendered once, to a fixed URL. */
export interface SingleTemplate extends Common {
  kind: "single";
  url: string;
}

/** A template rendered once per item of `bantin[key]`. */
export interface PagedTemplate extends Common {
  kind: "paged";
  key: string;
  alias: string;
  permalink: (data: Record<string, unknown>) => string;
}

export type PageTemplate = SingleTemplate | PagedTemplate;

/** Where the templates are, under bantin's root (Eleventy's input folder). */
export const TEMPLATES_DIR = "layouts/pages";

/** Eleventy's name for a template file: relative to the working folder, with "./". */
export function eleventyInputPath(file: string, cwd = process.cwd()): string {
  return `./${path.relative(cwd, file).split(path.sep).join("/")}`;
}

/** Data keys of a template that the direct path knows the meaning of. */
const DATA_KEYS = new Set(["permalink", "pagination", "eleventyExcludeFromCollections"]);
const PAGINATION_KEYS = new Set(["data", "size", "alias", "before"]);

/** The template's shape, or why it has none the direct path supports. */
export function shapeOf(inputPath: string, module: PageModule): PageTemplate | string {
  const data = module.data ?? {};
  if (typeof module.default !== "function") return `${inputPath}: không có hàm render mặc định`;
  const extra = Object.keys(data).filter((k) => !DATA_KEYS.has(k));
  if (extra.length) return `${inputPath}: dữ liệu ${extra.join(", ")}`;
  const { permalink, pagination } = data as { permalink?: unknown; pagination?: Record<string, unknown> };
  if (pagination === undefined) {
    if (typeof permalink !== "string") return `${inputPath}: permalink không cố định`;
    return { kind: "single", inputPath, module, url: permalink };
  }
  const from = pagination["data"];
  const extraPagination = Object.keys(pagination).filter((k) => !PAGINATION_KEYS.has(k));
  const alias = pagination["alias"];
  if (extraPagination.length || pagination["size"] !== 1 || typeof from !== "string" || !/^bantin\.\w+$/.test(from) || typeof alias !== "string" || typeof permalink !== "function") {
    return `${inputPath}: kiểu phân trang khác`;
  }
  return { kind: "paged", inputPath, module, key: from.slice("bantin.".length), alias, permalink: permalink as PagedTemplate["permalink"] };
}

/** The page templates' files under layouts/pages, sorted ("article.11ty.tsx", "feed.11ty.tsx"…). */
export function templateFiles(codeRoot: string): string[] {
  return readdirSync(path.join(codeRoot, TEMPLATES_DIR), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".11ty.tsx"))
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

/**
 * Import every page template under `codeRoot` (or take it from `loaded`), in file order; a string
 * says which one the direct path cannot render (Eleventy must).
 * @example const t = await loadTemplates(process.cwd()); // [{ kind: "single", url: "/404.html", … }, …]
 */
export async function loadTemplates(codeRoot: string, loaded?: ReadonlyMap<string, PageModule>): Promise<PageTemplate[] | string> {
  const dir = path.join(codeRoot, TEMPLATES_DIR);
  const files = templateFiles(codeRoot);
  // Modules already loaded (the CLI bundle) must be the very files there are now.
  if (loaded && (loaded.size !== files.length || files.some((f) => !loaded.has(f)))) return "các tệp giao diện đã đổi";
  const modules = await Promise.all(files.map(async (f) => loaded?.get(f) ?? ((await import(pathToFileURL(path.join(dir, f)).href)) as PageModule)));
  const templates: PageTemplate[] = [];
  for (const [i, f] of files.entries()) {
    const shape = shapeOf(eleventyInputPath(path.join(dir, f)), modules[i] as PageModule);
    if (typeof shape === "string") return shape;
    templates.push(shape);
  }
  return templates;
}
