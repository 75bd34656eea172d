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

function write(outDir: string, output: string, text: string): void {
  const file = path.join(outDir, output);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * Render into `outDir` the pages the session selects (changed items; single pages whose reads
 * changed), recording what each read and wrote; returns how many files were written.
 * @example const n = await renderChanged(session, await loadTemplates(root) as PageTemplate[], "_site");
 */
export async function renderChanged(session: RenderSession, templates: readonly PageTemplate[], outDir: string): Promise<number> {
  const bantin = session.siteData;
  let written = 0;
  for (const t of templates) {
    if (t.kind === "single") {
      const output = outputOf(t.url);
      const tracked = session.track(pageData(t, bantin, t.url), t.inputPath);
      // Nothing it reads has changed: its file stays as it is.
      if (tracked.keep(outDir, output)) continue;
      write(outDir, output, await html(t, tracked.data));
      tracked.wrote(output);
      written++;
      continue;
    }
    const list = bantin[t.key];
    if (!Array.isArray(list)) throw new Unsupported(`bantin.${t.key}`);
    for (const item of session.select(t.inputPath, list)) {
      const url = t.permalink({ bantin, [t.alias]: item });
      const output = outputOf(url);
      const tracked = session.track(pageData(t, bantin, url, item), t.inputPath);
      write(outDir, output, await html(t, tracked.data));
      tracked.wrote(output);
      written++;
    }
  }
  return written;
}
