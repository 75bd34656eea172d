/**
 * Render the changed pages of a site without Eleventy: the same template functions, the same data
 * and the same output paths as Eleventy's build (`layouts/pages/*.11ty.tsx`, src/eleventy/tsx.ts),
 * chosen by the same render session (src/cache/page-deps.ts). A page that reads anything Eleventy
 * would give it and this path does not stops the render with `Unsupported`: Eleventy must build.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RenderSession } from "../cache/page-deps.ts";
import { jsxToHtml } from "../parallel/jsx-html.ts";
import { outputOf } from "../parallel/render-page.ts";
import type { PageTemplate } from "./templates.ts";

/** A template read data this path does not provide: the caller must build with Eleventy instead. */
export class Unsupported extends Error {
  override name = "Unsupported";
}

/** Pagination fields of a one-item page that do not depend on other pages (as in page-deps.ts). */
const PAGINATION_FIELDS = new Set(["items", "alias", "size", "data", "before", "addAllPagesToCollections"]);

/** Keys a single page's data lacks in Eleventy too. */
const ABSENT_IN_SINGLE = new Set(["pagination"]);

/** `value`, but reading a string key it lacks (other than those `absent` in Eleventy too) throws `Unsupported`. */
function only<T extends object>(value: T, where: string, allowed?: ReadonlySet<string>, absent?: ReadonlySet<string>): T {
  return new Proxy(value, {
    get(target, key, receiver) {
      if (typeof key === "string" && !(key in target) && !absent?.has(key)) throw new Unsupported(`${where}.${key}`);
      if (typeof key === "string" && allowed && !allowed.has(key)) throw new Unsupported(`${where}.${key}`);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** The data Eleventy gives one page: `bantin`, the item under its alias, `pagination` and `page`. */
function pageData(template: PageTemplate, bantin: Record<string, unknown>, url: string, item?: unknown): Record<string, unknown> {
  const page = only({ url, inputPath: template.inputPath }, "page");
  if (template.kind === "single") return only({ bantin, page }, template.inputPath, undefined, ABSENT_IN_SINGLE);
  const pagination = only({ data: `bantin.${template.key}`, size: 1, alias: template.alias, items: [item] }, "pagination", PAGINATION_FIELDS);
  return only({ bantin, [template.alias]: item, pagination, page }, template.inputPath);
}

async function html(template: PageTemplate, data: Record<string, unknown>): Promise<string> {
  const content = await template.module.default(data);
  return typeof content === "string" ? content : jsxToHtml(content);
}

/** The pages of one build, rendered but not yet written: output file (relative) → text. */
export type RenderedPages = Map<string, string>;

/** Write what `renderChanged` rendered; returns how many files. */
export function writePages(outDir: string, pages: RenderedPages): number {
  for (const [output, text] of pages) {
    const file = path.join(outDir, output);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return pages.size;
}

/**
 * Render the pages the session selects (changed items; single pages whose reads changed) into
 * memory, recording what each read and wrote; nothing is written, so a template that throws leaves
 * the folder as it was. More than `max` changed pages: null, nothing rendered (Eleventy renders
 * that many faster, on its page workers).
 * @example const pages = await renderChanged(session, templates, "_site", 400); if (pages) writePages("_site", pages);
 */
export async function renderChanged(session: RenderSession, templates: readonly PageTemplate[], outDir: string, max = Infinity): Promise<RenderedPages | null> {
  const bantin = session.siteData;
  const selected = new Map<PageTemplate, unknown[]>();
  for (const t of templates) {
    if (t.kind === "single") continue;
    const list = bantin[t.key];
    if (!Array.isArray(list)) throw new Unsupported(`bantin.${t.key}`);
    selected.set(t, session.select(t.inputPath, list));
  }
  if ([...selected.values()].reduce((n, items) => n + items.length, 0) > max) return null;
  const pages: RenderedPages = new Map();
  for (const t of templates) {
    if (t.kind === "single") {
      const output = outputOf(t.url);
      const tracked = session.track(pageData(t, bantin, t.url), t.inputPath);
      // Nothing it reads has changed: its file stays as it is.
      if (tracked.keep(outDir, output)) continue;
      pages.set(output, await html(t, tracked.data));
      tracked.wrote(output);
      continue;
    }
    for (const item of selected.get(t) ?? []) {
      const url = t.permalink({ bantin, [t.alias]: item });
      const output = outputOf(url);
      const tracked = session.track(pageData(t, bantin, url, item), t.inputPath);
      pages.set(output, await html(t, tracked.data));
      tracked.wrote(output);
    }
  }
  return pages;
}
